// The source-type words of every language, composed in one visible list; each rule matches all languages at once
// (a report's frame is often in another language than its body: an English menu over an Arabic report).
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { SourceWords } from './types.ts';

export const LANGUAGES: SourceWords[] = [en, ru, de, fr, es, ar];

/** Letters or digits on either side end a match: "agency" is not in "agencyless", "وكالة" not in a longer word. */
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** One case-insensitive pattern of every language's entries for a rule, each a whole word or phrase. */
export function wordsOf(rule: keyof SourceWords, { anchored = false } = {}): RegExp {
  const alternatives = LANGUAGES.flatMap((l) => l[rule]).map((w) => `(?:${w})`);
  return new RegExp(`${anchored ? '^' : BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'iu');
}
