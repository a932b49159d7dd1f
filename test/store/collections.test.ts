// The store lists its collections (the web UI's home): each with its number of documents and the time the last
// one joined; a document in two collections counts in both; an empty store lists none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentOf, sentenceClaims } from './docs.ts';
import { targets, withFreshStore } from './helpers.ts';

const report = (file: string, body: string) => ({ doc: documentOf(file, body), claims: sentenceClaims(body) });

for (const target of targets) {
  describe(`store collections (${target.name})`, () => {
    test('each collection with its document count and latest addition, by name', async () => {
      await withFreshStore(target, async (store) => {
        assert.deepEqual(await store.collections(), []);
        const a = report('a.txt', 'Norland and Sudmark signed a fisheries accord on 2 May 2031.');
        const b = report('b.txt', 'The Sudmark senate approved the fisheries accord.');
        const c = report('c.txt', 'A tariff pact between Osteria and Vell entered into force.');
        await store.putDocuments([a, b], 'r1', 'fisheries');
        await store.putDocuments([c], 'r1', 'tariffs');
        await store.addToCollection('tariffs', [a.doc.sha256]);
        const listed = await store.collections();
        assert.deepEqual(
          listed.map(({ name, documents }) => ({ name, documents })),
          [
            { name: 'fisheries', documents: 2 },
            { name: 'tariffs', documents: 2 },
          ],
        );
        for (const x of listed) assert.match(x.updated_at, /^\d{4}-\d{2}-\d{2}T/);
      });
    });
  });
}
