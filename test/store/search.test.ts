import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toHeadline } from '../../src/store/search.ts';
import { documentOf, sentenceClaims } from './docs.ts';
import { practiceDocuments, targets, withFreshStore } from './helpers.ts';

test('headline markers become plain text with offsets', () => {
  assert.deepEqual(toHeadline('a \u0002Treaty\u0003 and \u0002Договор\u0003.'), {
    text: 'a Treaty and Договор.',
    marks: [
      { start: 2, end: 8 },
      { start: 13, end: 20 },
    ],
  });
  assert.deepEqual(toHeadline('<b>x</b>'), { text: '<b>x</b>', marks: [] });
});

for (const target of targets) {
  describe(`store search (${target.name})`, () => {
    test('full-text search finds documents and claims in any language, best first, with marked snippets', async () => {
      await withFreshStore(target, async (store) => {
        const docs = practiceDocuments();
        await store.putDocuments(docs, 'r1');
        const [official, signing, russian, german] = docs.map((d) => d.doc.sha256);

        const hits = await store.searchDocuments('Ratifizierung');
        assert.deepEqual(
          hits.map((h) => h.sha256),
          [german],
        );
        // Every form of the word is marked (German stems: 'ratifiziert' too), the one asked for among them.
        const marked = hits[0].headline.marks.map((m) => hits[0].headline.text.slice(m.start, m.end));
        assert.ok(marked.includes('Ratifizierung'), marked.join());
        assert.ok(
          marked.every((w) => /^ratifizi/i.test(w)),
          marked.join(),
        );
        assert.ok(hits[0].rank > 0);

        // Case-folded, Cyrillic included.
        assert.deepEqual(
          (await store.searchDocuments('ОДОБРИЛ')).map((h) => h.sha256),
          [russian],
        );
        assert.deepEqual(
          (await store.searchDocuments('"customs house"')).map((h) => h.sha256),
          [signing],
        );
        assert.ok((await store.searchDocuments('treaty')).length >= 2);
        assert.deepEqual(await store.searchDocuments('   '), []);
        assert.deepEqual(await store.searchDocuments('zzyzx-nothing'), []);
        const titled = await store.searchDocuments('article');
        assert.equal(titled[0].sha256, official, 'the official text names articles most often');

        const claims = await store.searchClaims('customs house');
        assert.equal(claims.length, 1);
        assert.equal(claims[0].doc, signing);
        assert.match(claims[0].text, /old customs house/);
        assert.equal(claims[0].headline.text, claims[0].text, 'a claim headline is the whole sentence');
        assert.deepEqual(
          claims[0].headline.marks.map((m) => claims[0].text.slice(m.start, m.end)),
          ['customs', 'house'],
        );
        const stored = (await store.claimsFor([signing])).find((c) => c.id === claims[0].id);
        assert.equal(stored?.text, claims[0].text);

        assert.equal((await store.searchClaims('Artikel', { limit: 1 })).length, 1);
        assert.deepEqual(await store.searchClaims('Artikel', { collection: 'elsewhere' }), []);
      });
    });

    test('search treats markup and operators in the query as words, never as syntax errors', async () => {
      await withFreshStore(target, async (store) => {
        const body = 'Whether A & B | !C holds: the parties (both) agree.';
        await store.putDocument(documentOf('x.txt', body), sentenceClaims(body), 'r1');
        assert.equal((await store.searchDocuments("parties & | ! ( ' :*")).length, 1);
        assert.equal((await store.searchClaims('agree OR "unterminated')).length, 1);
        assert.deepEqual(await store.searchClaims('&|!():*'), []);
      });
    });

    test('claim search finds a phrase late in a long document, and honours negation', async () => {
      await withFreshStore(target, async (store) => {
        // Past 16383 word positions, and past 256 occurrences of a word, a document's vector loses
        // positions: the claims are found all the same.
        const long = `${'The treaty text goes on and on about treaty matters. '.repeat(2500)}The final clause binds the treaty parties.`;
        await store.putDocument(documentOf('long.txt', long), sentenceClaims(long), 'r1');
        const short = 'The treaty was ratified. The treaty is not ratified yet.';
        await store.putDocument(documentOf('short.txt', short), sentenceClaims(short), 'r1');

        assert.deepEqual(
          (await store.searchClaims('"final clause"')).map((c) => c.text),
          ['The final clause binds the treaty parties.'],
        );
        assert.deepEqual(
          (await store.searchClaims('"treaty parties"')).map((c) => c.text),
          ['The final clause binds the treaty parties.'],
        );
        assert.deepEqual(
          (await store.searchClaims('ratified -yet')).map((c) => c.text),
          ['The treaty was ratified.'],
        );
        assert.deepEqual(
          (await store.searchClaims('-treaty', { limit: 5 })).map((c) => c.text),
          [],
        );
        assert.equal((await store.searchClaims('treaty or -nothing', { limit: 3 })).length, 3);
      });
    });

    test('new claims of a re-read document replace the old ones in claim search', async () => {
      await withFreshStore(target, async (store) => {
        const body = 'The accord was signed in Lisbon. It lapses in ten years.';
        const doc = documentOf('a.txt', body);
        await store.putDocument(doc, sentenceClaims(body).slice(0, 1), 'r1');
        assert.equal((await store.searchClaims('lapses')).length, 0);
        await store.putClaims(doc.sha256, sentenceClaims(body), 'r2');
        assert.deepEqual(
          (await store.searchClaims('lapses')).map((c) => c.id),
          [`${doc.sha256}#2`],
        );
        await store.putDocuments([{ doc, claims: sentenceClaims(body).slice(1) }], 'r3');
        assert.deepEqual(
          (await store.searchClaims('lapses')).map((c) => c.id),
          [`${doc.sha256}#1`],
        );
        assert.deepEqual(await store.searchClaims('Lisbon'), []);
        assert.equal((await store.listDocuments()).items[0].claim_count, 1);
      });
    });

    test('listing pages through documents in stored order, filtered by a query or a collection', async () => {
      await withFreshStore(target, async (store) => {
        const docs = practiceDocuments();
        await store.putDocuments(docs.slice(0, 3), 'r1');
        await store.putDocuments(docs.slice(3), 'r1', 'german');
        const all = await store.listDocuments({ limit: 2 });
        assert.equal(all.total, 4);
        assert.deepEqual(
          all.items.map((d) => d.sha256),
          docs.slice(0, 2).map((d) => d.doc.sha256),
        );
        assert.equal(all.items[0].claim_count, docs[0].claims.length);
        assert.equal('body' in all.items[0], false);
        const rest = await store.listDocuments({ limit: 2, offset: 2 });
        assert.deepEqual(
          rest.items.map((d) => d.sha256),
          docs.slice(2).map((d) => d.doc.sha256),
        );
        const found = await store.listDocuments({ q: 'Vertrag' });
        assert.deepEqual([found.total, found.items[0].sha256], [1, docs[3].doc.sha256]);
        assert.equal((await store.listDocuments({ collection: 'german' })).total, 1);
        assert.equal((await store.listDocuments({ collection: 'german', q: 'customs' })).total, 0);
      });
    });

    test('documentsSince lists what was stored after a time', async () => {
      await withFreshStore(target, async (store) => {
        const [a, b, c] = practiceDocuments();
        await store.putDocuments([a], 'r1');
        // A mark has milliseconds and the store microseconds: one taken in the millisecond `a` was stored in
        // would come before it.
        await new Promise((r) => setTimeout(r, 5));
        const mark = new Date().toISOString();
        await new Promise((r) => setTimeout(r, 5));
        await store.putDocuments([b, c], 'r1', 'later');
        assert.deepEqual(
          (await store.documentsSince(mark)).map((d) => d.sha256),
          [b.doc.sha256, c.doc.sha256],
        );
        assert.deepEqual(
          (await store.documentsSince(mark, 'later')).map((d) => d.sha256),
          [b.doc.sha256, c.doc.sha256],
        );
        assert.deepEqual(await store.documentsSince(mark, 'default'), []);
        assert.equal((await store.documentsSince('2000-01-01T00:00:00Z')).length, 3);
        assert.ok((await store.documentsSince(mark))[0].created_at > mark);
      });
    });
  });
}
