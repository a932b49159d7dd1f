// Dates as values: ISO dates written at different precisions ("2024", "2024-11", "2024-11-11"). A less precise
// date agrees with every more precise one it contains, so it takes a side only when it contains one of them:
// "2024-11" against "2024-11-11" and "2024-11-12" supports neither.

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/** The ISO date a value starts with ("2024-11-11T10:00" → "2024-11-11"), or null. */
export function isoDate(value: string): string | null {
  return ISO_DATE.exec(value.trim())?.[0] ?? null;
}

/** Same date at the precision both give; a missing date agrees with any. */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** For each value, the most precise date given that it supports, or null when it supports none or several. */
export function dateValues(values: string[]): (string | null)[] {
  const dates = values.map(isoDate);
  // Sorted, a date is followed by those that make it more precise: the precise ones are followed by none.
  const given = [...new Set(dates.filter((d): d is string => !!d))].sort();
  const precise = given.filter((d, i) => !given[i + 1]?.startsWith(d));
  const supported = new Map<string, string | null>();
  for (const d of given) {
    const within = precise.filter((p) => p.startsWith(d));
    supported.set(d, within.length === 1 ? within[0] : null);
  }
  return dates.map((d) => (d ? supported.get(d)! : null));
}
