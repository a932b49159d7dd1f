// The year of a publication day a report gives without one ("UNITED NATIONS, Sept 24 (Wire) -", "القاهرة في 10
// أبريل") when its page has none either: a wire's copy tells the day's news, so the day is the date, or a few days
// after the date, of an event the pile's other reports give with its year ("signed on 24 September 1996"). When
// the lead names a weekday ("on Tuesday"), the event is the one that fell on it. One year only: two candidates
// that nothing separates give null, never a guess.
import { isoOf, weekdayOf } from '../text/index.ts';
import type { YearlessDay } from '../types.ts';
import { quote } from './context.ts';

/** A full date some report of the pile gives, and where. */
export interface PileDate {
  /** `YYYY-MM-DD` */
  value: string;
  /** Who gives it, for the evidence (a file name). */
  source: string;
  /** The report that gives it: a report's own dates never complete its own day. */
  owner: unknown;
}

/** The pile's full dates by month and day ("09-24"). */
export type PileDays = Map<string, PileDate[]>;

/** How many days before the publication an event it reports may have happened ("on Tuesday" in Thursday's copy). */
const MAX_DAYS_BEFORE = 6;
const DAY_MS = 86_400_000;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A leap year, to step back from a month and day without a year. */
const ANY_LEAP_YEAR = 2000;

/** The month-and-day keys a yearless day looks its year up under: the day itself, then the days before it. */
export function dayKeys(day: Pick<YearlessDay, 'month' | 'day'>): string[] {
  const keys: string[] = [];
  for (let back = 0; back <= MAX_DAYS_BEFORE; back++)
    keys.push(new Date(Date.UTC(ANY_LEAP_YEAR, day.month - 1, day.day) - back * DAY_MS).toISOString().slice(5, 10));
  return keys;
}

export function pileDays(dates: Iterable<PileDate>): PileDays {
  const days: PileDays = new Map();
  for (const d of dates) {
    if (!FULL_DATE.test(d.value)) continue;
    const key = d.value.slice(5);
    const list = days.get(key);
    if (list) list.push(d);
    else days.set(key, [d]);
  }
  return days;
}

export interface PileYear {
  value: string;
  evidence: string;
}

/** The publication date of `owner` completed with the one year the pile's other dates support, or null. */
export function yearFromPile(day: YearlessDay, days: PileDays, owner: unknown): PileYear | null {
  const exact = new Map<number, PileDate>();
  const near = new Map<number, PileDate>();
  for (const [back, key] of dayKeys(day).entries()) {
    for (const d of days.get(key) ?? []) {
      if (d.owner === owner) continue;
      const [year, month, date] = d.value.split('-').map(Number);
      if (day.weekday != null && weekdayOf(year, month, date) !== day.weekday) continue;
      // The publication in the event's year, or in the next when the event falls in the last days of December.
      const y = back > 0 && month > day.month ? year + 1 : year;
      (back === 0 ? exact : near).set(y, (back === 0 ? exact : near).get(y) ?? d);
    }
  }
  const pick = exact.size ? exact : near;
  if (pick.size !== 1) return null;
  const [[year, d]] = pick;
  const value = isoOf({ year, month: day.month, day: day.day });
  if (!value) return null;
  const weekday = day.weekday != null ? ', on the weekday the lead names' : '';
  return {
    value,
    evidence: `${quote(day.text)} has no year; the pile gives ${d.value} (${d.source})${weekday}${exact.size ? '' : ', days before'}`,
  };
}
