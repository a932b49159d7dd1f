// Adapts the store (src/store) to what analyze needs: prepared documents keyed by sha256 and pipeline version.
import type { Prepared } from '../pipeline/prepare.ts';
import { openStore, type Store } from '../store/index.ts';
import type { DocumentCache } from './analyze.ts';

export interface StoreCache extends DocumentCache {
  store: Store;
  close(): Promise<void>;
}

export function cacheOn(store: Store): StoreCache {
  return {
    store,
    async loadPrepared(sha256, version, collection) {
      const doc = await store.getDocumentBySha(sha256);
      if (!doc || doc.reader_version !== version) return null;
      await store.addToCollection(collection, [sha256]);
      const { id, near_duplicate_of, signature, reader_version, created_at, updated_at, ...fields } = doc;
      const claims = (await store.claimsFor([sha256])).map((c) => ({ ...c, doc: sha256 }));
      return { doc: fields, claims, signature };
    },
    async savePrepared(items: Prepared[], version, collection) {
      const batch = items.map((p) => ({ doc: { ...p.doc, signature: p.signature }, claims: p.claims.map(({ id, doc, ...c }) => c) }));
      await store.putDocuments(batch, version, collection);
    },
    close: () => store.close(),
  };
}

export async function openCache(target: string | undefined): Promise<StoreCache> {
  return cacheOn(await openStore(target));
}
