// A month alone or with its year in German and French ("im Juni", "für Juni", "en juin 2031"), which chrono's
// de/fr parsers skip; English and Russian months alone are read by chrono.
import type { DateCandidate, DateDetector } from './candidate.ts';
import { MONTH_CUE } from './cues.ts';
import { type MonthLanguage, monthOf, monthSource } from './months.ts';
import { closestYear, iso } from './reference.ts';

/** Words that make a month name a date; groups: month word, optional year. */
const MONTH_ONLY: { lang: MonthLanguage; pattern: RegExp }[] = [
  { lang: 'de', pattern: new RegExp(String.raw`(?<!\p{L})(?:im|in|für|ab|bis|seit|Anfang|Mitte|Ende)\s+(${monthSource('de')})(?:\s+(\d{4})(?!\d))?`, 'giu') },
  { lang: 'fr', pattern: new RegExp(String.raw`(?<!\p{L})(?:en|depuis|dès|début|mi-|fin)\s*(${monthSource('fr')})(?:\s+(\d{4})(?!\d))?`, 'giu') },
];

export const monthOnlyDetector: DateDetector = {
  name: 'month-only',
  cues: [MONTH_CUE],
  find(text, language, ref) {
    const out: DateCandidate[] = [];
    for (const { lang, pattern } of MONTH_ONLY) {
      if (lang !== language) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const month = monthOf(m[1], lang);
        const year = m[2] ? Number(m[2]) : ref ? closestYear(month!, null, ref) : null;
        if (month == null || year == null) continue;
        const start = m.index + m[0].indexOf(m[1]);
        out.push({ start, end: m.index + m[0].length, value: iso(year, month), until: null, relative: !m[2] });
      }
    }
    return out;
  },
};
