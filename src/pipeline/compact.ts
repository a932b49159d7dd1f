// A compact dossier for serving: the agreement record and conflicts with at most a few evidence claims per
// fact, only the documents those claims come from (without bodies), and counts of the rest. A store of
// 10,000 reports then serves a dossier of kilobytes; bodies and spans are one request away
// (GET /api/documents/:sha).
import type { Dossier } from '../types.ts';

/** Evidence claims kept per fact; the full list is in the full dossier (`?full=1`). */
export const CITED_PER_FACT = 8;

export type CompactDossier = Dossier & { compact: true; totals: { documents: number; claims: number } };

type WithClaims = { claims?: string[]; claims_total?: number };

/** Caps a fact's evidence list in place and records how many there were. */
function cap(fact: WithClaims | undefined, keep: Set<string>): void {
  if (!fact?.claims) return;
  if (fact.claims.length > CITED_PER_FACT) {
    fact.claims_total = fact.claims.length;
    fact.claims = fact.claims.slice(0, CITED_PER_FACT);
  }
  fact.claims.forEach((c) => keep.add(c));
}

export function compactDossier(d: Dossier): CompactDossier {
  const keep = new Set<string>();
  const agreements = structuredClone(d.agreements);
  for (const a of agreements) {
    cap(a.signed, keep);
    a.articles?.forEach((x) => cap(x, keep));
    Object.values(a.obligations ?? {}).forEach((o) => cap(o, keep));
    a.lifecycle?.forEach((e) => cap(e, keep));
    a.expected?.forEach((e) => cap(e, keep));
    cap(a.duration, keep);
    a.supersedes?.forEach((s) => cap(s, keep));
    a.related?.forEach((s) => cap(s, keep));
    a.disputed_events?.forEach((e) => cap(e, keep));
  }
  const conflicts = structuredClone(d.conflicts);
  conflicts.forEach((c) => c.values.forEach((v) => cap(v, keep)));
  const claims = d.claims.filter((c) => keep.has(c.id));
  const docIds = new Set([...claims.map((c) => c.doc), ...conflicts.flatMap((c) => c.values.flatMap((v) => v.docs))]);
  return {
    ...d,
    compact: true,
    totals: { documents: d.documents.length, claims: d.claims.length },
    documents: d.documents.filter((x) => docIds.has(x.id)).map((x) => ({ ...x, body: '', removed: [] })),
    claims,
    agreements,
    conflicts,
  };
}
