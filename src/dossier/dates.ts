// Dates as the dossier stage compares them: ISO values written at different precisions ("2020", "2020-05",
// "2020-05-03") by different sources.

/** Same date at the precision both give ("2020-05" and "2020-05-03" agree); a missing date agrees with any. */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}
