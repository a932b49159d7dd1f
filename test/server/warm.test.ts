// Warming a collection before it is served (src/server/warm.ts) changes nothing it serves: a warmed and an
// unwarmed load of the same store give the same dossier, and so do they after the same upload.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestBytes } from '../../src/ingest/index.ts';
import type { Collection } from '../../src/server/collection.ts';
import { Collections } from '../../src/server/collections.ts';
import { openStore } from '../../src/store/index.ts';

const practice = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'practice-harbour', 'docs');

async function upload(c: Collection, files: string[]): Promise<void> {
  const docs = [];
  for (const f of files) docs.push(...(await ingestBytes(f, readFileSync(join(practice, f)))).docs);
  await c.add(docs, []);
}

/** The served dossier without the time it was made. */
const served = (c: Collection) => JSON.stringify({ ...c.compactDossier, generated: null });

test('a warmed collection serves what an unwarmed load of the same store serves, before and after an upload', async () => {
  const store = await openStore('memory://');
  try {
    await upload(await new Collections(store).get(), ['01_official_text.txt', '03_osa_state_media.txt', '07_entry_into_force.html']);
    const warmed = await new Collections(store).get('default', true);
    const cold = await new Collections(store).get('default');
    assert.ok(warmed !== cold);
    assert.equal(warmed.compactDossier.documents.length, 3);
    assert.equal(served(warmed), served(cold));

    // The upload stores the report once; the second collection, loaded before, reads it too.
    await upload(warmed, ['06_opinion_harbour.txt']);
    await upload(cold, ['06_opinion_harbour.txt']);
    assert.equal(warmed.compactDossier.documents.length, 4);
    assert.equal(served(warmed), served(cold));
  } finally {
    await store.close();
  }
});
