// A day and month without a year ("on May 28", "le 28 mai", "am 28. Mai") that the reading stage put in the
// publication's year: in a report telling of an earlier year, the year of the story. Beside a full date of the
// same claim, the year nearest it ("exchanged on 3 June 1999, days after the vote of May 28"); told with a
// weekday that fits only the year of the document's last dated event ("on Friday, May 27" in an anniversary
// piece), that year.
import type { DateMention } from '../../types.ts';
import { nearestYear } from './dating.ts';

const FULL_YEAR = /\d{4}/;
const DAY_NUMBER = /\d/;
/** How far before a date its weekday may be named ("Friday, May 27", "vendredi 27 mai"). */
const WEEKDAY_REACH = 15;

export function inStoryYear(dates: DateMention[], text: string, previous: string | null, weekdays: string[]): DateMention[] {
  // A full date to the day: a year alone is as often another instrument's ("the 1995 agreement").
  const full = dates.filter((d) => !d.relative && FULL_YEAR.test(d.text) && d.value.length === 10);
  return dates.map((d) => {
    const yearless = d.value.startsWith('--') || (d.relative && d.value.length === 10 && !FULL_YEAR.test(d.text));
    if (!yearless || !DAY_NUMBER.test(d.text)) return d;
    const day = d.value.startsWith('--') ? `2000${d.value.slice(1)}` : d.value;
    const near = nearest(full, d);
    if (near) return { ...d, value: nearestYear(day, near.value), relative: false };
    if (previous?.length !== 10 || previous.slice(0, 4) === day.slice(0, 4)) return d;
    const named = weekdayNamed(text.slice(Math.max(0, d.start - WEEKDAY_REACH), d.end).toLowerCase(), weekdays);
    const moved = nearestYear(day, previous);
    return named !== null && weekdayOf(moved) === named && weekdayOf(day) !== named ? { ...d, value: moved, relative: false } : d;
  });
}

function nearest(full: DateMention[], d: DateMention): DateMention | null {
  let best: DateMention | null = null;
  for (const f of full) if (!best || Math.abs(f.start - d.start) < Math.abs(best.start - d.start)) best = f;
  return best;
}

/** The weekday (Monday 0) a text names, from the language's stems; null when none or several. */
function weekdayNamed(text: string, weekdays: string[]): number | null {
  const found = weekdays.flatMap((w, i) => (text.includes(w) ? [i] : []));
  return found.length === 1 ? found[0] : null;
}

const weekdayOf = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
