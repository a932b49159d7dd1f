// Adapts the store (src/store) to what reading documents needs: prepared documents keyed by sha256 and pipeline version.
import { DEFAULT_REGISTER, retypeSource } from '../meta/index.ts';
import type { Prepared } from '../pipeline/index.ts';
import { openStore, type Store, type StoredDocument } from '../store/index.ts';
import type { Claim } from '../types.ts';
import type { DocumentCache } from './read-documents.ts';

export interface StoreCache extends DocumentCache {
  store: Store;
  close(): Promise<void>;
}

/**
 * The source fields of a stored document: as stored (the pipeline's typing, with the bundled outlet register only),
 * or, for a row stored before sources were typed (source_evidence null), typed now from its record the way the
 * pipeline would: never served as null types that only mean "not looked at".
 */
function sourceOf(stored: StoredDocument): Pick<Prepared['doc'], 'source_type' | 'source_state' | 'source_evidence'> {
  const { source_type, source_state, source_evidence } = stored;
  if (source_evidence !== null) return { source_type, source_state, source_evidence };
  return retypeSource(stored, { register: DEFAULT_REGISTER });
}

/** A stored document and its claims as the pipeline's Prepared value: the store's own columns dropped. */
export function preparedOf(stored: StoredDocument, claims: Claim[]): Prepared {
  const { file, sha256, format, url, title, outlet, author, published, language, kind, evidence, body, removed, warnings, signature, links, published_day } =
    stored;
  const { source_type, source_state, source_evidence } = sourceOf(stored);
  // The fields in prepareDocument's order: a served dossier's JSON is the same whether a report was read now or loaded.
  const doc = {
    file,
    sha256,
    format,
    url,
    title,
    outlet,
    author,
    published,
    language,
    kind,
    source_type,
    source_state,
    source_evidence,
    evidence,
    ...(published_day ? { published_day } : {}),
    body,
    removed,
    warnings,
    ...(links?.length ? { links } : {}),
  };
  return { doc, claims, signature };
}

export function cacheOn(store: Store): StoreCache {
  return {
    store,
    stored: (shas) => store.hasDocuments(shas),
    async loadPrepared(sha256, version, collection) {
      const doc = await store.getDocumentBySha(sha256);
      if (!doc || doc.reader_version !== version) return null;
      await store.addToCollection(collection, [sha256]);
      return preparedOf(doc, await store.claimsFor([sha256]));
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
