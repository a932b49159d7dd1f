// Reading raw documents on real reports: input order kept, a copy skipped with a warning, a failure named,
// and a second pass over the same store served from it without writing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { counting } from '../../test/fixtures/counting-cache.ts';
import { ingestBytes } from '../ingest/index.ts';
import { openStore } from '../store/index.ts';
import type { RawDocument, Warning } from '../types.ts';
import { cacheOn, type StoreCache } from './cache.ts';
import { inlinePreparer, type Preparer } from './prepare-pool.ts';
import { readDocuments } from './read-documents.ts';

const DOCS = fileURLToPath(new URL('../../examples/', import.meta.url));
const VERSION = 'test-version';

async function raw(name: string, as = join(DOCS, name)): Promise<RawDocument> {
  const { docs } = await ingestBytes(as, readFileSync(join(DOCS, name)));
  return docs[0];
}

/** The inline preparer, except that the first document comes back last and one named file fails, as a crashed worker's would. */
function unruly(failing: string): Preparer {
  let first = true;
  return {
    async prepare(raw) {
      if (raw.file === failing) throw new Error('worker exited');
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return inlinePreparer.prepare(raw);
    },
    close: async () => {},
  };
}

let store: StoreCache;
let input: RawDocument[];
before(async () => {
  store = cacheOn(await openStore('memory://'));
  input = [
    await raw('02_signing_wire_report.txt'),
    await raw('04_kastria_bundesversammlung_de.txt'),
    await raw('02_signing_wire_report.txt', '/elsewhere/copy.txt'),
    await raw('03_assemblee_nationale_approbation_fr.html'),
  ];
});
after(() => store.close());

test('reads in input order, skips a copy, names a failure, saves the fresh ones', async () => {
  const cache = counting(store);
  const warnings: Warning[] = [];
  const failing = input[1].file;
  const { items, duplicates } = await readDocuments(input, { cache, version: VERSION, collection: 'c', preparer: unruly(failing), warnings });
  assert.deepEqual(
    items.map((p) => p.doc.file),
    [input[0].file, input[3].file],
  );
  assert.ok(items.every((p) => p.claims.length > 0));
  assert.deepEqual(duplicates, [{ sha256: input[0].sha256, file: '/elsewhere/copy.txt' }]);
  assert.deepEqual(warnings, [
    { level: 'warning', file: '/elsewhere/copy.txt', message: `exact duplicate of ${input[0].file}: stored once` },
    { level: 'error', file: failing, message: 'could not be analyzed: worker exited' },
  ]);
  assert.equal(cache.saved, 2);
});

test('a second pass loads from the store, writes nothing, and names documents as this input does', async () => {
  const cache = counting(store);
  const warnings: Warning[] = [];
  const renamed = { ...input[3], file: '/elsewhere/renamed.html' };
  const first = await readDocuments([input[0], renamed], { cache: null, version: VERSION, collection: 'c', preparer: inlinePreparer, warnings });
  const again = await readDocuments([input[0], renamed], { cache, version: VERSION, collection: 'c', preparer: unruly(''), warnings });
  assert.equal(cache.saved, 0);
  assert.deepEqual(warnings, []);
  assert.deepEqual(
    again.items.map((p) => p.doc.file),
    [input[0].file, '/elsewhere/renamed.html'],
  );
  assert.deepEqual(
    again.items.map((p) => p.claims.map((c) => c.text)),
    first.items.map((p) => p.claims.map((c) => c.text)),
  );

  // Another pipeline version reads them again and stores the new reading.
  const newer = await readDocuments([input[0]], { cache, version: 'newer', collection: 'c', preparer: inlinePreparer, warnings });
  assert.equal(newer.items.length, 1);
  assert.equal(cache.saved, 1);
});
