// Dates the reading stage may leave unresolved but a lifecycle event needs: a weekday or "today" in a dated
// report, and offsets between events ("a week after the parliament approved", "thirty days after …",
// "a day ago").
import type { DateMention } from '../../types.ts';
import { numberValue } from './numbers.ts';
import { matchesOf } from './regex.ts';
import type { Guards } from './types.ts';

/** Compiled weekday and "today" regexes of each language's guards (compiled once, used for every claim). */
const DAY_WORDS = new WeakMap<Guards, { today: RegExp; weekdays: RegExp[] }>();

function dayWords(guards: Guards): { today: RegExp; weekdays: RegExp[] } {
  let words = DAY_WORDS.get(guards);
  if (!words) {
    words = { today: new RegExp(guards.today.source, 'giu'), weekdays: guards.weekdays.map((stem) => new RegExp(`(?<![\\p{L}])${stem}\\p{L}*`, 'giu')) };
    DAY_WORDS.set(guards, words);
  }
  return words;
}

/** "Today" and weekday words in a text, in the order they resolve: today's first, then Monday's … Sunday's. */
export interface DayWord {
  text: string;
  start: number;
  end: number;
  /** 1 = Monday … 7 = Sunday; null for "today". */
  weekday: number | null;
}

export function findDayWords(text: string, guards: Guards): DayWord[] {
  const words = dayWords(guards);
  const out: DayWord[] = matchesOf(words.today, text).map((m) => ({ text: m.text, start: m.start, end: m.end, weekday: null }));
  words.weekdays.forEach((re, i) => {
    for (const m of matchesOf(re, text)) out.push({ text: m.text, start: m.start, end: m.end, weekday: i + 1 });
  });
  return out;
}

/** Day words the claim's own dates do not cover, resolved against the publication date: a report tells of
 *  the past, so "on Friday" is the last Friday on or before the day it was published. */
export function publicationRelativeDates(words: DayWord[], published: string | null, known: DateMention[]): DateMention[] {
  if (!published || !/^\d{4}-\d\d-\d\d$/.test(published)) return [];
  const out: DateMention[] = [];
  const pubDay = new Date(`${published}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  for (const w of words) {
    if (known.some((d) => d.start < w.end && w.start < d.end)) continue;
    const value = w.weekday === null ? published : addDays(published, -((pubDay - (w.weekday % 7) + 7) % 7));
    out.push({ text: w.text, start: w.start, end: w.end, value, relative: true });
  }
  return out;
}

export interface Offset {
  start: number;
  end: number;
  days: number;
  months: number;
  /** after/before: between two events ("A, a week after B"); later/earlier: from the event told before;
   *  ago: from the publication date. */
  relation: 'after' | 'before' | 'later' | 'earlier' | 'ago';
}

const UNIT: [RegExp, 'day' | 'week' | 'month'][] = [
  [/^(?:day|дн|день|tag|jour|día)/iu, 'day'],
  [/^(?:week|недел|woche|semaine|semana)/iu, 'week'],
  [/^(?:month|месяц|monat|mois|mes)/iu, 'month'],
];
const RELATION: [RegExp, Offset['relation']][] = [
  [/^(?:after|nach|après|после|después)$/iu, 'after'],
  [/^(?:before|vor|avant|до|antes)$/iu, 'before'],
  [/^(?:later|später|danach|спустя|позже|plus\s+tard|más\s+tarde)$/iu, 'later'],
  [/^(?:earlier|zuvor|vorher|davor|раньше|plus\s+tôt)$/iu, 'earlier'],
  [/^(?:ago|назад)$/iu, 'ago'],
];

/** Offset phrases of a claim ("a week after", "eine Woche zuvor", "thirty days after", "a day ago", "the same
 *  day"). */
export function findOffsets(text: string, guards: Guards): Offset[] {
  const out: Offset[] = [];
  for (const m of matchesOf(guards.sameDay, text)) out.push({ start: m.start, end: m.end, days: 0, months: 0, relation: 'later' });
  for (const m of matchesOf(guards.nextDay, text)) out.push({ start: m.start, end: m.end, days: 1, months: 0, relation: 'later' });
  for (const m of matchesOf(guards.dayBefore, text)) out.push({ start: m.start, end: m.end, days: 1, months: 0, relation: 'earlier' });
  for (const m of matchesOf(guards.offset, text)) {
    // A language may phrase an offset in several orders: the number, unit and direction are its groups that took part.
    const [num, unitWord, relWord] = m.groups.filter((g) => g !== undefined);
    const n = numberValue(num ?? '');
    const unit = UNIT.find(([re]) => re.test(unitWord ?? ''))?.[1];
    const relation = RELATION.find(([re]) => re.test((relWord ?? '').trim()))?.[1];
    if (n == null || !unit || !relation) continue;
    out.push({ start: m.start, end: m.end, days: unit === 'day' ? n : unit === 'week' ? 7 * n : 0, months: unit === 'month' ? n : 0, relation });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Shifts a full ISO date by days and months (sign +1 or −1); null for a partial date. */
export function shift(iso: string | null, offset: Pick<Offset, 'days' | 'months'>, sign: 1 | -1): string | null {
  if (!iso || !/^\d{4}-\d\d-\d\d$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + sign * offset.months);
  d.setUTCDate(d.getUTCDate() + sign * offset.days);
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return shift(iso, { days: Math.abs(days), months: 0 }, days < 0 ? -1 : 1) ?? iso;
}
