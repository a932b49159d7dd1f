// The dossier as the page holds it: lookups from the dossier's ids (d1…, c1…) to records, and how a source
// is named in a sentence.

import { formatDate, type Lookup, lookup } from '../../src/export/view.ts';
import type { Claim, DocumentRecord } from '../../src/types.ts';
import type { CompactDossier } from './api.ts';

export interface Model extends Lookup {
  d: CompactDossier;
  /** Dossier document by sha256 (search hits and stored claims name documents by their hash). */
  bySha(sha: string): DocumentRecord | undefined;
}

export function model(d: CompactDossier): Model {
  const look = lookup(d);
  const shas = new Map(d.documents.map((x) => [x.sha256, x]));
  return { ...look, d, bySha: (sha) => shas.get(sha) };
}

type Named = Pick<DocumentRecord, 'kind' | 'outlet' | 'title' | 'file'>;

/** A source as a reader names it: "Official text", the outlet, else its title, else its file. */
export function sourceName(doc: Named | undefined): string {
  if (!doc) return 'Unknown source';
  if (doc.kind === 'official') return 'Official text';
  return doc.outlet || doc.title || doc.file;
}

type Dated = Named & Pick<DocumentRecord, 'published' | 'language'>;

/** "14 Mar 2031 · news · EN": when and what, without the name. */
export function sourceMeta(doc: Dated): string {
  return [doc.published ? formatDate(doc.published) : null, doc.kind === 'official' ? null : doc.kind, doc.language?.toUpperCase()].filter(Boolean).join(' · ');
}

/** "Meridian Press · 14 Mar 2031 · news · EN" */
export function sourceLine(doc: Dated): string {
  return [sourceName(doc), sourceMeta(doc)].filter(Boolean).join(' · ');
}

/** Claims in the order given, grouped by their document, documents in first-cited order. */
export function groupByDoc(m: Model, claimIds: readonly string[]): { doc: DocumentRecord; claims: Claim[] }[] {
  const groups = new Map<string, { doc: DocumentRecord; claims: Claim[] }>();
  for (const id of claimIds) {
    const claim = m.claim(id);
    const doc = claim && m.doc(claim.doc);
    if (!claim || !doc) continue;
    const group = groups.get(doc.id) ?? { doc, claims: [] };
    group.claims.push(claim);
    groups.set(doc.id, group);
  }
  return [...groups.values()];
}
