// Raw reports → prepared, routed and stored, the way `analyze` stores files (src/runner's readDocuments over the
// store), except that each report goes to the collection of the agreement it is about: the store adapter below
// routes each report as it is saved, or, when the store already read those bytes, as it is loaded.
import type { Prepared } from '../pipeline/index.ts';
import { type DocumentCache, preparedOf, readDocuments } from '../runner/index.ts';
import type { RawDocument, Warning } from '../types.ts';
import type { StoredReport, WatchContext } from './context.ts';
import { type Routing, routeReport } from './route.ts';

export interface StoreResult {
  stored: StoredReport[];
  /** Per raw file: what went wrong reading it (documents that failed, notes). */
  warnings: Warning[];
}

/** Prepares the reports not in the store yet, routes every one, and stores it in its collection. `urlOf` gives a
 *  report's address as the watcher names it (its file, for a local file). */
export async function storeReports(raws: RawDocument[], ctx: WatchContext, urlOf: (raw: RawDocument) => string): Promise<StoreResult> {
  const { store } = ctx.cache;
  const routed = new Map<string, Routing & { fresh: boolean }>();
  const route = (p: Prepared) => routeReport({ title: p.doc.title, body: p.doc.body, claims: p.claims }, ctx.matchers, ctx.unsorted);
  const routing: DocumentCache = {
    stored: (shas) => ctx.cache.stored(shas),
    async loadPrepared(sha256, version) {
      const doc = await store.getDocumentBySha(sha256);
      if (!doc || doc.reader_version !== version) return null;
      const prepared = preparedOf(doc, await store.claimsFor([sha256]));
      const r = route(prepared);
      await store.addToCollection(r.collection, [sha256]);
      routed.set(sha256, { ...r, fresh: false });
      return prepared;
    },
    async savePrepared(items, version) {
      const byCollection = new Map<string, Prepared[]>();
      for (const item of items) {
        const r = route(item);
        routed.set(item.doc.sha256, { ...r, fresh: true });
        byCollection.set(r.collection, [...(byCollection.get(r.collection) ?? []), item]);
      }
      for (const [collection, group] of byCollection) await ctx.cache.savePrepared(group, version, collection);
    },
  };
  const warnings: Warning[] = [];
  const { items } = await readDocuments(raws, { cache: routing, version: ctx.version, collection: ctx.unsorted, preparer: ctx.preparer, warnings });
  const rawOf = new Map(raws.map((r) => [r.sha256, r]));
  const stored: StoredReport[] = [];
  for (const { doc } of items) {
    const r = routed.get(doc.sha256);
    const raw = rawOf.get(doc.sha256);
    if (!r || !raw) continue;
    stored.push({ url: urlOf(raw), sha256: doc.sha256, title: doc.title, collection: r.collection, agreement: r.agreement, reason: r.reason, fresh: r.fresh });
  }
  return { stored, warnings };
}
