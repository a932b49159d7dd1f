import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentOf, sentenceClaims } from './docs.ts';
import { practiceDocuments, targets, withFreshStore } from './helpers.ts';
import { syntheticDocument } from './synthetic.ts';

// Astral characters (two UTF-16 units), combining marks, right-to-left and CJK text: offsets are
// JavaScript string indices, so they must survive the trip through UTF-8 storage unchanged.
const UNICODE_BODY = 'Договор 🤝 подписан 19 июня. Café naïve e\u0301 — 条约已签署。 المعاهدة وقعت. Last 𝔸rticle 4 applies.';

for (const target of targets) {
  describe(`store round trip (${target.name})`, () => {
    test('a document and its claims come back as stored, offsets intact', async () => {
      await withFreshStore(target, async (store) => {
        const doc = documentOf('reports/unicode.txt', UNICODE_BODY, {
          outlet: 'Example Wire',
          published: '2024-06',
          language: 'ru',
          evidence: { published: 'June 2024' },
          removed: [{ text: 'Share this 📤', why: 'share' }],
          warnings: ['odd charset'],
          url: 'https://example.org/a',
        });
        const claims = sentenceClaims(UNICODE_BODY);
        claims[0] = { ...claims[0], kind: 'quote', speaker: 'Кто-то', articles: [4], dates: [{ value: '2024-06-19', text: '19 июня', start: 20, end: 27 }] };
        assert.equal(await store.putDocument(doc, claims, 'r1'), true);

        const got = await store.getDocumentBySha(doc.sha256);
        assert.ok(got);
        assert.equal(got.id, doc.sha256);
        assert.equal(got.body, UNICODE_BODY);
        assert.deepEqual(
          { ...got, created_at: undefined, updated_at: undefined },
          { ...doc, id: doc.sha256, near_duplicate_of: null, reader_version: 'r1', created_at: undefined, updated_at: undefined },
        );
        const back = await store.claimsFor([doc.sha256]);
        assert.equal(back.length, claims.length);
        back.forEach((c, i) => {
          assert.equal(c.id, `${doc.sha256}#${i + 1}`);
          assert.equal(c.doc, doc.sha256);
          assert.equal(got.body.slice(c.start, c.end), c.text);
          assert.deepEqual({ ...c, id: undefined, doc: undefined }, { ...claims[i], id: undefined, doc: undefined });
        });
        assert.ok(back.some((c) => c.text.includes('🤝') || c.text.includes('𝔸')));
      });
    });

    test('NUL and unpaired surrogates become U+FFFD without moving any offset', async () => {
      await withFreshStore(target, async (store) => {
        const body = 'A\u0000B \uD800 tail \uDC00.';
        const doc = documentOf('bad.txt', body);
        await store.putDocument(doc, sentenceClaims(body), 'r1');
        const got = await store.getDocumentBySha(doc.sha256);
        assert.equal(got?.body, 'A\uFFFDB \uFFFD tail \uFFFD.');
        assert.equal(got?.body.length, body.length);
      });
    });

    test('a document stored twice by the same reader is kept once; a new reader version replaces its claims', async () => {
      await withFreshStore(target, async (store) => {
        const [first, second] = practiceDocuments();
        assert.equal(await store.putDocument(first.doc, first.claims, 'r1'), true);
        assert.equal(await store.putDocument(first.doc, first.claims, 'r1'), false);
        assert.deepEqual(await store.putDocuments([first, second, second], 'r1'), [second.doc.sha256]);
        assert.equal((await store.documentsFor({ collection: 'default' })).length, 2);
        assert.equal((await store.claimsFor([first.doc.sha256])).length, first.claims.length);

        assert.deepEqual(await store.staleDocuments('r2'), [first.doc.sha256, second.doc.sha256]);
        assert.deepEqual(await store.putDocuments([first], 'r2'), [first.doc.sha256]);
        assert.equal((await store.claimsFor([first.doc.sha256])).length, first.claims.length);
        await store.putClaims(second.doc.sha256, second.claims.slice(0, 2), 'r2');
        assert.equal((await store.claimsFor([second.doc.sha256])).length, 2);
        assert.deepEqual(await store.staleDocuments('r2'), []);
        await assert.rejects(store.putClaims('0'.repeat(64), [], 'r2'), /no stored document/);
      });
    });

    test('source type, state and evidence come back as stored, in documents and listings; a new reading replaces them', async () => {
      await withFreshStore(target, async (store) => {
        const sources = [
          { source_type: 'state-media', source_state: 'RU', source_evidence: 'self-description «государственное информационное агентство»' },
          { source_type: 'government', source_state: null, source_evidence: 'the document is the official text' },
          { source_type: null, source_state: null, source_evidence: 'nothing in the report shows who publishes it' },
        ] as const;
        const docs = practiceDocuments()
          .slice(0, 3)
          .map(({ doc, claims }, i) => ({ doc: { ...doc, ...sources[i] }, claims }));
        await store.putDocuments(docs, 'r1');
        const fields = (d: { source_type: unknown; source_state: unknown; source_evidence: unknown }) => ({
          source_type: d.source_type,
          source_state: d.source_state,
          source_evidence: d.source_evidence,
        });
        assert.deepEqual((await store.documentsFor({ collection: 'default' })).map(fields), sources);
        assert.deepEqual(fields((await store.getDocumentBySha(docs[0].doc.sha256))!), sources[0]);
        assert.deepEqual((await store.listDocuments()).items.map(fields), sources);
        assert.deepEqual((await store.documentsSince('1970-01-01T00:00:00Z')).map(fields), sources);
        // Columns of their own, not `extra`: nothing else comes back.
        const [got] = await store.documentsFor([docs[0].doc.sha256]);
        assert.deepEqual(
          Object.keys(got)
            .filter((k) => k.startsWith('source_'))
            .sort(),
          ['source_evidence', 'source_state', 'source_type'],
        );

        // Read again by another reader version, typed otherwise: the new typing replaces the old.
        const retyped = { source_type: 'wire', source_state: null, source_evidence: 'wire credit line «Reporting by X»' } as const;
        await store.putDocuments([{ ...docs[0], doc: { ...docs[0].doc, ...retyped } }], 'r2');
        assert.deepEqual(fields((await store.getDocumentBySha(docs[0].doc.sha256))!), retyped);
      });
    });

    test('a batch of several chunks keeps its order, however its chunks are written', async () => {
      await withFreshStore(target, async (store) => {
        const docs = Array.from({ length: 230 }, (_, i) => syntheticDocument(i));
        const first = docs.filter((_, i) => i % 3 === 0);
        assert.deepEqual(
          await store.putDocuments(first, 'r1'),
          first.map((d) => d.doc.sha256),
        );
        assert.deepEqual(
          await store.putDocuments(docs, 'r1', 'all'),
          docs.filter((_, i) => i % 3 !== 0).map((d) => d.doc.sha256),
        );
        const stored = (await store.documentsFor({ collection: 'all' })).map((d) => d.sha256);
        assert.deepEqual(
          stored,
          [...first, ...docs.filter((_, i) => i % 3 !== 0)].map((d) => d.doc.sha256),
        );
        assert.equal((await store.claimsFor({ collection: 'all' })).length, 230 * 25);
      });
    });

    test('collections group documents; hasDocuments, near duplicates and signatures', async () => {
      await withFreshStore(target, async (store) => {
        const [a, b, c] = practiceDocuments();
        await store.putDocuments([a, b], 'r1', 'pile-1');
        const near = { ...c, doc: { ...c.doc, near_duplicate_of: a.doc.sha256, signature: [7, 8, 9] } };
        await store.putDocuments([b, near], 'r1', 'pile-2');
        await store.addToCollection('pile-2', [a.doc.sha256, 'f'.repeat(64)]); // unknown sha: ignored

        const shas = (docs: { sha256: string }[]) => docs.map((d) => d.sha256);
        assert.deepEqual(shas(await store.documentsFor({ collection: 'pile-1' })), [a.doc.sha256, b.doc.sha256]);
        assert.deepEqual(shas(await store.documentsFor({ collection: 'pile-2' })), [a.doc.sha256, b.doc.sha256, c.doc.sha256]);
        assert.deepEqual(await store.documentsFor({ collection: 'none' }), []);
        assert.deepEqual([...new Set((await store.claimsFor({ collection: 'pile-1' })).map((cl) => cl.doc))], [a.doc.sha256, b.doc.sha256]);
        assert.deepEqual(await store.hasDocuments([c.doc.sha256, 'e'.repeat(64)]), new Set([c.doc.sha256]));
        assert.deepEqual(await store.hasDocuments([]), new Set());
        assert.equal((await store.getDocumentBySha(c.doc.sha256))?.near_duplicate_of, a.doc.sha256);
        assert.equal(await store.getDocumentBySha('e'.repeat(64)), null);
        assert.deepEqual(await store.signatures('pile-1'), [
          { sha256: a.doc.sha256, signature: [1, 2, 4294967295] },
          { sha256: b.doc.sha256, signature: [1, 2, 4294967295] },
        ]);
        assert.deepEqual(
          (await store.signatures()).map((s) => s.signature),
          [
            [1, 2, 4294967295],
            [1, 2, 4294967295],
            [7, 8, 9],
          ],
        );
      });
    });

    test('the current dossier is saved, replaced and loaded by key', async () => {
      await withFreshStore(target, async (store) => {
        assert.equal(await store.loadDossier('default'), null);
        await store.saveDossier('default', { version: 1, documents: [], note: 'первый' });
        const first = await store.loadDossier('default');
        await store.saveDossier('default', { version: 1, documents: [{ id: 'd1', body: 'x\u0000y 😀' }] });
        const second = await store.loadDossier<{ documents: { body: string }[] }>('default');
        assert.deepEqual(first?.json, { version: 1, documents: [], note: 'первый' });
        assert.equal(second?.json.documents[0].body, 'x\uFFFDy 😀');
        assert.ok(second!.updated_at >= first!.updated_at);
      });
    });
  });
}
