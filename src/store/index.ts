// The store: documents, claims, collections and the current dossier, in PGlite (a local folder, the
// default) or a PostgreSQL server, with one schema and the same SQL on both.

import type { Db } from './driver.ts';
import { migrate } from './migrate.ts';
import { MEMORY, openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { claimsFor, collectionCounts, documentsFor, documentsSince, hasDocuments, iso, signatures } from './read.ts';
import { listDocuments, searchClaims, searchDocuments } from './search.ts';
import { settingsStoreOn } from './settings.ts';
import { toPgJson } from './text.ts';
import type { Store, StoredDossier } from './types.ts';
import { watchStoreOn } from './watch.ts';
import { linkCollection, replaceClaims, writeBatch } from './write.ts';

export type * from './types.ts';
export { MEMORY };

export const DEFAULT_DIR = '.pactwatch/db';
export const DEFAULT_COLLECTION = 'default';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The store a command uses: the given target, else env PACTWATCH_DATABASE_URL, else `.pactwatch/db` under the cwd. */
export function resolveTarget(target?: string): string {
  return target || process.env.PACTWATCH_DATABASE_URL || DEFAULT_DIR;
}

/**
 * Opens (creating and migrating as needed) the store at `target`: a folder path, `memory://` (a
 * throwaway embedded store), or a `postgres://…` URL; see resolveTarget for the default.
 */
export async function openStore(target?: string): Promise<Store> {
  const where = resolveTarget(target);
  const db = isPostgresUrl(where) ? await openPostgres(where) : await openPglite(where);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return storeOn(db);
}

function storeOn(db: Db): Store {
  return {
    kind: db.kind,
    location: db.location,

    async getDocumentBySha(sha256) {
      return (await documentsFor(db, [sha256]))[0] ?? null;
    },
    hasDocuments: (shas) => hasDocuments(db, shas),
    async putDocument(doc, claims, readerVersion, collection = DEFAULT_COLLECTION) {
      return (await writeBatch(db, [{ doc, claims }], readerVersion, collection)).length > 0;
    },
    putDocuments: (batch, readerVersion, collection = DEFAULT_COLLECTION) => writeBatch(db, batch, readerVersion, collection),
    putClaims: (sha256, claims, readerVersion) => db.transaction((tx) => replaceClaims(tx, sha256, claims, readerVersion)),
    async staleDocuments(readerVersion) {
      const rows = await db.query<{ sha256: string }>('SELECT sha256 FROM documents WHERE reader_version <> $1 ORDER BY seq', [readerVersion]);
      return rows.map((r) => r.sha256);
    },
    addToCollection: (collection, shas) => linkCollection(db, collection, shas),
    collections: () => collectionCounts(db),

    documentsFor: (selection) => documentsFor(db, selection),
    claimsFor: (selection) => claimsFor(db, selection),
    signatures: (collection) => signatures(db, collection),
    listDocuments: (options) => listDocuments(db, options),
    searchDocuments: (q, options) => searchDocuments(db, q, options),
    searchClaims: (q, options) => searchClaims(db, q, options),
    documentsSince: (isoTime, collection) => documentsSince(db, isoTime, collection),

    async saveDossier(key, json) {
      await db.query(
        `INSERT INTO dossiers (key, json) VALUES ($1, $2::jsonb)
         ON CONFLICT (key) DO UPDATE SET json = EXCLUDED.json, updated_at = clock_timestamp()`,
        [key, toPgJson(json)],
      );
    },
    async loadDossier<T>(key: string): Promise<StoredDossier<T> | null> {
      const [row] = await db.query<{ json: T; updated_at: unknown }>('SELECT json, updated_at FROM dossiers WHERE key = $1', [key]);
      return row ? { key, json: row.json, updated_at: iso(row.updated_at) } : null;
    },

    watch: watchStoreOn(db),
    settings: settingsStoreOn(db),

    close: () => db.close(),
  };
}
