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
export function distinctValues(statements: { value: string; doc: string; claim: string | null }[], same: (a: string, b: string) => boolean = (a, b) => a === b): ConflictValue[] {
  const perDoc = new Map<string, string[]>();
  for (const s of statements) {
    const list = perDoc.get(s.doc) ?? [];
    if (!list.some((v) => same(v, s.value))) list.push(s.value);
    perDoc.set(s.doc, list);
  }
  const values: ConflictValue[] = [];
  for (const s of statements) {
    if ((perDoc.get(s.doc) ?? []).length !== 1) continue;
    let v = values.find((x) => same(x.value, s.value));
    if (!v) values.push((v = { value: s.value, docs: [], claims: [] }));
    if (!v.docs.includes(s.doc)) v.docs.push(s.doc);
    if (s.claim && !v.claims.includes(s.claim)) v.claims.push(s.claim);
  }
  return values;
}
