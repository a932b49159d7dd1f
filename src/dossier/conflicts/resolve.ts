// How a conflict is settled: the official text when it states one of the values; else the value most
// independent sources give (near duplicates count once), when one has more than any other; else unresolved.
// The documents that gave another value misstated it (the official text never does).
//
// A party's state media (and its government's statements) speak for that party: they never outvote independent
// sources. When any independent source takes a side, only independent sources are counted; a party's voice is
// counted only in a dispute no independent source takes part in.
import type { Conflict, ConflictSlot, ConflictValue } from '../../types.ts';

export interface ResolveContext {
  officialDocs: Set<string>;
  sourceOf: (doc: string) => string;
  /** The language of a document (ISO 639-1), for comparing names only the same language can tell apart. */
  languageOf?: (doc: string) => string | null;
  /** The day a document was published (ISO), when known. */
  publishedOf?: (doc: string) => string | null;
  /** The party a document speaks for (a party's state media or government), else null. */
  partyOf?: (doc: string) => string | null;
}

/** Each value's number of independent sources; a party's voices count only when no independent source takes a
 *  side. `setAside` says whether a party's voices were left out of the count. */
function countSources(values: ConflictValue[], ctx: ResolveContext): { counts: number[]; setAside: boolean } {
  const partyOf = ctx.partyOf ?? (() => null);
  const independentOnly = values.some((v) => v.docs.some((d) => !partyOf(d)));
  const counts = values.map((v) => new Set(v.docs.filter((d) => !independentOnly || !partyOf(d)).map(ctx.sourceOf)).size);
  const setAside = independentOnly && values.some((v) => v.docs.some((d) => partyOf(d)));
  return { counts, setAside };
}

export function settle(slot: ConflictSlot, about: string, values: ConflictValue[], ctx: ResolveContext): Conflict {
  const official = values.filter((v) => v.docs.some((d) => ctx.officialDocs.has(d)));
  let resolved: Conflict['resolved'] = null;
  if (official.length === 1) resolved = { value: official[0].value, basis: 'official text' };
  else {
    const { counts, setAside } = countSources(values, ctx);
    const ranked = values.map((v, i) => ({ v, n: counts[i] })).sort((a, b) => b.n - a.n);
    if (ranked.length > 1 && ranked[0].n > ranked[1].n) {
      resolved = {
        value: ranked[0].v.value,
        basis: `majority of independent sources (${ranked[0].n} vs ${ranked
          .slice(1)
          .map((r) => r.n)
          .join(' vs ')})${setAside ? "; a party's own media not counted against them" : ''}`,
      };
    }
  }
  const misstated = resolved
    ? [...new Set(values.filter((v) => v.value !== resolved!.value).flatMap((v) => v.docs))].filter((d) => !ctx.officialDocs.has(d))
    : [];
  return { slot, about, values, resolved, ...(misstated.length ? { misstated_by: misstated } : {}) };
}

/** A value as one document states it; `key` groups values that are the same written differently (a
 *  place in two languages, a date at two precisions), `value` is how the group shows (the first one's). */
export interface Statement {
  value: string;
  doc: string;
  claim: string | null;
  key?: string;
}

/** What a document states for the thing: one value, or several that differ (it abstains). */
const SEVERAL = Symbol('several values');

/** The values statements give, one per key, each with its documents and claims; a document giving values
 *  of two keys abstains. */
export function distinctValues(statements: Statement[]): ConflictValue[] {
  const keyOf = (s: Statement) => s.key ?? s.value;
  const stated = new Map<string, string | typeof SEVERAL>();
  for (const s of statements) {
    const first = stated.get(s.doc);
    if (first === undefined) stated.set(s.doc, keyOf(s));
    else if (first !== SEVERAL && first !== keyOf(s)) stated.set(s.doc, SEVERAL);
  }
  const values = new Map<string, { value: ConflictValue; docs: Set<string>; claims: Set<string> }>();
  for (const s of statements) {
    if (stated.get(s.doc) === SEVERAL) continue;
    let v = values.get(keyOf(s));
    if (!v) values.set(keyOf(s), (v = { value: { value: s.value, docs: [], claims: [] }, docs: new Set(), claims: new Set() }));
    if (!v.docs.has(s.doc)) {
      v.docs.add(s.doc);
      v.value.docs.push(s.doc);
    }
    if (s.claim && !v.claims.has(s.claim)) {
      v.claims.add(s.claim);
      v.value.claims.push(s.claim);
    }
  }
  return [...values.values()].map((v) => v.value);
}
