// chrono-node reads the absolute, year-less and relative dates; this turns its components into ISO values at
// the precision the text gives ("September 2023" → 2023-09) and applies Pactwatch's rules for what it guesses.

import type { ParsedComponents, ParsedResult } from 'chrono-node';
import * as chrono from 'chrono-node';
import type { DateCandidate, DateDetector } from './candidate.ts';
import { MONTH_CUE, OTHER_CHRONO_CUE } from './cues.ts';
import { closestYear, dayPrecise, iso, type Reference, toDate, weekdayBefore } from './reference.ts';

/**
 * chrono's casual parsers without the time-of-day and "within" parsers: a time is never a claim's date, "within
 * ten years" is a duration, and these parsers, which try every number, are the slowest.
 */
function datesOnly(parser: chrono.Chrono): chrono.Chrono {
  const c = parser.clone();
  c.parsers = c.parsers.filter((p) => !/TimeExpression|CasualTime|TimeUnitWithin/.test(p.constructor.name));
  return c;
}

/** The languages Pactwatch reads; any other language falls back to English. */
const PARSERS: Record<string, chrono.Chrono> = {
  en: datesOnly(chrono.en.casual),
  ru: datesOnly(chrono.ru.casual),
  de: datesOnly(chrono.de.casual),
  fr: datesOnly(chrono.fr.casual),
  es: datesOnly(chrono.es.casual),
  ar: datesOnly(chrono.ar.casual),
};

/** chrono needs some reference; without a publication date nothing that depends on it is kept. */
const NO_REFERENCE = new Date(2000, 0, 1, 12);

/** chrono reads durations as dates ("for ten years", "six months before the expiry"): they date no event. */
const DURATION =
  /^(?:for|within|during|over|throughout|für|während|innerhalb|pendant|durant|в течение|на протяжении|durante|خلال)\s|\s(?:before|after|later|davor|danach|später|avant|après|спустя|после|antes|después|قبل|بعد)$/iu;
/** Arabic "العام" is "the year" and, after a noun, "general" or "public" ("الأمين العام", "المدعي العام", "الرأي
 *  العام"): after a definite noun it is no date ("this year" is "هذا العام", "العام الماضي" a longer match). */
const AR_GENERAL = /(?<!\p{L})ال\p{L}+\s+$/u;
const AR_YEAR_WORD = 'العام';
/** "3 hours ago" is a page's own timestamp, not a date a claim is about. */
/** A weekday's bare abbreviation is a word of prose more often than a date ("el Mar Negro", "Sam" as a name);
 *  reports write weekdays in full. */
const BARE_WEEKDAY = /^\p{L}{1,4}$/u;
const onlyWeekday = (r: ParsedResult) => !r.start.isCertain('day') && !r.start.isCertain('month') && !r.start.isCertain('year');
const SUB_DAY = /hour|minute|second|час|минут|секунд|stunde|sekunde|heure|seconde|hora|minuto|segundo|ساعة|دقيقة/iu;
/** "next Friday" looks forward; a bare "on Friday" in news looks back. */
const FORWARD = /\b(?:next|coming|upcoming)\b|следующ|ближайш|nächst|kommend|prochain|próxim|que viene|المقبل|القادم/iu;
const BACKWARD = /\b(?:last|past|previous)\b|прошл|прошедш|letzt|vergangen|dernier|passé|pasad[oa]|últim[oa]|الماضي/iu;

type Resolved = { year: number; month: number | null; day: number | null; relative: boolean };

export const chronoDetector: DateDetector = {
  name: 'chrono',
  cues: [MONTH_CUE, OTHER_CHRONO_CUE],
  find(text, language, ref) {
    const results = (PARSERS[language] ?? PARSERS.en).parse(text, ref ? toDate(ref) : NO_REFERENCE);
    // Without a publication date, a full date in the same claim anchors its year-less neighbours ("June 18-19").
    const anchor = ref ?? anchorOf(results);
    const out: DateCandidate[] = [];
    for (const r of results) {
      const span = trimmed(r);
      if (DURATION.test(span.text) || SUB_DAY.test(span.text)) continue;
      if (BARE_WEEKDAY.test(span.text) && onlyWeekday(r)) continue;
      if (span.text === AR_YEAR_WORD && AR_GENERAL.test(text.slice(Math.max(0, span.start - 20), span.start))) continue;
      const start = resolve(r, r.start, ref, anchor);
      if (!start) continue;
      const end = r.end ? resolve(r, r.end, ref, anchor, start) : null;
      out.push({
        start: span.start,
        end: span.end,
        value: iso(start.year, start.month, start.day),
        until: end ? iso(end.year, end.month, end.day) : null,
        relative: start.relative,
      });
    }
    return out;
  },
};

function trimmed(r: ParsedResult): { text: string; start: number; end: number } {
  const lead = r.text.length - r.text.trimStart().length;
  const text = r.text.trim().replace(/[\s,;.]+$/, '');
  return { text, start: r.index + lead, end: r.index + lead + text.length };
}

const isRelativeResult = (r: ParsedResult) => [...r.tags()].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference'));

/** The claim's first full date with a year, unless chrono computed it from the reference. */
function anchorOf(results: ParsedResult[]): Reference | null {
  const r = results.find((x) => !isRelativeResult(x) && ['year', 'month', 'day'].every((k) => x.start.isCertain(k as 'day')));
  return r ? { year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! } : null;
}

/**
 * Components → calendar fields at the precision the text states. Relative readings need a day-precise
 * publication date; a year-less date takes the year closest to the publication date (or to the anchor).
 */
function resolve(r: ParsedResult, c: ParsedComponents, ref: Reference | null, anchor: Reference | null, from?: Resolved): Resolved | null {
  const certain = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k);
  const get = (k: 'year' | 'month' | 'day' | 'weekday') => c.get(k)!;
  // "today", "last month", "this year": chrono took the fields from the reference.
  const relative = isRelativeResult(r) || (!/\d/.test(r.text) && certain('year'));
  if (relative && !dayPrecise(ref)) return null;
  if (certain('day') && certain('month')) {
    if (certain('year')) return { year: get('year'), month: get('month'), day: get('day'), relative };
    const base = from ? { year: from.year, month: from.month, day: from.day } : anchor;
    if (!base) return null;
    const year = from ? (get('month') < (from.month ?? 1) ? from.year + 1 : from.year) : closestYear(get('month'), get('day'), base);
    return { year, month: get('month'), day: get('day'), relative: relative || (!from && base === ref) || (from?.relative ?? false) };
  }
  if (certain('month')) {
    if (certain('year')) return { year: get('year'), month: get('month'), day: null, relative };
    if (!anchor) return null;
    return { year: closestYear(get('month'), null, anchor), month: get('month'), day: null, relative: anchor === ref };
  }
  if (certain('year')) return { year: get('year'), month: null, day: null, relative };
  if (certain('weekday') && dayPrecise(ref)) {
    if (FORWARD.test(r.text)) return { year: get('year'), month: get('month'), day: get('day'), relative: true };
    return { ...weekdayBefore(ref, get('weekday'), BACKWARD.test(r.text)), relative: true } as Resolved;
  }
  return null;
}
