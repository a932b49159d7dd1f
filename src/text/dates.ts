// Date expressions in a line or a body, through chrono-node's per-language strict parsers.
// Shared by the clean stage's date-line detectors and the meta stage's publication date.
import * as chrono from 'chrono-node';
import { arabic } from './dates-ar.ts';

/** A date expression and the parts of it the text states (null when chrono had to assume them). */
export interface FoundDate {
  text: string;
  index: number;
  year: number | null;
  month: number | null;
  day: number | null;
}

// Strict parsers only: casual ones read "now", "today", "may" as dates, which a stamp line does not need.
const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.strict,
  ru: chrono.ru.strict,
  uk: chrono.uk.strict,
  de: chrono.de.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  it: chrono.it.strict,
  pt: chrono.pt.strict,
  nl: chrono.nl.strict,
  ar: arabic,
};
/** Which parsers to try for a text of unknown language, by script. English first: it is the commonest. */
const LATIN = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'];
const CYRILLIC = ['ru', 'uk'];
const ARABIC = ['ar', 'en'];

/** chrono's tag on results computed from the reference date ("30 days after", "3 hours ago"). */
const RELATIVE_TAG = 'result/relativeDate';
/** A fixed reference keeps results deterministic; only the parts the text states are used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** The languages whose parsers can read a text of unknown language: those of its script, English first. */
export function languagesFor(text: string): string[] {
  if (/\p{Script=Arabic}/u.test(text)) return ARABIC;
  return /\p{Script=Cyrillic}/u.test(text) ? [...CYRILLIC, 'en'] : LATIN;
}

/**
 * Date and time expressions in `text`, in text order, without overlaps. With a known `language` only its parser
 * (and English, for English dates quoted in other languages) runs; otherwise the parsers of the text's script.
 */
export function findDates(text: string, language?: string | null): FoundDate[] {
  const langs = language && PARSERS[language] ? [...new Set([language, 'en'])] : languagesFor(text);
  const found: FoundDate[] = [];
  for (const lang of langs) {
    for (const r of PARSERS[lang].parse(text, REFERENCE)) {
      const lead = r.text.length - r.text.trimStart().length;
      // chrono counts "ten days after", "in 3 days", "2 hours ago" from the reference date and calls the result
      // certain: such an expression states no calendar part of its own.
      const relative = r.tags().has(RELATIVE_TAG);
      const stated = (part: 'year' | 'month' | 'day') => (!relative && r.start.isCertain(part) ? r.start.get(part) : null);
      const d: FoundDate = { text: r.text.trim(), index: r.index + lead, year: stated('year'), month: stated('month'), day: stated('day') };
      dayFirstWhenDotted(d);
      found.push(d);
    }
  }
  // Where two parsers read overlapping text, the one that read more wins ("23. November 2023, 06:15 Uhr" over
  // English's "06:15"); on a tie, the language tried first.
  const kept: FoundDate[] = [];
  for (const d of found.map((d, order) => ({ d, order })).sort((a, b) => b.d.text.length - a.d.text.length || a.order - b.order)) {
    if (!kept.some((f) => d.d.index < f.index + f.text.length && f.index < d.d.index + d.d.text.length)) kept.push(d.d);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** A word and a four-digit year, perhaps joined by "de"/"del"/"of": a month named with its year, once checked. */
const MONTH_YEAR_SHAPE = /(?<!\p{L})(\p{L}+)\s+(?:(?:de|del|of)\s+)?((?:19|20)\d{2})(?!\d)/gu;

/**
 * Months named with their year and no day ("in November 2024", "в ноябре 2024 года", "en enero de 2025"), which
 * the strict parsers of some languages leave unread. Each candidate is read by the language's own parser with a
 * day put before it ("1 ноябре 2024"): the month is one of chrono's names, in any of its inflected forms.
 */
export function findMonthYears(text: string, language?: string | null): FoundDate[] {
  const langs = language && PARSERS[language] ? [...new Set([language, 'en'])] : languagesFor(text);
  const found: FoundDate[] = [];
  for (const m of text.matchAll(MONTH_YEAR_SHAPE)) {
    for (const lang of langs) {
      const probe = `1 ${m[0]}`;
      const r = PARSERS[lang].parse(probe, REFERENCE)[0];
      if (!r || r.text !== probe || !r.start.isCertain('month') || !r.start.isCertain('year')) continue;
      found.push({ text: m[0], index: m.index, year: r.start.get('year'), month: r.start.get('month'), day: null });
      break;
    }
  }
  return found;
}

/** "11.06.2031" is 11 June wherever dots separate the numbers; chrono's English parser reads it month-first. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})/;
function dayFirstWhenDotted(d: FoundDate): void {
  const m = DOTTED.exec(d.text);
  if (m && Number(m[1]) <= 31 && Number(m[2]) <= 12) {
    d.day = Number(m[1]);
    d.month = Number(m[2]);
  }
}

/** ISO form of what the date states: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null without a year. */
export function isoOf(d: Pick<FoundDate, 'year' | 'month' | 'day'>): string | null {
  if (d.year == null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.month == null) return String(d.year);
  return d.day == null ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}
