// The server links a syndicated copy to the report it repeats on every path a report joins a collection: an
// upload, a load of the stored collection, and a sync of what another process stored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { Collections } from '../../src/server/collections.ts';
import { openStore } from '../../src/store/index.ts';
import type { DocumentRecord } from '../../src/types.ts';
import { COPY, INDEPENDENT, ORIGINAL } from '../fixtures/syndicated.ts';

type App = ReturnType<typeof createApp>;

async function upload(app: App, files: Record<string, string>): Promise<void> {
  const form = new FormData();
  for (const [name, text] of Object.entries(files)) form.append('files', new Blob([text]), name);
  const res = await app.request('/api/documents', { method: 'POST', body: form });
  assert.equal(res.status, 201, await res.text());
}

/** Each document's near-duplicate link, by file name: the copy's names the wire's id, the others null. */
function links(documents: Pick<DocumentRecord, 'id' | 'file' | 'near_duplicate_of'>[]): Record<string, string | null> {
  const fileOf = new Map(documents.map((d) => [d.id, d.file]));
  return Object.fromEntries(documents.map((d) => [d.file, d.near_duplicate_of && (fileOf.get(d.near_duplicate_of) ?? d.near_duplicate_of)]));
}

const EXPECTED = { 'wire.txt': null, 'reaction.txt': null, 'ledger.txt': 'wire.txt' };

test('an uploaded syndicated copy is linked to the report it repeats, after a reload and after a sync too', async () => {
  const store = await openStore('memory://');
  try {
    const app = createApp({ store, collections: new Collections(store) });
    await upload(app, { 'wire.txt': ORIGINAL, 'reaction.txt': INDEPENDENT });
    // Another server process, loaded before the copy arrives: it takes the copy in by a sync.
    const elsewhereCollections = new Collections(store);
    const elsewhere = await elsewhereCollections.get();

    await upload(app, { 'ledger.txt': COPY });
    const served = async (a: App) => (await (await a.request('/api/dossier?full=1')).json()).documents;
    assert.deepEqual(links(await served(app)), EXPECTED, 'upload');

    const reloaded = createApp({ store, collections: new Collections(store) });
    assert.deepEqual(links(await served(reloaded)), EXPECTED, 'load');

    assert.equal(await elsewhere.sync(), 1);
    assert.deepEqual(links(await served(createApp({ store, collections: elsewhereCollections }))), EXPECTED, 'sync');
  } finally {
    await store.close();
  }
});
