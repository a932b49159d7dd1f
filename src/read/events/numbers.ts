// Small cardinal numbers written as words in en/ru/de/fr/es ("ten years", "десять лет", "zehn Jahre", "dix ans", "diez años"),
// including the stems that compounds use ("five-year", "пятилетние", "zehnjährig").

/** Word stems → value, per language. Inflected forms start with the stem (десяти, fünf, einen). */
const STEMS: Record<string, [string, number][]> = {
  en: [
    ['one', 1],
    ['a', 1],
    ['an', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['eleven', 11],
    ['twelve', 12],
    ['thirteen', 13],
    ['fourteen', 14],
    ['fifteen', 15],
    ['sixteen', 16],
    ['seventeen', 17],
    ['eighteen', 18],
    ['nineteen', 19],
    ['twenty', 20],
    ['thirty', 30],
    ['forty', 40],
    ['fifty', 50],
    ['sixty', 60],
    ['ninety', 90],
    ['hundred', 100],
  ],
  ru: [
    ['один', 1],
    ['одна', 1],
    ['одну', 1],
    ['одного', 1],
    ['два', 2],
    ['двух', 2],
    ['две', 2],
    ['три', 3],
    ['трёх', 3],
    ['трех', 3],
    ['четыр', 4],
    ['пят', 5],
    ['шест', 6],
    ['сем', 7],
    ['восем', 8],
    ['девят', 9],
    ['десят', 10],
    ['одиннадцат', 11],
    ['двенадцат', 12],
    ['пятнадцат', 15],
    ['двадцат', 20],
    ['двадцатипят', 25],
    ['тридцат', 30],
    ['сорок', 40],
    ['пятьдесят', 50],
    ['шестьдесят', 60],
    ['девяност', 90],
    ['сто', 100],
  ],
  de: [
    ['ein', 1],
    ['zwei', 2],
    ['drei', 3],
    ['vier', 4],
    ['fünf', 5],
    ['sechs', 6],
    ['sieben', 7],
    ['acht', 8],
    ['neun', 9],
    ['zehn', 10],
    ['elf', 11],
    ['zwölf', 12],
    ['fünfzehn', 15],
    ['zwanzig', 20],
    ['fünfundzwanzig', 25],
    ['dreißig', 30],
    ['vierzig', 40],
    ['fünfzig', 50],
    ['sechzig', 60],
    ['neunzig', 90],
    ['hundert', 100],
  ],
  fr: [
    ['un', 1],
    ['une', 1],
    ['deux', 2],
    ['trois', 3],
    ['quatre', 4],
    ['cinq', 5],
    ['six', 6],
    ['sept', 7],
    ['huit', 8],
    ['neuf', 9],
    ['dix', 10],
    ['onze', 11],
    ['douze', 12],
    ['quinze', 15],
    ['vingt', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
    ['cent', 100],
  ],
  es: [
    ['uno', 1],
    ['una', 1],
    ['dos', 2],
    ['tres', 3],
    ['cuatro', 4],
    ['cinco', 5],
    ['seis', 6],
    ['siete', 7],
    ['ocho', 8],
    ['nueve', 9],
    ['diez', 10],
    ['once', 11],
    ['doce', 12],
    ['quince', 15],
    ['veinte', 20],
    ['veinticinco', 25],
    ['treinta', 30],
    ['cuarenta', 40],
    ['cincuenta', 50],
    ['sesenta', 60],
    ['noventa', 90],
    ['cien', 100],
    ['ciento', 100],
  ],
};

/** A number in digits or one word, as a regex group (a hyphenated English compound counts as one: "twenty-five"). */
export const NUMBER = String.raw`(\d+|[\p{L}]+(?:-[\p{L}]+)?)`;

/** Longest stems first, so "пятнадцать" is 15 and not 5, "fünfzehn" 15 and not 5. */
const ORDERED = Object.values(STEMS)
  .flat()
  .sort((a, b) => b[0].length - a[0].length);

/** English compounds ("twenty-five"). */
const EN_TENS = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](one|two|three|four|five|six|seven|eight|nine)$/;

/** The value of a number written in digits or words; null when the token is not a number. */
export function numberValue(token: string): number | null {
  const t = token
    .trim()
    .toLowerCase()
    .replace(/[-\s]+(?:year|jahr|лет|летн|an|año).*$/u, '');
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const compound = EN_TENS.exec(t);
  if (compound) return (numberValue(compound[1]) ?? 0) + (numberValue(compound[2]) ?? 0);
  // Short stems must be the whole word ("a", "an", "un" would otherwise start many words).
  for (const [stem, value] of ORDERED) {
    if (t === stem) return value;
    if (stem.length >= 3 && t.startsWith(stem) && t.length - stem.length <= 4) return value;
  }
  return null;
}
