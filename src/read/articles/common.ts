// Shared shapes and number words for the per-language article detectors.
import { EN_TENS, EN_UNIT_ORDINALS, EN_UNITS } from '../../text/index.ts';
import { findParties } from '../parties/index.ts';

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
  /** The other instrument named before a reference: one the language puts first ("유엔헌장 제51조"), a possessive
   *  ("NATO's Article 5"), or the possessor of a relative clause ("the Rio Treaty, whose Article 3"). */
  instrumentBefore?(head: string, title: string | null, tail: string): string | null;
  /** A sentence opening that continues about the article named just before ("The same article…"). */
  continuation: RegExp;
}

/** English ordinal tens, by value, for "the twentieth article". */
const ORDINAL_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** Word → value for the whole 1–99 range; compounds are keyed "twenty-one" (readNumber maps a space to "-"). */
function wordTable(units: readonly string[], tens: readonly string[]): Map<string, number> {
  const table = new Map<string, number>();
  units.forEach((w, i) => table.set(w, i + 1));
  tens.forEach((w, i) => table.set(w, (i + 2) * 10));
  EN_TENS.forEach((t, i) => units.slice(0, 9).forEach((u, j) => table.set(`${t}-${u}`, (i + 2) * 10 + j + 1)));
  return table;
}

/** English cardinals and ordinals, by value, for "Article Four", "Articles Three and Four", "the fourth article". */
const CARDINALS = wordTable(EN_UNITS, EN_TENS);
const ORDINALS = wordTable(EN_UNIT_ORDINALS, ORDINAL_TENS);

/** Regex source of alternatives, longest first so "seventeen" wins over "seven"; "twenty-one" also matches "twenty one". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')
    .replace(/-/g, '[- ]');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const EN_CARDINAL_SOURCE = alternation(CARDINALS.keys());
export const EN_ORDINAL_SOURCE = alternation(ORDINALS.keys());

/** Roman numerals as treaties number articles ("Article IV"), up to 99. */
export const ROMAN_SOURCE = '(?:XC|L?X{0,3})(?:IX|IV|V?I{0,3})';
/** A Roman numeral as a whole word; Russian writers often type X as the Cyrillic "Х", read as the same numeral.
 *  Rules compiled with the `i` flag also match lower case, which `romanValue` then refuses ("article vi"). */
export const ROMAN_TOKEN = `(?=[IVXLCХ])${ROMAN_SOURCE.replace(/X/g, '[XХ]')}(?![\\p{L}\\d])`;

/** The value of an upper-case Roman numeral below 100, or null. */
export function romanValue(token: string): number | null {
  const s = token.trim().replace(/Х/g, 'X');
  if (!/^[IVXLC]+$/.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]],
      next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total > 0 && total < 100 ? total : null;
}

