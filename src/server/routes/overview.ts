// Every collection of the store at a glance (the web UI's home) and their agreements side by side: each
// collection's dossier, loaded once and kept like any other, summed up by src/export/view-overview.ts.
import { type Context, Hono } from 'hono';
import { type CollectionOverview, collectionOverview, comparison } from '../../export/index.ts';
import type { Store } from '../../store/index.ts';
import type { AppEnv } from '../env.ts';
import { storeUnavailable } from '../errors.ts';
import { unsortedCollection } from './watch-config.ts';

async function overviews(c: Context<AppEnv>, store: Store): Promise<CollectionOverview[]> {
  const today = new Date().toISOString().slice(0, 10);
  // The pile `pactwatch watch` puts reports in that match no followed agreement: listed apart, never compared.
  const [listed, unsortedName] = await Promise.all([store.collections(), unsortedCollection(store)]);
  const loaded = await Promise.all(
    listed.map(async ({ name, documents }): Promise<CollectionOverview> => {
      const unsorted = name === unsortedName;
      try {
        const collection = await c.get('collection')(name);
        // More documents in the store than in memory: another process (a worker, watch, analyze) added them.
        if (documents > collection.documentCount) await collection.sync();
        return collectionOverview(name, collection.compactDossier, unsorted, today);
      } catch (error) {
        if (storeUnavailable(error)) throw error;
        return { name, documents, unsorted, agreements: [], conflicts: 0, open_conflicts: 0, error: (error as Error).message };
      }
    }),
  );
  // The sorted collections by name; the unsorted pile last.
  return loaded.sort((a, b) => Number(a.unsorted) - Number(b.unsorted) || a.name.localeCompare(b.name));
}

export function overviewRoutes(store: Store): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.get('/collections', async (c) => c.json({ collections: await overviews(c, store) }));
  api.get('/compare', async (c) => c.json(comparison(await overviews(c, store))));
  return api;
}
