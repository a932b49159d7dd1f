// A compact dossier for serving: documents without bodies, and only the claims that some fact cites.
// The full bodies and claim spans are one request away (GET /api/documents/:id).
import type { Agreement, Dossier } from '../types.ts';

export type CompactDossier = Dossier & { compact: true };

export function citedClaimIds(d: Dossier): Set<string> {
  const ids = new Set<string>();
  const add = (xs: string[] | undefined) => xs?.forEach((x) => ids.add(x));
  for (const a of d.agreements as Agreement[]) {
    add(a.signed?.claims);
    a.articles?.forEach((x) => add(x.claims));
    Object.values(a.obligations ?? {}).forEach((o) => add(o.claims));
    a.lifecycle?.forEach((e) => add(e.claims));
    a.expected?.forEach((e) => add(e.claims));
    add(a.duration?.claims);
    a.supersedes?.forEach((s) => add(s.claims));
    a.related?.forEach((s) => add(s.claims));
    a.disputed_events?.forEach((e) => add(e.claims));
  }
  for (const c of d.conflicts) c.values.forEach((v) => add(v.claims));
  return ids;
}

export function compactDossier(d: Dossier): CompactDossier {
  const cited = citedClaimIds(d);
  return {
    ...d,
    compact: true,
    documents: d.documents.map(({ body, removed, ...rest }) => ({ ...rest, body: '', removed: [] })),
    claims: d.claims.filter((c) => cited.has(c.id)),
  };
}
