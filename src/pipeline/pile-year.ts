// Before the dossier: a report whose publication day has no year (meta's `published_day`), or only one guessed from
// its body's dates, takes it from the dates the pile's other reports give (meta/pile-year.ts), and its claims are
// read again against that date, so that its "on Tuesday" gets its day. Pure; the reports that need nothing are
// passed through as they are.
import { type PileDate, pileDays, yearFromPile } from '../meta/index.ts';
import { type Prepared, readClaims } from './prepare.ts';

/** The completed report made last time, per report and year: a server assembles the pile after every new one. */
const MADE = new WeakMap<Prepared, { value: string; made: Prepared }>();

function* datesOf(items: Prepared[]): Generator<PileDate> {
  for (const item of items) for (const claim of item.claims) for (const d of claim.dates ?? []) yield { value: d.value, source: item.doc.file, owner: item };
}

export function completePublished(items: Prepared[]): Prepared[] {
  if (!items.some((item) => item.doc.published_day)) return items;
  const days = pileDays(datesOf(items));
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
