// Publication date, strongest evidence first: the page's metadata → a date in the URL path → a date line, byline
// date, standalone dateline or masthead-and-date line the clean stage removed from the header → the lead's
// dateline. Dates in the body are events, never the publication date. A date without a year ("PARIS, May 2.")
// takes one from the page (year-of.ts); no year anywhere: null.
import { barDate, type FoundDate, findDates, isoOf, parseMastheadDate, weekdayNamed } from '../text/index.ts';
import type { YearlessDay } from '../types.ts';
import { type Field, type MetaContext, quote, removedLines } from './context.ts';
import { seriesMasthead } from './series-masthead.ts';
import { completeYear } from './year-of.ts';

/** "2031-07-31T09:15:00+02:00", "2031-07-31", "2031-07": the date as the page wrote it (no time-zone shift). */
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
/** "/2024/06/20/", "/2024-06-20-" in a URL path. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/;
/** "…-20240611.html", "/20240611/": eight digits alone in a slug, a valid month and day. */
const URL_COMPACT_DATE = /[/\-_]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/\-_.?#]|$)/;
/**
 * Words that make the date after them the last update, not the publication ("Updated: 6 March 2025", "mis à jour
 * le", "Обновлено"), per language.
 */
const UPDATE_WORDS: Record<string, string[]> = {
  en: ['updated', 'last updated', 'last modified', 'modified', 'revised'],
  de: ['aktualisiert', 'zuletzt aktualisiert', 'geändert'],
  fr: ['mis à jour', 'mise à jour', 'actualisé', 'modifié'],
  es: ['actualizado', 'actualización', 'modificado'],
  ru: ['обновлено', 'обновлен', 'изменено'],
  ar: ['آخر تحديث', 'تحديث', 'محدث'],
};
const UPDATE_CUE = new RegExp(`(?<!\\p{L})(?:${Object.values(UPDATE_WORDS).flat().join('|')})(?!\\p{L})[^\\p{L}\\d]*(?:(?:on|am|le|el|at|в)\\s+)?$`, 'iu');
/** How far before a date its update word may stand. */
const UPDATE_WINDOW_CHARS = 30;

/**
 * "04/03/2025": 4 March to most of the world, 3 April in the United States. Outside English the day comes first;
 * in English, a slashed date whose day and month could swap is left out (null rather than a wrong date).
 */
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)?\d{2})(?!\d)/;
function slashedDate(text: string, language: string | null): { ambiguous: boolean; iso: string | null } | null {
  const m = SLASHED.exec(text.trim());
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  if (a > 12 || b > 12 || a === b) return null; // unambiguous: the parsers read it right
  if (!language || language === 'en') return { ambiguous: true, iso: null };
  return { ambiguous: false, iso: isoOf({ year, month: b, day: a }) };
}

function fromIsoLike(s: string, language: string | null): string | null {
  const m = ISO_PREFIX.exec(s.trim());
  if (m) return isoOf({ year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null });
  const slashed = slashedDate(s, language);
  if (slashed) return slashed.iso;
  const d = findDates(s, language)[0];
  return d ? isoOf(d) : null;
}

/** A date written right after an update word: the page's last change, not its publication. */
function isUpdate(line: string, d: FoundDate): boolean {
  return UPDATE_CUE.test(line.slice(Math.max(0, d.index - UPDATE_WINDOW_CHARS), d.index));
}

/** A bar may stand right under the headline too: "Северный наблюдатель | 14 апреля 2024 | Политика". */
const BAR_LINES_UNDER_TITLE = 1;

