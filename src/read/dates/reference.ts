// The date a text's relative and year-less dates are resolved against (the publication date), and calendar helpers.
// All arithmetic is on calendar fields in UTC, so the host's time zone never shifts a day.

/** A calendar date; month/day are null when the publication date gives only a year or a month. */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

export type Unit = 'day' | 'week' | 'month' | 'year';

export function referenceOf(published: string | null): Reference | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** A day-precise reference (needed for "on Wednesday", "a day ago"). */
export const dayPrecise = (r: Reference | null): r is Reference & { month: number; day: number } => r?.month != null && r.day != null;

const pad = (n: number) => String(n).padStart(2, '0');

export function iso(year: number, month?: number | null, day?: number | null): string {
  return month == null ? String(year) : day == null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const utc = (r: Reference) => Date.UTC(r.year, (r.month ?? 7) - 1, r.day ?? 1);
const fields = (t: number) => {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** The year that puts a year-less month/day closest to the reference ("June 19" in a report of June 23 → that June). */
export function closestYear(month: number, day: number | null, ref: Reference): number {
  const target = utc(ref);
  let best = ref.year;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    if (Math.abs(Date.UTC(y, month - 1, day ?? 15) - target) < Math.abs(Date.UTC(best, month - 1, day ?? 15) - target)) best = y;
  }
  return best;
}

/**
 * The weekday meant by "on Wednesday" in news: the most recent such day on or before publication (a report
 * published on a Friday that says "on Friday" means that day); `strictlyBefore` for "last Wednesday".
 */
export function weekdayBefore(ref: Reference & { month: number; day: number }, weekday: number, strictlyBefore: boolean): Reference {
  const t = utc(ref);
  let back = (new Date(t).getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return fields(t - back * 86400000);
}

/** The reference moved by n units (negative: back); month and year keep only their precision's fields. */
export function shift(ref: Reference & { month: number; day: number }, unit: Unit, n: number): Reference {
  if (unit === 'day' || unit === 'week') return fields(utc(ref) + n * (unit === 'week' ? 7 : 1) * 86400000);
  const months = ref.year * 12 + ref.month - 1 + (unit === 'year' ? 12 * n : n);
  return unit === 'year' ? { year: Math.floor(months / 12), month: null, day: null } : { year: Math.floor(months / 12), month: (months % 12) + 1, day: null };
}

/** A JavaScript Date for chrono: local noon of the reference day, far from any midnight. */
export function toDate(ref: Reference): Date {
  return new Date(ref.year, (ref.month ?? 7) - 1, ref.day ?? 1, 12, 0, 0);
}
