// The year of a publication date the page gives without one ("MOSCOW, Oct 24 (Wire) -"): from the page's own URL
// or copyright line or last update, else from the body's dates, the nearest plausible: the latest date the report
// tells as past (a full date, or a month with its year), so that the publication falls on or after it (within a
// year), moved to the nearest year in which the day falls on the weekday the lead names ("este lunes"). A date announced for the future ("enters into force on 1 January 2027") is not a past event. No year
// anywhere: null, never a guessed one.
import { type FoundDate, findDates, findMonthYears, isoOf, weekdayNamed, weekdayOf } from '../text/index.ts';
import { type Field, type MetaContext, quote, removedLines } from './context.ts';

/** "/2024/" as a segment of a URL path. */
const URL_YEAR = /\/((?:19|20)\d{2})(?=[/\-_.]|$)/;
/** A year in a copyright line, not part of a range ("© 2010–2025" is the site's, not the report's). */
const YEAR = /(?<![\d–-]\s?)(?:19|20)\d{2}(?!\s?[–-]\s?\d)/g;

/** Words that announce what a date will be, per language, just before the date ("will take effect on"). */
const FUTURE_CUES: Record<string, string[]> = {
  en: ['will', 'shall', 'would', 'is (?:expected|due|scheduled|set) to', 'from', 'until', 'by'],
  de: ['wird', 'werden', 'soll', 'sollen', 'tritt', 'treten', 'ab', 'bis'],
  fr: ['entrera', 'sera', 'seront', 'doit', 'devra', 'prévue?', 'à partir du', "d['’]ici (?:au|le)", "jusqu['’]au"],
  es: ['entrará', 'será', 'serán', 'debe', 'deberá', 'previst[oa]', 'a partir del', 'hasta el'],
  ru: ['вступит', 'будет', 'будут', 'должен', 'должна', 'планируется', 'с', 'до', 'начиная с'],
  ar: ['سوف', 'سيتم', 'ست\\p{L}+', 'حتى'],
};
const FUTURE_CUE = new RegExp(`(?<!\\p{L})(?:${Object.values(FUTURE_CUES).flat().join('|')})(?!\\p{L})`, 'iu');
/**
 * How far before a date its cue may stand: the words of its clause ("will be reviewed at the commission's meeting
 * in"), up to a comma or a sentence's end, at most this many characters.
 */
const CUE_WINDOW_CHARS = 80;
const CLAUSE_BREAK = /[.;!?,،\n]/g;

/** The words of the date's clause before it. */
function clauseBefore(body: string, index: number): string {
  const window = body.slice(Math.max(0, index - CUE_WINDOW_CHARS), index);
  let start = 0;
  for (const m of window.matchAll(CLAUSE_BREAK)) start = m.index + 1;
  return window.slice(start);
}

const dayKey = (d: Pick<FoundDate, 'year' | 'month' | 'day'>) => (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);

/**
 * The latest date of the body with a year and a month (a day or not: "lapsed in November 2024") that is not
 * announced as future.
 */
function latestPastDate(ctx: MetaContext): FoundDate | null {
  let best: FoundDate | null = null;
  for (const d of [...findDates(ctx.body, ctx.language), ...findMonthYears(ctx.body, ctx.language)]) {
    if (d.year == null || d.month == null) continue;
    if (FUTURE_CUE.test(clauseBefore(ctx.body, d.index))) continue;
    if (!best || dayKey(d) > dayKey(best)) best = d;
  }
  return best;
}

/** The one year the page's copyright lines state, or null (none, or several). */
function copyrightYear(ctx: MetaContext): { year: number; line: string } | null {
  for (const line of removedLines(ctx, 'copyright')) {
    const years = new Set([...line.matchAll(YEAR)].map((m) => Number(m[0])));
    if (years.size === 1) return { year: [...years][0], line };
  }
  return null;
}

/**
 * A month and day completed with a year the page supports, or null. `updated`: the page's last update, which
 * the publication precedes (by less than a year).
 */
/** `guessed`: the year is the body's (its dates are events, which a report may tell years later), not the page's. */
export function completeYear(ctx: MetaContext, partial: FoundDate, source: string, updated?: FoundDate): (Field<string> & { guessed?: boolean }) | null {
  if (partial.month == null) return null;
  const at = (year: number, why: string): Field<string> => ({
    value: isoOf({ year, month: partial.month, day: partial.day }),
    evidence: `${source} ${quote(partial.text)} with the year ${why}`,
  });
  const url = URL_YEAR.exec(ctx.hints.url ?? '');
  if (url) return at(Number(url[1]), `in the URL ${quote(url[0])}`);
  if (updated?.year != null) {
    const later = dayKey({ year: updated.year, month: partial.month, day: partial.day ?? 1 }) > dayKey(updated);
    return at(updated.year - (later ? 1 : 0), `of the last update ${quote(updated.text)}${later ? ' (−1: it falls later in the year)' : ''}`);
  }
  const copyright = copyrightYear(ctx);
  if (copyright) return at(copyright.year, `of the copyright line ${quote(copyright.line)}`);
  const past = latestPastDate(ctx);
  if (!past) return null;
  const earlier = dayKey({ year: past.year, month: partial.month, day: partial.day ?? 1 }) < dayKey(past);
  const year = past.year! + (earlier ? 1 : 0);
  const why = `of the latest past date in the body ${quote(past.text)}${earlier ? ' (+1: it falls later in the year)' : ''}`;
  const agreeing = partial.day != null ? weekdayYear(ctx, year, partial.month, partial.day) : null;
  const field = agreeing != null && agreeing !== year ? at(agreeing, `${why}, moved to ${agreeing}: the lead's weekday falls on that day then`) : at(year, why);
  return { ...field, guessed: true };
}

/**
 * How far the lead's weekday may move the body's year: by one, the error the body's dates make (a deadline told in
 * the past tense taken for an event, a day later in the year than the latest mention). Further, a weekday that
 * disagrees proves nothing (a wrong weekday in the report), and the body's year stands.
 */
const MAX_WEEKDAY_SHIFT = 1;

/**
 * The year nearest `year` (within MAX_WEEKDAY_SHIFT) in which the day falls on the weekday the lead names ("este
 * lunes", "on Tuesday"); `year` itself when it agrees or no weekday is named; null when none agrees.
 */
function weekdayYear(ctx: MetaContext, year: number, month: number, day: number): number | null {
  const named = weekdayNamed(ctx.lead, ctx.language);
  if (named == null) return year;
  for (let shift = 0; shift <= MAX_WEEKDAY_SHIFT; shift++) for (const y of [year - shift, year + shift]) if (weekdayOf(y, month, day) === named) return y;
  return null;
}
