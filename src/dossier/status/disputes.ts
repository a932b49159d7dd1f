// Whether sources disagree about a fact and nothing settles it: a conflict one of whose values is the fact's
// value (stated by the fact's own claims) and that no rule resolved, or was resolved for another value.
import type { Conflict, ConflictSlot } from '../../types.ts';
import { compatibleDates } from '../dates.ts';

/** A fact as conflicts are matched to it: its value and the claims and documents that state it. */
export interface FactRef {
  value: string | null;
  claims: string[];
  docs: string[];
}

const squash = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Two values of one slot are the same: dates at the precision both give, other values letter for letter. */
export function sameValue(slot: ConflictSlot, a: string, b: string): boolean {
  return slot === 'date' ? compatibleDates(a, b) : squash(a) === squash(b);
}

/** The conflicts about this fact: one of their values is the fact's, given by its claims (or, for a value
 *  that cites no claim, by its documents). */
export function conflictsOn(fact: FactRef, slots: ConflictSlot[], conflicts: Conflict[]): Conflict[] {
  if (fact.value == null) return [];
  const claims = new Set(fact.claims);
  const docs = new Set(fact.docs);
  return conflicts.filter(
    (c) =>
      slots.includes(c.slot) &&
      c.values.some(
        (v) => sameValue(c.slot, v.value, fact.value!) && (v.claims.length ? v.claims.some((id) => claims.has(id)) : v.docs.some((d) => docs.has(d))),
      ),
  );
}

/** Why the fact is disputed, or null: an unresolved conflict on it, or one resolved for another value. */
export function disputeOf(fact: FactRef, slots: ConflictSlot[], conflicts: Conflict[]): string | null {
  for (const c of conflictsOn(fact, slots, conflicts)) {
    const values = c.values.map((v) => v.value).join(' vs ');
    if (!c.resolved) return `sources disagree on ${c.about} (${values}) and nothing settles it`;
    if (!sameValue(c.slot, c.resolved.value, fact.value!)) return `${c.about} is settled as ${c.resolved.value} (${c.resolved.basis}), not ${fact.value}`;
  }
  return null;
}

/** The claims of values a resolution rejected: they state another value than the settled one. */
export function rejectedClaims(slots: ConflictSlot[], conflicts: Conflict[]): Set<string> {
  const out = new Set<string>();
  for (const c of conflicts) {
    if (!c.resolved || !slots.includes(c.slot)) continue;
    for (const v of c.values) if (!sameValue(c.slot, v.value, c.resolved.value)) v.claims.forEach((id) => out.add(id));
  }
  return out;
}
