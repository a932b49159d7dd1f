// "eine Woche zuvor", "неделей ранее": a span of time before the publication date, which chrono's de/ru
// parsers do not read (English "a week earlier" and "ago" forms are chrono's).
import type { DateCandidate, DateDetector } from './candidate.ts';
import { EARLIER_CUE } from './cues.ts';
import { dayPrecise, iso, shift, type Unit } from './reference.ts';

const DE_COUNT: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
};
const DE_UNIT: [RegExp, Unit][] = [
  [/^tag/i, 'day'],
  [/^woche/i, 'week'],
  [/^monat/i, 'month'],
  [/^jahr/i, 'year'],
];
const RU_UNIT: [RegExp, Unit][] = [
  [/^(?:дн|день)/iu, 'day'],
  [/^недел/iu, 'week'],
  [/^месяц/iu, 'month'],
  [/^(?:год|лет)/iu, 'year'],
];

/** Groups: count (word or digits, optional in Russian), unit word. */
const PATTERNS: { lang: string; pattern: RegExp; units: [RegExp, Unit][] }[] = [
  {
    lang: 'de',
    pattern:
      /(?<!\p{L})(ein(?:e|en|em|er)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d{1,2})\s+(Tag(?:e|en)?|Woche(?:n)?|Monat(?:e|en)?|Jahr(?:e|en)?)\s+(?:zuvor|vorher|früher)(?!\p{L})/giu,
    units: DE_UNIT,
  },
  {
    lang: 'ru',
    pattern: /(?<!\p{L})(\d{1,2}\s+)?(дн[её]м|дня|дней|недел(?:ей|и|ю|ь)|месяц(?:ем|а|ев)|год(?:ом|а)?|лет)\s+(?:ранее|раньше)(?!\p{L})/giu,
    units: RU_UNIT,
  },
];

export const earlierDetector: DateDetector = {
  name: 'span-earlier',
  cues: [EARLIER_CUE],
  find(text, language, ref) {
    if (!dayPrecise(ref)) return [];
    const out: DateCandidate[] = [];
    for (const { lang, pattern, units } of PATTERNS) {
      if (lang !== language) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const count = m[1] ? (DE_COUNT[m[1].trim().toLowerCase()] ?? Number(m[1])) : 1;
        const unit = units.find(([re]) => re.test(m![2]))?.[1];
        if (!unit || !count) continue;
        const d = shift(ref, unit, -count);
        out.push({ start: m.index, end: m.index + m[0].length, value: iso(d.year, d.month, d.day), until: null, relative: true });
      }
    }
    return out;
  },
};
