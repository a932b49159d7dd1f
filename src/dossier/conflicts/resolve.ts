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

/** Values two or more of which disagree; a document giving several values for the same thing abstains. */
export function distinctValues(statements: { value: string; doc: string; claim: string | null }[], same?: (a: string, b: string) => boolean): ConflictValue[] {
  const alike = same ?? ((a: string, b: string) => a === b);
  const perDoc = new Map<string, string[]>();
  for (const s of statements) {
    const list = perDoc.get(s.doc);
    if (!list) perDoc.set(s.doc, [s.value]);
    else if (!list.some((v) => alike(v, s.value))) list.push(s.value);
  }
  const values: ConflictValue[] = [];
  // What each value already lists, for the many statements of a large pile; and the value each written value
  // went to: the first value it is the same as (later values come after it, so it stays the first), or the one
  // it started (when it is the same as itself).
  const listed: { docs: Set<string>; claims: Set<string> }[] = [];
  const indexOf = new Map<string, number>();
  for (const s of statements) {
    if (perDoc.get(s.doc)!.length !== 1) continue;
    let i = indexOf.get(s.value);
    if (i === undefined) {
      i = same ? values.findIndex((x) => same(x.value, s.value)) : -1;
      if (i >= 0 || alike(s.value, s.value)) indexOf.set(s.value, i >= 0 ? i : values.length);
      if (i < 0) {
        i = values.push({ value: s.value, docs: [], claims: [] }) - 1;
        listed.push({ docs: new Set(), claims: new Set() });
      }
    }
    const { docs, claims } = listed[i];
    if (!docs.has(s.doc)) values[i].docs.push(s.doc);
    if (s.claim && !claims.has(s.claim)) values[i].claims.push(s.claim);
    docs.add(s.doc);
    if (s.claim) claims.add(s.claim);
  }
  return values;
}