/** A header bar's own date, above the headline or right under it: "Weekly Sea Notes | No. 14 | 20 March 2025". */
function headerBarDate(ctx: MetaContext): { date: FoundDate; line: string } | null {
  const titleAt = ctx.headline ? ctx.header.indexOf(ctx.headline) : ctx.header.length;
  const lastAt = titleAt + BAR_LINES_UNDER_TITLE;
  for (const line of removedLines(ctx, 'navigation', 'label', 'masthead')) {
    const at = ctx.header.indexOf(line);
    const date = at >= 0 && at <= lastAt ? barDate(line, ctx.language) : null;
    if (date) return { date, line };
  }
  // A bar the clean stage kept, above the headline or taken for it: "A weekly newsletter on X · Issue 112 · March 2, 2022".
  for (const line of ctx.header.slice(0, lastAt + 1)) {
    const date = barDate(line, ctx.language);
    if (date) return { date, line };
  }
  return null;
}

/** The publication date; `day` when the page gives one without a year that nothing on the page completes but
 *  the body's dates (a guess the pile may correct). */
export function findPublished(ctx: MetaContext): Field<string> & { day?: YearlessDay } {
  if (ctx.hints.published) {
    const v = fromIsoLike(ctx.hints.published, ctx.language);
    if (v) return { value: v, evidence: `page metadata date ${quote(ctx.hints.published)}` };
  }
  const url = URL_DATE.exec(ctx.hints.url ?? '') ?? URL_COMPACT_DATE.exec(ctx.hints.url ?? '');
  if (url) return { value: isoOf({ year: Number(url[1]), month: Number(url[2]), day: Number(url[3]) }), evidence: `date in the URL ${quote(url[0])}` };

  let partial: { date: FoundDate; source: string } | null = null;
  let updated: { date: FoundDate; line: string } | null = null;
  for (const line of removedLines(ctx, 'date', 'byline', 'dateline', 'trailer')) {
    for (const d of findDates(line, ctx.language)) {
      if (slashedDate(d.text, ctx.language)?.ambiguous) continue;
      if (isUpdate(line, d)) {
        if (d.year != null && d.month != null) updated ??= { date: d, line };
        continue;
      }
      if (d.year != null && d.month != null) return { value: isoOf(d), evidence: `date line ${quote(line)}` };
      if (d.month != null && d.day != null) partial ??= { date: d, source: `date line ${quote(line)}:` };
    }
  }
  // "Камский обозреватель, 3 мая 2025": a masthead line with its date, which the clean stage took for a label.
  for (const line of removedLines(ctx, 'label')) {
    const named = ctx.header.includes(line) ? parseMastheadDate(line, ctx.language) : null;
    if (named) return { value: isoOf(named.date), evidence: `masthead line with a date ${quote(line)}` };
  }
  const bar = headerBarDate(ctx);
  if (bar) return { value: isoOf(bar.date), evidence: `date in the header bar ${quote(bar.line)}` };
  // "Institute X · Working Paper 7/2024 · 14 February 2024", above or under the title: the paper's own date.
  const series = seriesMasthead(ctx);
  if (series?.date) return { value: isoOf(series.date), evidence: `research paper's masthead ${quote(series.line)}` };
  const dl = ctx.dateline?.date;
  if (dl && dl.year != null) return { value: isoOf(dl), evidence: `dateline ${quote(ctx.dateline!.text)}` };
  if (dl && dl.month != null) partial ??= { date: dl, source: `dateline ${quote(ctx.dateline!.text)}:` };
  if (partial) {
    const { month, day } = partial.date;
    // A day the pile may give the year of (pipeline/pile-year.ts): the page gives none, or only the body's guess.
    const yearless = month != null && day != null ? { day: { month, day, weekday: weekdayNamed(ctx.lead, ctx.language), text: partial.date.text } } : {};
    const inferred = completeYear(ctx, partial.date, partial.source, updated?.date);
    if (inferred) return inferred.guessed ? { value: inferred.value, evidence: inferred.evidence, ...yearless } : inferred;
    return { value: null, evidence: `${partial.source} ${quote(partial.date.text)} has no year and the page gives none`, ...yearless };
  }
  if (updated) return { value: isoOf(updated.date), evidence: `the page's last update ${quote(updated.line)} (no other date)` };
  return { value: null, evidence: 'no date metadata, date line or dateline (dates in the body are events)' };
}
