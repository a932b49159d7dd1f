// A word-sequence matcher over normalized names, built once: the text is split into words, each word is looked
// up by its first letters, and the longest name that matches the following words wins. Russian (and German,
// French) inflection is handled by stems plus a closed set of endings, so "России", "Россией", "Russlands" match.

export type PartyForm = 'country' | 'adjective' | 'abbreviation' | 'capital';

/** One name to find: its words, what it stands for, and how strictly it must be written. */
export interface NameEntry {
  words: WordSpec[];
  /** ISO 3166-1 alpha-2; '' blocks a longer phrase that only looks like a state ("New Jersey", "Latin America"). */
  code: string;
  form: PartyForm;
  /** Languages of documents in which the name may be read; null: any (Cyrillic names cannot be misread). */
  languages: Set<string> | null;
  /** Names must start with a capital letter in the text ("China", not "china"). */
  capitalized: boolean;
  /** Abbreviations match letter for letter, case included ("US", never "us"). */
  exact: boolean;
}

export interface WordSpec {
  /** Folded stem (lower case, no diacritics). */
  stem: string;
  /** Endings allowed after the stem; '' is the bare stem. */
  endings: ReadonlySet<string>;
  /** The word as written, for exact entries. */
  raw: string;
}

export interface Token {
  start: number;
  end: number;
  raw: string;
  key: string;
}

/** Lower case without diacritics, so "Côte" = "cote" and "ё" = "е" (but "й" stays: it is a letter of its own). */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  if (/\p{Script=Cyrillic}/u.test(lower)) return lower.replace(/ё/g, 'е');
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Words folded so far: a pile repeats its words, and folding is most of tokenizing. Bounded for a server. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

function foldOnce(word: string): string {
  let key = FOLDED.get(word);
  if (key === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(word, (key = fold(word)));
  }
  return key;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], key: foldOnce(m[0]) });
  return out;
}

/** Between two words of one name: spaces, a dot ("N. Korea", "U.S."), an apostrophe or a dash ("Guinea-Bissau"). */
const GAP = /^[\s.'’\-–—‐]{1,3}$/u;

const indexKey = (s: string) => s.slice(0, 3);

export class NameMatcher {
  private readonly byPrefix = new Map<string, NameEntry[]>();

  constructor(entries: NameEntry[]) {
    for (const e of entries) {
      const k = indexKey(e.words[0].stem);
      const list = this.byPrefix.get(k) ?? [];
      list.push(e);
      this.byPrefix.set(k, list);
    }
  }

  /** Longest non-overlapping matches, left to right; `language` selects the names read in that language. */
  match(text: string, tokens: Token[], language: string | null): { entry: NameEntry; start: number; end: number; first: number; last: number }[] {
    const out: { entry: NameEntry; start: number; end: number; first: number; last: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byPrefix.get(indexKey(tokens[i].key));
      if (!candidates) continue;
      // Longest name wins; between equally long ones, the one read with fewer inflection letters
      // ("Russian" is the adjective, not "Russia" + "n").
      let best: NameEntry | null = null;
      let bestSuffix = Infinity;
      for (const e of candidates) {
        if (e.languages && !e.languages.has(language ?? 'en')) continue;
        if (best && e.words.length < best.words.length) continue;
        const suffix = this.fits(text, tokens, i, e);
        if (suffix < 0 || (best && e.words.length === best.words.length && suffix >= bestSuffix)) continue;
        best = e;
        bestSuffix = suffix;
      }
      if (!best) continue;
      const last = i + best.words.length - 1;
      out.push({ entry: best, start: tokens[i].start, end: tokens[last].end, first: i, last });
      i = last;
    }
    return out;
  }

  /** The number of ending letters the text adds to the name's stems, or -1 when the name does not fit here. */
  private fits(text: string, tokens: Token[], i: number, e: NameEntry): number {
    if (i + e.words.length > tokens.length) return -1;
    if (e.capitalized && !/^\p{Lu}/u.test(tokens[i].raw)) return -1;
    let suffix = 0;
    for (let k = 0; k < e.words.length; k++) {
      const t = tokens[i + k],
        w = e.words[k];
      if (k > 0 && !GAP.test(text.slice(tokens[i + k - 1].end, t.start))) return -1;
      if (e.exact) {
        if (t.raw !== w.raw) return -1;
        continue;
      }
      if (!t.key.startsWith(w.stem) || !w.endings.has(t.key.slice(w.stem.length))) return -1;
      suffix += t.key.length - w.stem.length;
    }
    return suffix;
  }
}

/** Russian noun and adjective case endings, longest first: a name's stem is its nominative minus one of these. */
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'иях',
  'ией',
  'ов',
  'ев',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ию',
  'ия',
  'ии',
  'ою',
  'ею',
  'ую',
  'юю',
  'ью',
  'ья',
  'ье',
  'ьи',
  'а',
  'я',
  'ы',
  'и',
  'е',
  'у',
  'ю',
  'о',
  'й',
  'ь',
  '',
];
const RU_ENDING_SET: ReadonlySet<string> = new Set(RU_ENDINGS);
/** Nominative adjective endings: a name word ending so is an adjective, not an indeclinable foreign noun. */
const RU_ADJECTIVE_END = /(?:ые|ие|ое|ее|ая|яя|ый|ий|ой)$/u;
/** German genitive and adjective endings ("Russlands", "russischen"); French and English plural "-s". */
const LATIN_ENDINGS: ReadonlySet<string> = new Set(['', 's', 'es', 'e', 'en', 'er', 'em', 'n', 'ne', 'nes']);
const NO_ENDINGS: ReadonlySet<string> = new Set(['']);

/** A name word → its stem and endings: Cyrillic words decline, Latin words take a few suffixes, digits none. */
export function wordSpec(raw: string, inflects: boolean): WordSpec {
  const key = fold(raw);
  if (!inflects) return { stem: key, endings: NO_ENDINGS, raw };
  if (/\p{Script=Cyrillic}/u.test(key)) {
    // Foreign names ending in a vowel other than а/я do not decline ("Того", "Мали", "Токио"): letter for letter.
    // Adjectives do decline ("Соединённые" → "Соединенными"), whatever vowel they end in.
    if (/[оиуеэю]$/u.test(key) && !RU_ADJECTIVE_END.test(key)) return { stem: key, endings: NO_ENDINGS, raw };
    const ending = RU_ENDINGS.find((e) => key.endsWith(e) && key.length - e.length >= 3) ?? '';
    return { stem: key.slice(0, key.length - ending.length), endings: RU_ENDING_SET, raw };
  }
  return { stem: key, endings: LATIN_ENDINGS, raw };
}

/** Splits a name into words the way the text is split ("People's" → "People", "s"). */
export function nameWords(name: string): string[] {
  return name.match(WORD) ?? [];
}
