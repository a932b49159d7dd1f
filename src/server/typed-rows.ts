// The document routes answer from the store's rows, which keep the bundled register's typing (src/pipeline/
// sources.ts says why). Under a user's register their source fields are typed again from the stored record, as
// the dossier's documents are, so a listing's badges and the dossier agree.
import { retypeSource } from '../meta/index.ts';
import type { SourceOptions } from '../pipeline/index.ts';
import type { DocumentSummary, Store, StoredDocument } from '../store/index.ts';

/** One stored document typed under the user's register; the row itself without one. */
export function typedDocument<T extends StoredDocument>(doc: T, options: SourceOptions | null): T {
  return options ? { ...doc, ...retypeSource(doc, options) } : doc;
}

/** Listed documents typed under the user's register: a listing holds no bodies, so their records are read. */
export async function typedSummaries(store: Store, items: DocumentSummary[], options: SourceOptions | null): Promise<DocumentSummary[]> {
  if (!options || !items.length) return items;
  const docs = new Map((await store.documentsFor(items.map((d) => d.sha256))).map((d) => [d.sha256, d]));
  return items.map((item) => {
    const doc = docs.get(item.sha256);
    return doc ? { ...item, ...retypeSource(doc, options) } : item;
  });
}
