// Day-first ranges with one month: "from 1 to 3 July", "1–3 июля", "vom 1. bis 3. Juli", "du 1er au 3 juillet".
// chrono reads "from 1 to 3 July" as hours 1 to 3, so this detector runs before it.
import type { DateCandidate, DateDetector } from './candidate.ts';
import { MONTH_CUE } from './cues.ts';
import { type MonthLanguage, monthOf, monthSource } from './months.ts';
import { closestYear, iso, isValidDate } from './reference.ts';

const day = String.raw`(\d{1,2})`;
const year = String.raw`(?:,?\s+(\d{4})(?!\d))?`;

/** One pattern per language; groups: first day, last day, month word, optional year. */
const RANGES: { lang: MonthLanguage; pattern: RegExp }[] = [
  {
    lang: 'en',
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d])(?:(?:from|between)\s+)?${day}(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|till|through|and)\s*${day}(?:st|nd|rd|th)?\s+(${monthSource('en')})${year}`,
      'giu',
    ),
  },
  { lang: 'ru', pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:с\s+)?${day}\s*(?:[-–—]|по|до)\s*${day}\s+(${monthSource('ru')})${year}`, 'giu') },
  {
    lang: 'de',
    pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:vom\s+)?${day}\.?\s*(?:[-–—]|bis(?:\s+zum)?)\s*${day}\.\s*(${monthSource('de')})${year}`, 'giu'),
  },
  { lang: 'fr', pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:du\s+)?${day}(?:er)?\s*(?:[-–—]|au)\s*${day}\s+(${monthSource('fr')})${year}`, 'giu') },
];

export const rangeDetector: DateDetector = {
  name: 'day-range',
  cues: [MONTH_CUE],
  find(text, _language, ref) {
    const out: DateCandidate[] = [];
    for (const { lang, pattern } of RANGES) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const [from, to, month] = [Number(m[1]), Number(m[2]), monthOf(m[3], lang)];
        if (month == null || from >= to) continue;
        const y = m[4] ? Number(m[4]) : ref ? closestYear(month, from, ref) : null;
        if (y == null || !isValidDate(y, month, from) || !isValidDate(y, month, to)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: iso(y, month, from), until: iso(y, month, to), relative: !m[4] });
      }
    }
    return out;
  },
};
