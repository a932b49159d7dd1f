// Warming a collection before it is served (src/server/warm.ts) changes nothing it serves: a warmed and an
// unwarmed load of the same store both serve what the stored reports say, and both take in an upload the same way
// (a syndicated copy joins as a near duplicate of the report it repeats, so the signing gains a report but no
// independent source).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes } from '../../src/ingest/index.ts';
import type { Collection } from '../../src/server/collection.ts';
import { Collections } from '../../src/server/collections.ts';
import { openStore } from '../../src/store/index.ts';
import { COPY, INDEPENDENT, ORIGINAL } from '../fixtures/syndicated.ts';

async function upload(c: Collection, files: Record<string, string>): Promise<void> {
  const docs = [];
  for (const [name, text] of Object.entries(files)) docs.push(...(await ingestBytes(name, Buffer.from(text))).docs);
  await c.add(docs, []);
}

/** What a collection serves, in the terms checked here. */
function served(c: Collection) {
  const d = c.compactDossier;
  const signed = d.agreements[0]?.lifecycle.find((e) => e.step === 'signed');
  return {
    documents: d.totals.documents,
    cited: d.documents.map((x) => [x.file, x.near_duplicate_of]),
    articles: d.agreements[0]?.articles.map((a) => a.number),
    signed: signed && [signed.docs, signed.support],
  };
}

const BEFORE = {
  documents: 2,
  cited: [['wire.txt', null]],
  articles: [4],
  signed: [['d1'], { reports: 1, independent: 1 }],
};
const AFTER = {
  documents: 3,
  cited: [
    ['wire.txt', null],
    ['ledger.txt', 'd1'],
  ],
  articles: [4],
  signed: [['d1', 'd3'], { reports: 2, independent: 1 }],
};

test('a warmed and an unwarmed collection serve what the stored reports say, before and after an upload', async () => {
  const store = await openStore('memory://');
  try {
    await upload(await new Collections(store).get(), { 'wire.txt': ORIGINAL, 'reaction.txt': INDEPENDENT });
    const warmed = await new Collections(store).get('default', true);
    const cold = await new Collections(store).get('default');
    assert.ok(warmed !== cold);
    assert.deepEqual(served(warmed), BEFORE, 'warmed');
    assert.deepEqual(served(cold), BEFORE, 'cold');

    // The upload stores the report once; the second collection, loaded before, reads it too.
    await upload(warmed, { 'ledger.txt': COPY });
    await upload(cold, { 'ledger.txt': COPY });
    assert.deepEqual(served(warmed), AFTER, 'warmed');
    assert.deepEqual(served(cold), AFTER, 'cold');
  } finally {
    await store.close();
  }
});
