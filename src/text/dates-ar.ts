// Arabic dates, which chrono-node does not read: "الجمعة 4 نوفمبر 2016", "٤ تشرين الثاني ٢٠١٦", "19 أكتوبر 2020م",
// "12 مارس/آذار".
// Month names in both the Egyptian/Gulf (يناير …) and the Levantine (كانون الثاني …) series; digits Western or
// Arabic-Indic. Exposed as a chrono parser so that findDates treats Arabic like its other languages.
import * as chrono from 'chrono-node';

/** Month names by number; hamza and alef variants both. */
const MONTHS: [number, string[]][] = [
  [1, ['يناير', 'كانون الثاني', 'جانفي']],
  [2, ['فبراير', 'شباط', 'فيفري']],
  [3, ['مارس', 'آذار']],
  [4, ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل']],
  [5, ['مايو', 'أيار', 'ماي']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'أوت']],
  [9, ['سبتمبر', 'أيلول']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول']],
  [11, ['نوفمبر', 'تشرين الثاني']],
  [12, ['ديسمبر', 'كانون الأول']],
];
const MONTH_NUMBER = new Map(MONTHS.flatMap(([n, names]) => names.map((name) => [name, n] as const)));
const WEEKDAY = '(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)';
const DIGIT = '[0-9٠-٩]';
/** Longest names first: "كانون الثاني" before a shorter name it contains. */
const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/** A second name of the same month, from the other series: "مارس/آذار". */
const OTHER_NAME = `(?:\\s*/\\s*(?:${[...MONTH_NUMBER.keys()].join('|')}))?`;
const PATTERN = new RegExp(`(?:${WEEKDAY}\\s*[،,]?\\s*)?(${DIGIT}{1,2})\\s+${MONTH}${OTHER_NAME}(?:\\s*[،,]?\\s*(${DIGIT}{4})\\s*م?)?(?!\\p{L})`, 'u');

/** Arabic-Indic digits to a number. */
function toNumber(digits: string): number {
  return Number(digits.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
}

const arabicDate: chrono.Parser = {
  pattern: () => PATTERN,
  extract: (_context, match) => {
    const day = toNumber(match[1]);
    if (day < 1 || day > 31) return null;
    const parts: { day: number; month: number; year?: number } = { day, month: MONTH_NUMBER.get(match[2])! };
    if (match[3]) parts.year = toNumber(match[3]);
    return parts;
  },
};

export const arabic = new chrono.Chrono({ parsers: [arabicDate], refiners: [] });
