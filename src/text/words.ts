// Word, sentence and case predicates that the clean detectors and the meta rules share.

/** Whitespace-separated tokens. */
export function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** At most n words; long lines are rejected from their length, others counted without splitting them. */
const WORD = /\S+/g;
export function atMostWords(s: string, n: number): boolean {
  if (s.length > n * 40) return false;
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(s) && ++count <= n);
  return count <= n;
}

/** Ends like a sentence: final punctuation, optionally inside closing quotes or brackets. */
export const SENTENCE_END = /[.!?…:;,]["'”’»)\]]*$/u;

/**
 * A paragraph of the report itself rather than a header, label or widget line. Headlines and labels rarely end
 * with punctuation, except a question ("What is in the treaty?"): a single question counts only when long.
 * A long enough line is prose whatever its end (hard-wrapped or unpunctuated scrapes).
 */
const BODY_MIN_WORDS = 8;
const BODY_LONG_WORDS = 25;
const QUESTION_HEADLINE_MAX_WORDS = 20;
export function isBodyParagraph(line: string): boolean {
  const n = words(line).length;
  if (n >= BODY_LONG_WORDS) return true;
  if (n < BODY_MIN_WORDS || !SENTENCE_END.test(line)) return false;
  return !/\?["'”’»)\]]*$/u.test(line) || sentences(line).length > 1 || n > QUESTION_HEADLINE_MAX_WORDS;
}

/** Words that open a sentence with a capital but are not names (so they end a run of name tokens). */
export const SENTENCE_STARTERS = new Set(
  'the a an this that these those it its in on at as but and or however meanwhile thus also after before while when under'.split(' '),
);

/** Lowercase function words of the languages we read; a headline has them, a menu or a name does not. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the of for and or to in on at by with from as is are was were be has have had not no its their his her ' +
    'и в на с по о от для не за из к у что как ' +
    'der die das den dem des und oder mit von zu im am für auf ist ein eine nicht ' +
    'le la les de des du et ou en au aux pour par sur un une est'
  ).split(' '),
);

/** Starts (after any punctuation) with an uppercase letter, a digit, or a letter of a script without case. */
export function isCapitalised(token: string): boolean {
  return /^[^\p{L}\p{N}]*(?:\p{Lu}|\p{Lt}|\p{Lo}|\p{N})/u.test(token);
}

/** Starts (after any punctuation) with a lowercase letter. */
export function isLowercase(token: string): boolean {
  return /^[^\p{L}]*\p{Ll}/u.test(token);
}

/** Split into sentences at . ! ? followed by whitespace and a capital, a digit or a quote (keeps the text). */
export function sentences(s: string): string[] {
  return s.split(/(?<=[.!?…]["'”’»)]?)\s+(?=["“«(]?[\p{Lu}\p{N}])/u).filter((x) => x.trim());
}

/** Lowercase, NFKC, one space: for comparing texts that went through different whitespace handling. */
export function normalizeForCompare(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
