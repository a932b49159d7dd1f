// The codes a state or wire agency ends a report with: the agency's slug between slashes ("/XYZ/ ab/cd", "/ТАСС/",
// "/أ ش أ/"), the editors' initials ("ab/cd", "ИП/ОС"), and end marks ("(ends)", "--30--", "###", "(FIN)"). The meta
// stage reads a publication date from a trailer's date code.
import { lineDetector } from './line-detector.ts';

/** An agency's slug between slashes: capitals of any cased script, or letters of an uncased one, a few words. */
const SLUG = String.raw`/\s*(?:[\p{Lu}\d]{2,12}|\p{Lo}{1,8})(?:[\s-](?:[\p{Lu}\d]{1,12}|\p{Lo}{1,8})){0,3}\s*/`;
/**
 * Editors' initials and desk codes: "ab/cd", "rt/jk/xy", "ИП/ОС", Arabic letters set apart ("ع ل ي"), a filing time
 * "1245", "15:30 GMT", a date "13.03.2020".
 */
const INITIALS = String.raw`\p{L}{1,4}(?:/\p{L}{1,4}){1,3}`;
const SPACED_LETTERS = String.raw`\p{Lo}(?:\s\p{Lo}){1,3}(?!\p{L})`;
const CODE = String.raw`(?:${INITIALS}|${SPACED_LETTERS}|\d{3,8}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}|GMT|UTC|MSK)`;
/** The slug alone or with codes after it: a line no report writes. */
const SLUG_LINE = new RegExp(`^${SLUG}(?:\\s+${CODE}){0,4}\\.?$`, 'u');
/** Initials alone: only at the page's foot, where the trailer stands. */
const INITIALS_LINE = new RegExp(`^${INITIALS}(?:\\s+${CODE}){0,2}$`, 'u');
/** End marks, bracketed or between dashes, perhaps with the editors' codes after them: anywhere. */
const END_MARK = new RegExp(
  String.raw`^(?:[([]\s*(?:ends?|end item|fin|ende|schluss|конец|انتهى)\s*[)\]]|-{1,3}\s*30\s*-{1,3}|#{3}|[-–—]\s*(?:ends?|fin|schluss|конец|انتهى)\s*[-–—])\.?(?:\s+${CODE}){0,3}$`,
  'iu',
);
/** Bare end words: only at the page's foot. */
const END_WORD = /^(?:ends|end item|fin|ende|конец|انتهى|xxx)\.?$/iu;

export const trailer = lineDetector(
  'trailer',
  (text, i, doc) => SLUG_LINE.test(text) || END_MARK.test(text) || ((INITIALS_LINE.test(text) || END_WORD.test(text)) && doc.inTail(i)),
  true,
);
