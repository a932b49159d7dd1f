// Shared shapes and number words for the per-language article detectors.

/** One reference found by a rule, before it is judged ours or another instrument's. */
export interface Candidate {
  start: number;
  end: number;
  numbers: number[];
  paragraph: number | null;
}

/** A named pattern for one form of reference ("Article 4", "the fourth article"); `read` turns a match into numbers. */
export interface ArticleRule {
  name: string;
  /** Must carry the `g` flag. */
  pattern: RegExp;
  read(m: RegExpExecArray): { numbers: number[]; paragraph?: number | null } | null;
}

/** One language's detectors, composed in articles/index.ts. */
export interface ArticleLanguage {
  name: string;
  /** Cheap test run before the rules: skip a sentence with none of this language's article words. */
  cue: RegExp;
  rules: ArticleRule[];
  /** The other instrument named right after a reference ("of the UN Charter"), or null when it is this agreement. */
  instrumentAfter(tail: string, title: string | null): string | null;
  /** The other instrument named right before a reference ("유엔헌장 제51조"), when the language puts it first. */
  instrumentBefore?(head: string): string | null;
  /** A sentence opening that continues about the article named just before ("The same article…"). */
  continuation: RegExp;
}

/** English cardinals, by value, for "Article Four" and "Articles Three and Four". */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** English ordinals, by value, for "the fourth article". */
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** Word → value for the whole 1–99 range; compounds are keyed "twenty-one" (readNumber maps a space to "-"). */
function wordTable(units: string[], tens: string[]): Map<string, number> {
  const table = new Map<string, number>();
  units.forEach((w, i) => table.set(w, i + 1));
  tens.forEach((w, i) => table.set(w, (i + 2) * 10));
  TENS.forEach((t, i) => units.slice(0, 9).forEach((u, j) => table.set(`${t}-${u}`, (i + 2) * 10 + j + 1)));
  return table;
}

const CARDINALS = wordTable(UNITS, TENS);
const ORDINALS = wordTable(ORDINAL_UNITS, ORDINAL_TENS);

/** Regex source of alternatives, longest first so "seventeen" wins over "seven"; "twenty-one" also matches "twenty one". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|').replace(/-/g, '[- ]');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const EN_CARDINAL_SOURCE = alternation(CARDINALS.keys());
export const EN_ORDINAL_SOURCE = alternation(ORDINALS.keys());

/** Roman numerals as treaties number articles ("Article IV"), up to 99. */
export const ROMAN_SOURCE = '(?:XC|L?X{0,3})(?:IX|IV|V?I{0,3})';

function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]], next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total > 0 && total < 100 ? total : null;
}

/** Arabic-Indic and Persian digits → ASCII, so "المادة ٤" reads as 4. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Reads one article number: digits, an English cardinal or ordinal word, or an upper-case Roman numeral. */
export function readNumber(token: string): number | null {
  const t = asciiDigits(token.trim());
  if (/^\d{1,3}(?:st|nd|rd|th)?$/i.test(t)) return parseInt(t, 10) || null;
  const word = t.toLowerCase().replace(/\s+/g, '-');
  return CARDINALS.get(word) ?? ORDINALS.get(word) ?? romanValue(t);
}

/** Splits a list such as "3, 4 and 5" or "3–5" into numbers; a short ascending range expands. */
export function readList(list: string, separators: RegExp, rangeWords: RegExp, read: (t: string) => number | null = readNumber): number[] {
  const out: number[] = [];
  const parts = list.split(separators);
  const seps = list.match(separators) ?? [];
  let prev: number | null = null;
  parts.forEach((part, i) => {
    if (!part.trim()) return;
    const n = read(part);
    if (n == null) return;
    const sep = i > 0 ? seps[i - 1] : '';
    if (prev != null && rangeWords.test(sep) && n > prev && n - prev <= MAX_RANGE) {
      for (let k = prev + 1; k <= n; k++) out.push(k);
    } else out.push(n);
    prev = n;
  });
  return out;
}

/** A range wider than this is more likely two separate numbers than "Articles 3–40". */
const MAX_RANGE = 30;

/** A year (1800–2099) inside an instrument's name marks an earlier, other instrument ("the 2009 agreement"). */
export const YEAR = /(?<!\d)(?:18|19|20)\d\d(?!\d)/;
