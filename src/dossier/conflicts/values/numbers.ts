// Numbers as values: an article's or a count's number written in digits or Roman numerals ("23", "XXIII").
// (Numbers written as words are read into digits by the record step; see dossier/record/numbers.ts.)

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const ROMAN_NUMERAL = /^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** The number a value writes, or null. */
export function numberValue(value: string): number | null {
  const v = value.trim().toLowerCase();
  if (/^\d+$/.test(v)) return Number(v);
  if (!v || !ROMAN_NUMERAL.test(v)) return null;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const x = ROMAN[v[i]];
    n += x < (ROMAN[v[i + 1]] ?? 0) ? -x : x;
  }
  return n;
}
