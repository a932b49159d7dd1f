// Prepared documents → the dossier: dossier ids, near-duplicate links, agreements and conflicts. Pure.
import { buildAgreements } from '../dossier/index.ts';
import { linkNearDuplicates } from '../ingest/near-duplicates.ts';
import type { Claim, DocumentRecord, Dossier, Warning } from '../types.ts';
import type { Prepared } from './prepare.ts';

export interface AssembleOptions {
  generated?: Date;
  /** Near-duplicate links already known (later id → earlier id), e.g. kept by a server between updates. */
  links?: Map<string, string>;
}

export function assembleDossier(items: Prepared[], warnings: Warning[], options: AssembleOptions = {}): Dossier {
  const idOfSha = new Map<string, string>();
  const documents: DocumentRecord[] = items.map((item, i) => {
    const id = `d${i + 1}`;
    idOfSha.set(item.doc.sha256, id);
    return { id, ...item.doc, near_duplicate_of: null };
  });
  const links = options.links ?? linkNearDuplicates(documents.map((d, i) => ({ id: d.id, body: d.body, signature: items[i].signature })));
  for (const d of documents) d.near_duplicate_of = links.get(d.id) ?? null;

  const claims: Claim[] = [];
  for (const item of items) {
    const doc = idOfSha.get(item.doc.sha256)!;
    for (const c of item.claims) claims.push({ ...c, id: `c${claims.length + 1}`, doc });
  }
  const { agreements, conflicts } = buildAgreements(documents, claims);
  return { version: 1, generated: (options.generated ?? new Date()).toISOString(), documents, claims, agreements, conflicts, warnings };
}
