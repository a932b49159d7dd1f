// A word as a cognate key: what the word shares with its cousins in the other languages, spelling aside.
// "university", "Universität", "université", "университет" → "univer"; "cultural", "Kulturinstitute",
// "культурные" → "kultur"; "Jerusalem", "Jérusalem", "Иерусалим" → "ierusa". Accents go, Cyrillic is
// transliterated, spellings that differ by language are made one (c/k, ph/f, th/t, y/i, j/i, w/v, z/s, doubled
// letters), a plural -s goes, and the key is the word's start: the ending is the language's.
import { CYRILLIC_LATIN as CYRILLIC } from '../../../text/index.ts';

/** Letters of the key: enough to tell words apart, few enough to leave the endings out. */
export const KEY_LENGTH = 6;
/** Shorter words say too little to be a cognate of anything. */
export const MIN_WORD = 4;

/** Spellings one language writes for what another writes otherwise, in the order they are applied. */
const SPELLINGS: [RegExp, string][] = [
  [/œ/g, 'oe'],
  [/æ/g, 'ae'],
  [/ß/g, 'ss'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/qu/g, 'k'],
  [/ck/g, 'k'],
  [/c/g, 'k'],
  [/y/g, 'i'],
  [/j/g, 'i'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/(\p{L})\1+/gu, '$1'],
];

/** The cognate key of a lower-case word, or null for a word too short to be one. */
export function cognateKey(word: string): string | null {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (/[\u0400-\u04ff]/.test(w)) w = [...w].map((ch) => CYRILLIC[ch] ?? ch).join('');
  if (!/^[a-z]+$/.test(w)) return null;
  for (const [from, to] of SPELLINGS) w = w.replace(from, to);
  if (w.length > MIN_WORD && w.endsWith('s')) w = w.slice(0, -1);
  return w.length >= MIN_WORD ? w.slice(0, KEY_LENGTH) : null;
}
