// A site name repeated across its section links: a menu pasted as plain words. The clean stage cuts such runs; the
// meta stage reads the outlet from them.
import { FUNCTION_WORDS, isLowercase, words } from './words.ts';

/**
 * A site name repeated across its section links ("Gazette Gazette Sport Gazette Jobs"): three times or more and a
 * fifth of the tokens at least, in a run of 6 to 40 tokens with no sentence punctuation of any script.
 */
const MIN_REPEATS = 3;
const MIN_REPEAT_SHARE = 0.2;
const REPEAT_RUN_TOKENS = [6, 40];
const ANY_SENTENCE_PUNCTUATION = /[.!?,;:،؛؟。，！？]/u;

/**
 * The site name of such a run: the longest phrase (up to three capitalised or caseless-script tokens) repeated
 * often enough, with its count; null when the line is not such a run.
 */
export function repeatedName(text: string): { name: string; count: number } | null {
  if (ANY_SENTENCE_PUNCTUATION.test(text)) return null;
  const tokens = words(text);
  if (tokens.length < REPEAT_RUN_TOKENS[0] || tokens.length > REPEAT_RUN_TOKENS[1]) return null;
  for (let n = 3; n >= 1; n--) {
    const counts = new Map<string, number>();
    for (let k = 0; k + n <= tokens.length; k++) {
      const gram = tokens.slice(k, k + n);
      // Function words repeat in any title ("TREATY BETWEEN THE REPUBLIC OF … AND THE …"): a site name is not one.
      if (gram.every((t) => t.length >= 2 && !isLowercase(t) && !FUNCTION_WORDS.has(t.toLowerCase())))
        counts.set(gram.join(' '), (counts.get(gram.join(' ')) ?? 0) + 1);
    }
    let best: { name: string; count: number } | null = null;
    for (const [name, count] of counts) {
      if (count >= MIN_REPEATS && count * n >= tokens.length * MIN_REPEAT_SHARE && (!best || count > best.count)) best = { name, count };
    }
    if (best) return best;
  }
  return null;
}
