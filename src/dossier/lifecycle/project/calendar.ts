// Calendar arithmetic for the agreement's rules, on ISO days in UTC: days after, months and years after (a day the
// shorter month lacks becomes its last day: 31 January + one month = 28 or 29 February), and the first day of the
// Nth month following. Only a day known exactly gives a day.
import type { RuleOffset } from '../../../types.ts';

const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;

const daysIn = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The day `offset` after `date` (before it for negative parts); null unless `date` is a whole day. */
export function applyOffset(date: string, offset: RuleOffset): string | null {
  const m = DAY.exec(date);
  if (!m) return null;
  const [year, month0, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const months = month0 + offset.months + 12 * offset.years;
  const y = year + Math.floor(months / 12);
  const mo = ((months % 12) + 12) % 12;
  if (offset.anchor === 'first-of-month') return iso(new Date(Date.UTC(y, mo, 1)));
  const d = new Date(Date.UTC(y, mo, Math.min(day, daysIn(y, mo))));
  d.setUTCDate(d.getUTCDate() + offset.days);
  return iso(d);
}

/** The offset in words, for the rule's basis ("30 days after", "the first day of the 2nd month after"). */
export function offsetWords(offset: RuleOffset): string {
  if (offset.anchor === 'first-of-month') return `the first day of the ${offset.months === 1 ? 'next' : `${ordinal(offset.months)}`} month after`;
  const parts = (
    [
      [offset.years, 'year'],
      [offset.months, 'month'],
      [offset.days, 'day'],
    ] as [number, string][]
  )
    .filter(([n]) => n)
    .map(([n, unit]) => `${Math.abs(n)} ${unit}${Math.abs(n) === 1 ? '' : 's'}`);
  if (!parts.length) return 'on the day of';
  const negative = offset.years < 0 || offset.months < 0 || offset.days < 0;
  return `${parts.join(' ')} ${negative ? 'before' : 'after'}`;
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
