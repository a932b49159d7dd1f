// What a text says an article does, as facts that can be compared across languages without translating: the
// date rules it states (the reading stage's `rules`: "enters into force on the sixtieth day after the exchange"),
// the term, renewal and notice it gives (the reading stage's `duration`), the other periods it sets ("at least
// ninety days before the works begin": quantityFacts), and how the clause's action is set off (./triggers.ts).
// Each fact keeps
// the words it was read from, so a misstatement can show both passages.
import type { Claim, ClaimRule } from '../../types.ts';
import type { Trigger } from './languages/index.ts';
import { type Quantity, quantitiesIn, quantityLabel } from './quantities.ts';
import { triggersIn } from './triggers.ts';

/** The prefix of the keys of quantities read loose (./quantities.ts), whatever they are of. */
export const QUANTITY = 'quantity:';

export interface Fact {
  /** What the value is of: facts compare only with facts of the same key ("term", "offset:entry-into-force:agreement"). */
  key: string;
  /** The value as compared and shown: "60 days", "15 years", "indefinite", "automatic". */
  value: string;
  /** Numbers compare only in the same unit: "6 months" is not compared with "180 days". */
  unit: string | null;
  claim: Claim;
  /** The words the fact was read from: offsets into the claim's text. */
  start: number;
  end: number;
}

/** How a trigger reads in a conflict's values. */
export const TRIGGER_LABELS: Record<Trigger, string> = {
  automatic: 'automatically',
  'on-request': "at a party's request",
  'mutual-agreement': 'by mutual agreement',
};

/** The events an entry into force may count from, as a reader tells them apart: the signature, or the steps
 *  of ratification (the exchange, the last notification, the deposit of the Nth instrument). */
const FROM: Partial<Record<ClaimRule['from'], string>> = {
  signature: 'signature',
  exchange: 'ratification',
  notification: 'ratification',
  threshold: 'ratification',
  'own-deposit': 'ratification',
};

/** A rule's offset as a value and its unit: "60 days" (day), "6 months" (month), "the first day of the 3rd month". */
function offsetOf(r: ClaimRule): { value: string; unit: string } | null {
  const { days, months, years, anchor } = r.offset;
  if (anchor === 'first-of-month') return { value: `the first day of month ${Math.abs(months)} after`, unit: 'first-of-month' };
  const parts = [
    [Math.abs(years), 'year'],
    [Math.abs(months), 'month'],
    [Math.abs(days), 'day'],
  ].filter(([n]) => n) as [number, 'year' | 'month' | 'day'][];
  if (!parts.length) return null;
  return { value: parts.map(([n, u]) => quantityLabel(n, u)).join(' '), unit: parts.length === 1 ? parts[0][1] : 'mixed' };
}

/** The facts a claim states. `language`: its document's. */
export function factsOf(claim: Claim, language: string | null): Fact[] {
  const out: Fact[] = [];
  const add = (key: string, value: string, unit: string | null, start = 0, end = claim.text.length) => {
    if (!out.some((f) => f.key === key && f.value === value)) out.push({ key, value, unit, claim, start, end });
  };
  const periods = quantitiesIn(claim.text, language);
  const periodAt = (value: number, unit: Quantity['unit'], from = 0) => periods.find((p) => p.value === value && p.unit === unit && p.start >= from);
  for (const r of claim.rules ?? []) {
    // A rule read over two periods ("three years after entry into force, and takes effect a year after
    // notice") may have taken either: it says nothing sure of its offset.
    if (periods.filter((p) => p.unit !== 'party' && p.start >= r.start && p.end <= r.end).length > 1) continue;
    const offset = offsetOf(r);
    if (r.what === 'notice') {
      if (offset) add('notice', offset.value, offset.unit, r.start, r.end);
      continue;
    }
    if (offset) add(`offset:${r.what}:${r.for}`, offset.value, offset.unit, r.start, r.end);
    if (r.threshold !== null) add(`threshold:${r.what}`, quantityLabel(r.threshold, 'party'), 'party', r.start, r.end);
    const from = FROM[r.from];
    if (r.what === 'entry-into-force' && r.for === 'agreement' && from) add('from:entry-into-force', from, null, r.start, r.end);
  }
  const d = claim.duration;
  if (d?.kind === 'indefinite' && !d.years) add('term', 'indefinite', 'year');
  if (d?.years) {
    const p = periodAt(d.years, 'year');
    add('term', quantityLabel(d.years, 'year'), 'year', p?.start, p?.end);
  }
  if (d?.renewal_years) {
    const p = periodAt(d.renewal_years, 'year');
    add('renewal', quantityLabel(d.renewal_years, 'year'), 'year', p?.start, p?.end);
  }
  if (d?.notice) {
    const at = claim.text.indexOf(d.notice);
    const p = quantitiesIn(d.notice, language)[0];
    if (p) add('notice', quantityLabel(p.value, p.unit), p.unit, at >= 0 ? at + p.start : 0, at >= 0 ? at + p.end : claim.text.length);
  }
  for (const t of triggersIn(claim.text, language)) add('trigger', TRIGGER_LABELS[t.trigger], null, t.start, t.end);
  return out;
}

/** Every quantity a text writes, as facts of key `quantity:UNIT` (what an official article sets, whatever it
 *  sets it for: a report's quantity is compared with all of them). */
export function quantityFacts(claim: Claim, language: string | null): Fact[] {
  return quantitiesIn(claim.text, language).map((q) => ({
    key: `${QUANTITY}${q.unit}`,
    value: quantityLabel(q.value, q.unit),
    unit: q.unit,
    claim,
    start: q.start,
    end: q.end,
  }));
}
