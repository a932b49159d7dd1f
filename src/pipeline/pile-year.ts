// Before the dossier: a report whose publication day has no year (meta's `published_day`), or only one guessed from
// its body's dates, takes it from the dates the pile's other reports give (meta/pile-year.ts), and its claims are
// read again against that date, so that its "on Tuesday" gets its day. Pure; the reports that need nothing are
// passed through as they are.
import { dayKeys, type PileDate, type PileDays, pileDays, yearFromPile } from '../meta/index.ts';
import { type Prepared, readClaims } from './prepare.ts';

/** The completed report made last time, per report and year: a server assembles the pile after every new one. */
const MADE = new WeakMap<Prepared, { value: string; made: Prepared }>();

/** Each report's full dates by month and day, read once: a server assembles the pile after every new report,
 *  and only the days around its yearless ones are looked up. */
const DAYS = new WeakMap<Prepared, PileDays>();
function daysOf(item: Prepared): PileDays {
  let days = DAYS.get(item);
  if (!days) DAYS.set(item, (days = pileDays(datesOf(item))));
  return days;
}

function* datesOf(item: Prepared): Generator<PileDate> {
  for (const claim of item.claims) for (const d of claim.dates ?? []) yield { value: d.value, source: item.doc.file, owner: item };
}

/** The pile's dates on the days its yearless reports look up. */
function pileDaysAround(items: Prepared[]): PileDays {
  const keys = new Set(items.flatMap((item) => (item.doc.published_day ? dayKeys(item.doc.published_day) : [])));
  const days: PileDays = new Map();
  for (const item of items) {
    for (const [key, dates] of daysOf(item)) {
      if (!keys.has(key)) continue;
      const list = days.get(key);
      if (list) list.push(...dates);
      else days.set(key, [...dates]);
    }
  }
  return days;
}

export function completePublished(items: Prepared[]): Prepared[] {
  if (!items.some((item) => item.doc.published_day)) return items;
  const days = pileDaysAround(items);
  return items.map((item) => {
    const day = item.doc.published_day;
    if (!day) return item;
    const year = yearFromPile(day, days, item);
    if (!year || year.value === item.doc.published) return item;
    const last = MADE.get(item);
    if (last?.value === year.value) return last.made;
    const guess = item.doc.published ? ` (not the body's guess ${item.doc.published})` : '';
    const doc = { ...item.doc, published: year.value, evidence: { ...item.doc.evidence, published: `${year.evidence}${guess}` } };
    const claims = readClaims(doc);
    const made = { ...item, doc, claims };
    MADE.set(item, { value: year.value, made });
    return made;
  });
}