/** Number words of one language, by value from one ("quatre" → 4); `null` marks a value the language has no word for. */
export function wordValues(words: (string | null)[]): Map<string, number> {
  const table = new Map<string, number>();
  words.forEach((w, i) => w && table.set(w, i + 1));
  return table;
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

/** Punctuation that opens the clause a possessor stands in ("…; the Rio Treaty, whose Article 3"); not the comma,
 *  which also sits inside names ("the Treaty of Friendship, Cooperation and Mutual Assistance"). */
const CLAUSE_BREAK = /[.;:!?()[\]"“”«»„—\n]/u;
/** A possessor clause longer than this many words is cut to its end. */
const MAX_POSSESSOR_WORDS = 14;
/** An instrument's acronym given after its name ("the Non-Proliferation Treaty (NPT) of 1968, whose …"): part of
 *  the possessor's name, not a break in it. */
const ACRONYM_IN_PARENTHESES = /\s*\(\p{Lu}{2,}[\p{Lu}\d-]*\)/gu;

/**
 * The words of the clause that ends where `marker` (anchored at the end of `head`) introduces a reference: the
 * possessor of "the Rio Treaty, whose Article 3", "NATO's Article 5", "dont l'article 5". A sentence's first word
 * loses its capital, which says nothing of a name ("New treaty, whose…"), unless it is an acronym.
 */
export function possessorWords(head: string, marker: RegExp): string[] | null {
  const m = marker.exec(head);
  if (!m) return null;
  const before = head.slice(0, m.index).replace(ACRONYM_IN_PARENTHESES, '');
  let i = before.length;
  while (i > 0 && !CLAUSE_BREAK.test(before[i - 1])) i--;
  const words = before.slice(i).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  if (i === 0 && /^\p{Lu}\p{Ll}/u.test(words[0])) words[0] = words[0][0].toLowerCase() + words[0].slice(1);
  return words.slice(-MAX_POSSESSOR_WORDS);
}

/** The last index in `words` whose word passes `test`, or -1. */
export function lastIndex(words: string[], test: (w: string) => boolean): number {
  for (let i = words.length - 1; i >= 0; i--) if (test(words[i])) return i;
  return -1;
}

/** An acronym that names an instrument or a body by itself ("UNCLOS", "NATO", "ДНЯО", "OTAN"). */
export const ACRONYM = /^\p{Lu}{3,}(?:-\d)?$/u;

/** "Chile–Argentina", "US-Russian", "Iran-Russland-Vertrag": a word joining states' names describes the agreement
 *  between them, while "Non-Proliferation" or "Test-Ban" is part of another instrument's name. */
export function joinsStates(word: string): boolean {
  if (!/\p{L}[-–]\p{L}/u.test(word)) return false;
  const codes = new Set(findParties(word.replace(/[-–]/g, ' '), null).map((p) => p.code));
  // A union alone names its own treaty: "des EU-Vertrags" is the Treaty on European Union.
  return codes.size > 1 || (codes.size === 1 && !UNIONS.has([...codes][0]));
}

/** Parties that are unions of states, each with a founding treaty of its own. */
const UNIONS = new Set(['EU']);

/** Whether the report's title uses every one of a name's proper words (lower-cased): "the Lake Treaty" under
 *  "Lake Treaty enters into force" is the agreement the report is about. */
export function titleUses(properWords: string[], title: string | null): boolean {
  if (!properWords.length || !title) return false;
  const titleWords = new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return properWords.every((w) => titleWords.has(w));
}

/** Most words of an instrument's topic to read ("über die Arbeitsweise der Europäischen Union"). */
const TOPIC_WORDS = 8;

/**
 * How many of the topic's words (after "treaty on") make a name, or 0: the topic names something proper ("sur l'Union européenne", "о Европейском союзе",
 * "über die Europäische Union"): then the treaty is a named instrument, not the agreement under discussion, unless
 * the topic names the parties ("entre la Norvège et l'Islande"). Acronyms are left alone ("Договор о СНВ" is often
 * the very treaty reported on). `proper` tells a proper word in the language (German capitalizes every noun).
 */
export function properTopic(topic: string[], between: RegExp, proper: (w: string, next: string | undefined) => boolean): number {
  const words = topic.slice(0, TOPIC_WORDS);
  if (words.some((w) => between.test(w))) return 0;
  // The name runs to the last proper word and the word it goes with ("Europäischen Union", "Union européenne").
  for (let i = words.length - 1; i >= 0; i--) if (proper(words[i], words[i + 1])) return Math.min(words.length, i + 2);
  return 0;
}

/** A capitalized word that is not an acronym: "Union", "Европейском". */
export const capitalizedWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/** "with" in the languages read: the counterpart of a treaty ("the treaty concluded with Amman"). */
const WITH = /^(?:with|avec|mit|con|с|со)$/iu;

/**
 * Whether the clause after a possessor's noun concludes it with a state the report's title does not name: "the
 * pact concluded with Bolivia, whose Article 6…" under a title about Peru and Ecuador is another treaty. Undecided
 * (false) without a title naming states.
 */
export function otherCounterpart(clause: string[], title: string | null, language: string): boolean {
  const w = clause.findIndex((x) => WITH.test(x));
  if (w < 0 || !title) return false;
  const titled = new Set(findParties(title, language).map((p) => p.code));
  const named = findParties(clause.slice(w + 1).join(' '), language).map((p) => p.code);
  return titled.size > 0 && named.length > 0 && !named.some((c) => titled.has(c));
}
