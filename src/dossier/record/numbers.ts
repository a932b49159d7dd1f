// Cardinal numbers written as words, en/ru/de/fr/es/ar, up to 99 ("twelve", "twenty-three", "двадцать три",
// "dreiundzwanzig", "vingt-trois", "veintiocho", "treinta y dos", "سبع وعشرون"), and digits in Arabic-Indic
// form: article counts and durations are often written out.

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  eins: 1,
  ein: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veintiún: 21,
  veintiuno: 21,
  veintidós: 22,
  veintitrés: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
};

/** Arabic number words, with the feminine and the oblique forms; a unit before "عشر"/"عشرة" makes a teen
 *  ("ثلاث عشرة"), a unit joined by "و" to tens adds ("سبع وعشرون"). */
const ARABIC_UNITS: Record<string, number> = {
  واحد: 1,
  واحدة: 1,
  اثنان: 2,
  اثنتان: 2,
  اثنا: 2,
  اثنتا: 2,
  ثلاث: 3,
  ثلاثة: 3,
  أربع: 4,
  أربعة: 4,
  خمس: 5,
  خمسة: 5,
  ست: 6,
  ستة: 6,
  سبع: 7,
  سبعة: 7,
  ثماني: 8,
  ثمانية: 8,
  ثمان: 8,
  تسع: 9,
  تسعة: 9,
  عشر: 10,
  عشرة: 10,
};
const ARABIC_TENS: Record<string, number> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  أربعون: 40,
  أربعين: 40,
  خمسون: 50,
  خمسين: 50,
};
const TEEN = /^عشرة?$/u;
/** "و" (and) at the start of an Arabic word. */
const WA = /^و/u;

function arabicNumber(words: string[]): number | null {
  if (words.length === 1) return ARABIC_UNITS[words[0]] ?? ARABIC_TENS[words[0]] ?? null;
  if (words.length !== 2) return null;
  const [a, b] = words;
  const unit = ARABIC_UNITS[a];
  if (unit === undefined || unit >= 10) return null;
  if (TEEN.test(b)) return 10 + unit;
  const tens = ARABIC_TENS[b.replace(WA, '')];
  return WA.test(b) && tens ? tens + unit : null;
}

/** Arabic-Indic and Persian digits as ASCII. */
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - (d >= '\u06f0' ? 0x6f0 : 0x660)));

/** A number written in digits or words, or null. */
export function parseNumber(s: string): number | null {
  const w = asciiDigits(s.trim().toLowerCase());
  if (/^\d+$/.test(w)) return Number(w);
  if (/\p{Script=Arabic}/u.test(w)) return arabicNumber(w.split(/\s+/));
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const en = /^(\p{L}+)(?:[- ]|(?: y | et |-et-))(\p{L}+)$/u.exec(w); // twenty-three, двадцать три, vingt-trois, treinta y dos, vingt et un
  if (en && en[1] in TENS && en[2] in UNITS && UNITS[en[2]] < 10) return TENS[en[1]] + UNITS[en[2]];
  const de = /^(\p{L}+?)und(\p{L}+)$/u.exec(w); // dreiundzwanzig
  if (de && de[1] in UNITS && de[2] in TENS && UNITS[de[1]] < 10) return TENS[de[2]] + UNITS[de[1]];
  return null;
}

/** A regex fragment matching a number in digits (also Arabic-Indic) or words (up to three: "treinta y dos"). */
export const NUMBER = `(?:\\d{1,3}|[\\u0660-\\u0669]{1,3}|\\p{L}+(?:[- ]\\p{L}+){0,2})`;
