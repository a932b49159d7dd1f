// Finds dates (absolute, year-less, relative, ranges) resolved against the publication date.
//
// Rules (see reference.ts and chrono.ts):
// - A value has the precision the text gives: "June 19, 2024" → 2024-06-19, "September 2023" → 2023-09, "in 1961" → 1961.
// - Year-less dates take the year closest to the publication date ("June 19" in a report of 2024-06-23 → 2024-06-19).
// - "on Wednesday" is the most recent Wednesday on or before publication (news speaks of the past); "next Friday"
//   looks forward, "last Friday" strictly back.
// - Without a publication date, relative dates ("on Wednesday", "a day ago", "last month") are dropped, and a
//   year-less date is kept only when a full date in the same claim gives its year ("on June 19, 2024, during the
//   June 18-19 visit"); otherwise the text does not say which year, so there is no value.
// - A year-less date "of the same year" or "that September" takes the year of the date before it (same-year.ts);
//   one "of this year" the publication's year, or none without a publication date (this-year.ts).
// - Durations ("for ten years", "six months before the expiry") and times of day are not dates.
import type { DateMention } from '../../types.ts';
import type { DateCandidate, DateDetector } from './candidate.ts';
import { chronoDetector } from './chrono.ts';
import { earlierDetector } from './earlier.ts';
import { monthOnlyDetector } from './month-only.ts';
import { monthSource } from './months.ts';
import { rangeDetector } from './ranges.ts';
import { referenceOf } from './reference.ts';
import { withSameYear } from './same-year.ts';
import { inThisYear } from './this-year.ts';
import { yearDetector } from './years.ts';
import { yearsAgoDetector } from './years-ago.ts';

/** In priority order: where two detectors read the same words, the earlier one wins. */
const DETECTORS: DateDetector[] = [
  yearsAgoDetector, // before chrono, which reads the "today" of "forty years ago today" alone
  rangeDetector, // before chrono, which reads "from 1 to 3 July" as hours
  chronoDetector,
  monthOnlyDetector,
  earlierDetector,
  yearDetector, // last: a year inside a fuller date belongs to that date
];

/** Languages with their own chrono parser and month table; any other text is read as English. */
const LANGUAGES = new Set(['en', 'ru', 'de', 'fr', 'es', 'ar']);

/** Arabic press writes one month by both its names, joined by a slash ("19 سبتمبر/أيلول 1960"): the second name
 *  is blanked for the detectors (same length, so offsets hold), which then read one date. */
const AR_MONTH = monthSource('ar');
const AR_BOTH_NAMES = new RegExp(`(${AR_MONTH})(\\s*/\\s*${AR_MONTH})`, 'gu');

/** A day from the 21st to the 31st as news writes it after «في» ("في الحادي والعشرين من حزيران"): the oblique case of
 *  the tens, which chrono knows only in the nominative ("الحادي والعشرون"); the same length, so offsets hold. */
const AR_OBLIQUE_TENS = /(?<=\sو?ال(?:عشر|ثلاث))ين(?=\s+من\s)/gu;

export function findDates(written: string, language: string | null, published: string | null): DateMention[] {
  const ref = referenceOf(published);
  const lang = language && LANGUAGES.has(language) ? language : 'en';
  const text = lang === 'ar' ? arabicForChrono(written) : written;
  const kept: DateCandidate[] = [];
  // Detectors share cues (a month word opens two of them): each cue is tested once per text.
  const cues = new Map<RegExp, boolean>();
  for (const detector of DETECTORS) {
    const cued = detector.cues.some((cue) => {
      let hit = cues.get(cue);
      if (hit === undefined) cues.set(cue, (hit = cue.test(text)));
      return hit;
    });
    if (!cued) continue;
    for (const c of detector.find(text, lang, ref)) {
      if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    }
  }
  return withSameYear(
    inThisYear(
      kept.sort((a, b) => a.start - b.start),
      text,
      lang,
      ref,
    ),
    text,
    lang,
  ).map((c) => ({
    text: written.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    ...(c.until ? { until: c.until } : {}),
    relative: c.relative,
  }));
}

function arabicForChrono(written: string): string {
  const text = written.includes('/') ? written.replace(AR_BOTH_NAMES, (_, first: string, second: string) => first + ' '.repeat(second.length)) : written;
  return text.includes('ين من') ? text.replace(AR_OBLIQUE_TENS, 'ون') : text;
}
