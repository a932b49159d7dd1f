// Small text helpers shared by the record steps: comparison keys across scripts and case forms, title case.
import { CYRILLIC_LATIN } from '../../text/index.ts';

/** The record's keys write ю and я as yu and ya, as they always have: the names it matches were tuned so. */
const CYRILLIC: Record<string, string> = { ...CYRILLIC_LATIN, ю: 'yu', я: 'ya' };

/** Lower-case Latin letters and digits only: "Нижнем Новгороде" → "nizhnemnovgorode", "Berlin" → "berlin". */
export function squash(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[а-яё]/g, (c) => CYRILLIC[c] ?? c)
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '');
}

/** Same word in another case form or script: one squashed form extends the other by at most `slack` letters
 *  ("berlin" ~ "berline", "avstrii" ~ "avstriya" by a shared stem). */
export function sameWord(a: string, b: string, slack = 3): boolean {
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 4) return false;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= short.length - 2 && long.length - common <= slack && common >= 4;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'between', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'under', 'over']);

/** "TREATY ON MARITIME COOPERATION BETWEEN THE REPUBLIC OF X" → "Treaty on Maritime Cooperation between the Republic of X". */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|[-'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())))
    .join('');
}

/** True when a string is written in capitals only (a title line of an official text). */
export const isUpper = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
