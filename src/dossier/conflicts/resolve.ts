// How a conflict is settled: the official text when it states one of the values; else the value most
// independent sources give (near duplicates count once), when one has more than any other; else unresolved.
// The documents that gave another value misstated it (the official text never does).
import type { Conflict, ConflictSlot, ConflictValue } from '../../types.ts';

export interface ResolveContext {
  officialDocs: Set<string>;
  sourceOf: (doc: string) => string;
}

export function settle(slot: ConflictSlot, about: string, values: ConflictValue[], ctx: ResolveContext): Conflict {
  const official = values.filter((v) => v.docs.some((d) => ctx.officialDocs.has(d)));
  let resolved: Conflict['resolved'] = null;
  if (official.length === 1) resolved = { value: official[0].value, basis: 'official text' };
  else {
    const ranked = values.map((v) => ({ v, n: new Set(v.docs.map(ctx.sourceOf)).size })).sort((a, b) => b.n - a.n);
    if (ranked.length > 1 && ranked[0].n > ranked[1].n) {
      resolved = { value: ranked[0].v.value, basis: `majority of independent sources (${ranked[0].n} vs ${ranked.slice(1).map((r) => r.n).join(' vs ')})` };
    }
  }
  const misstated = resolved ? [...new Set(values.filter((v) => v.value !== resolved!.value).flatMap((v) => v.docs))].filter((d) => !ctx.officialDocs.has(d)) : [];
  return { slot, about, values, resolved, ...(misstated.length ? { misstated_by: misstated } : {}) };
}

/** What a document states for the thing: one value, or several that differ (it abstains). */
const SEVERAL = Symbol('several values');

/** Values two or more of which disagree; a document giving several values for the same thing abstains. */
export function distinctValues(statements: { value: string; doc: string; claim: string | null }[], same?: (a: string, b: string) => boolean): ConflictValue[] {
  const alike = same ?? ((a: string, b: string) => a === b);
  // Each document's first value, until it gives one unlike it and abstains: a document abstains on a value
  // unlike all it gave before, and until then all it gave are alike its first.
  const stated = new Map<string, string | typeof SEVERAL>();
  for (const s of statements) {
    const first = stated.get(s.doc);
    if (first === undefined) stated.set(s.doc, s.value);
    else if (first !== SEVERAL && !alike(first, s.value)) stated.set(s.doc, SEVERAL);
  }
  const values: ConflictValue[] = [];
  // The claims each value lists already; the value each written value went to: the first value it is the
  // same as (later values come after it, so it stays the first), or the one it started (when it is the same
  // as itself); the value each document was first listed under, and (rarely: values alike but written
  // differently can go to two values) the others.
  const claimsListed: Set<string>[] = [];
  const indexOf = new Map<string, number>();
  const listedUnder = new Map<string, number>();
  const alsoUnder = new Set<string>();
  for (const s of statements) {
    if (stated.get(s.doc) === SEVERAL) continue;
    let i = indexOf.get(s.value);
    if (i === undefined) {
      i = same ? values.findIndex((x) => same(x.value, s.value)) : -1;
      if (i >= 0 || alike(s.value, s.value)) indexOf.set(s.value, i >= 0 ? i : values.length);
      if (i < 0) {
        i = values.push({ value: s.value, docs: [], claims: [] }) - 1;
        claimsListed.push(new Set());
      }
    }
    const under = listedUnder.get(s.doc);
    if (under === undefined) {
      listedUnder.set(s.doc, i);
      values[i].docs.push(s.doc);
    } else if (under !== i && !alsoUnder.has(`${i} ${s.doc}`)) {
      alsoUnder.add(`${i} ${s.doc}`);
      values[i].docs.push(s.doc);
    }
    if (s.claim && !claimsListed[i].has(s.claim)) {
      claimsListed[i].add(s.claim);
      values[i].claims.push(s.claim);
    }
  }
  return values;
}
