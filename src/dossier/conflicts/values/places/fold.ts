// Spelling-insensitive keys for place names: the same name written with or without accents, hyphens, capitals,
// Arabic vowel marks or alef variants gets one key; a Latin key for Cyrillic names compares names the
// gazetteer does not know across the two scripts ("Лаксенбург" ~ "Laxenburg").
import { CYRILLIC_LATIN } from '../../../../text/index.ts';

/** Arabic letters written in several ways: hamza-carrying alefs, tā' marbūṭa, alif maqṣūra. */
const ARABIC_VARIANTS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ؤ: 'و', ئ: 'ي' };
const ARABIC_VARIANT = /[أإآٱةىؤئ]/g;
/** Tatweel (a stretching stroke, not a letter). */
const TATWEEL = /\u0640/g;

/** Lower case, no accents or marks, letters and digits only: "Saint-Pétersbourg" → "saintpetersbourg",
 *  "Москва́" → "москва", "ألمانيا" → "المانيا". Cyrillic stays Cyrillic (й and ё keep their base letter). */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(TATWEEL, '')
    .normalize('NFKC')
    .replace(ARABIC_VARIANT, (c) => ARABIC_VARIANTS[c] ?? c)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Cyrillic → Latin (the shared table, with the Ukrainian and Belarusian letters), to compare proper names. */
const CYRILLIC: Record<string, string> = { ...CYRILLIC_LATIN, і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u' };

/** A folded name in Latin letters where it was Cyrillic; other scripts unchanged. */
export function latinKey(folded: string): string {
  return folded.replace(/[а-яёіїєґў]/g, (c) => CYRILLIC[c] ?? c);
}

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'hangul' | 'han' | 'kana' | 'other';

const SCRIPTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
];

/** The script of a name's first letter. */
export function scriptOf(name: string): Script {
  const letter = /\p{L}/u.exec(name)?.[0];
  if (!letter) return 'other';
  return SCRIPTS.find(([, re]) => re.test(letter))?.[0] ?? 'other';
}

/** Longest common prefix two Latin keys must share: case endings and transliteration change the end only. */
const MIN_SHARED = 0.75;
const MIN_LENGTH = 4;
const MAX_TAIL = 3;

/** Same name in the same or a transliterated script, allowing a case ending ("Laxenburg" ~ "Лаксенбурге"). */
export function similarKeys(x: string, y: string): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) < MIN_LENGTH) return false;
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared >= MIN_SHARED * Math.min(x.length, y.length) && Math.max(x.length, y.length) - shared <= MAX_TAIL;
}
