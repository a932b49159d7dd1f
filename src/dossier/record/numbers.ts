// Cardinal numbers written as words, en/ru/de/fr, up to 99 ("twelve", "twenty-three", "двадцать три",
// "dreiundzwanzig", "vingt-trois"): article counts and durations are often written out.

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16, семнадцать: 17,
  восемнадцать: 18, девятнадцать: 19,
  eins: 1, ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50,
};

/** A number written in digits or words, or null. */
export function parseNumber(s: string): number | null {
  const w = s.trim().toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const en = /^(\p{L}+)[- ](\p{L}+)$/u.exec(w); // twenty-three, двадцать три, vingt-trois
  if (en && en[1] in TENS && en[2] in UNITS && UNITS[en[2]] < 10) return TENS[en[1]] + UNITS[en[2]];
  const de = /^(\p{L}+?)und(\p{L}+)$/u.exec(w); // dreiundzwanzig
  if (de && de[1] in UNITS && de[2] in TENS && UNITS[de[1]] < 10) return TENS[de[2]] + UNITS[de[1]];
  return null;
}

/** A regex fragment matching a number in digits or words (one or two words). */
export const NUMBER = `(?:\\d{1,3}|\\p{L}+(?:[- ]\\p{L}+)?)`;
