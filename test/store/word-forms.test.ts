// Search that finds word forms (issue 15), on both stores: stems in the document's language, near spellings
// (pg_trgm) where stems do not meet, stem matches first, and a store written before (migration 006) upgraded.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Db } from '../../src/store/driver.ts';
import { isPostgresUrl, type NewDocument, openStore, type Store } from '../../src/store/index.ts';
import { migrations } from '../../src/store/migrate.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { documentOf, sentenceClaims } from './docs.ts';
import { targets, withFreshStore } from './helpers.ts';

const openDb = (where: string): Promise<Db> => (isPostgresUrl(where) ? openPostgres(where) : openPglite(where));

/** Reports of our own, one per language; `null`: a report whose language the reader could not tell. */
const REPORTS: [string, string | null, string][] = [
  ['en.txt', 'en', 'The two governments signed the Tarn accord in Valmont. Parliament will ratify it in June.'],
  ['es.txt', 'es', 'Los dos gobiernos han firmado el acuerdo del Tarn en Valmont.'],
  ['de.txt', 'de', 'Der Vertrag über den Tarn wurde unterzeichnet. Die Ratifikationsurkunden werden im Juni ausgetauscht.'],
  ['fr.txt', 'fr', 'Le Parlement doit ratifier l’accord sur le Tarn avant l’été.'],
  ['ru.txt', 'ru', 'Государственная дума ратифицировала соглашение о реке Тарн. Совет Федерации ратифицирует его в июне.'],
  ['xx.txt', null, 'Report 7: the Tarn accord was ratified on 3 June by both assemblies.'],
];

async function putReports(store: Store): Promise<Map<string, string>> {
  const shas = new Map<string, string>();
  for (const [file, language, body] of REPORTS) {
    const doc = documentOf(file, body, { language });
    await store.putDocument(doc, sentenceClaims(body), 'r1');
    shas.set(file, doc.sha256);
  }
  return shas;
}

async function filesFound(store: Store, q: string): Promise<string[]> {
  return (await store.searchDocuments(q)).map((h) => h.file).sort();
}

for (const target of targets) {
  describe(`search by word forms (${target.name})`, () => {
    test("stems in the document's language find other forms of a word, where no spelling is near", async () => {
      await withFreshStore(target, async (store) => {
        await putReports(store);
        // Each pair shares its stem but fewer than 70% of its trigrams: found by stems alone.
        assert.deepEqual(await filesFound(store, 'signing'), ['en.txt']);
        assert.deepEqual(await filesFound(store, 'firmaron'), ['es.txt']);
        assert.deepEqual(await filesFound(store, 'Verträge'), ['de.txt']);
        assert.deepEqual(await filesFound(store, 'ратифицировал'), ['ru.txt']);
        // 'ratifiée' is spelled nearly as the other languages' 'ratify', found after the stem's match.
        assert.equal((await store.searchDocuments('ratifiée'))[0].file, 'fr.txt');
        const claims = await store.searchClaims('signing');
        assert.deepEqual(
          claims.map((c) => c.text),
          ['The two governments signed the Tarn accord in Valmont.'],
        );
        assert.deepEqual(
          claims[0].headline.marks.map((m) => claims[0].text.slice(m.start, m.end)),
          ['signed'],
        );
      });
    });

    test('near spellings (trigrams) find compounds, other stems and reports of no known language', async () => {
      await withFreshStore(target, async (store) => {
        await putReports(store);
        // Near spellings across languages too ('ratify', 'ratifier'), all after any stem's match.
        assert.ok((await filesFound(store, 'Ratifikation')).includes('de.txt'));
        const compound = (await store.searchClaims('Ratifikation')).find((c) => c.text.startsWith('Die '))!;
        assert.deepEqual(
          compound.headline.marks.map((m) => compound.text.slice(m.start, m.end)),
          ['Ratifikationsurkunden'],
        );
        // 'ратифицировать' and 'ратифицирует' have different stems ('ратифицирова', 'ратифицир'): the second is the
        // first's beginning.
        assert.deepEqual(
          (await store.searchClaims('ратифицировать')).map((c) => c.text),
          ['Государственная дума ратифицировала соглашение о реке Тарн.', 'Совет Федерации ратифицирует его в июне.'],
        );
        // The report of no known language has 'ratified' as it is: found by its near spelling.
        assert.ok((await filesFound(store, 'ratify')).includes('xx.txt'));
        assert.equal((await store.listDocuments({ q: 'Ratifikation' })).total, (await filesFound(store, 'Ratifikation')).length);
      });
    });

    test('matches by stem come before matches by a near spelling', async () => {
      await withFreshStore(target, async (store) => {
        // Stored first: without the rule, a tie in rank is broken by the order of storing.
        const near: NewDocument = documentOf('near.txt', 'The signings were public.', { language: null });
        await store.putDocument(near, sentenceClaims(near.body), 'r1');
        const stem = documentOf('stem.txt', 'The accord was signed.', { language: 'en' });
        await store.putDocument(stem, sentenceClaims(stem.body), 'r1');
        assert.deepEqual(await store.searchDocuments('signing').then((h) => h.map((x) => x.file)), ['stem.txt', 'near.txt']);
        assert.deepEqual(await store.searchClaims('signing').then((h) => h.map((x) => x.text)), ['The accord was signed.', 'The signings were public.']);
        assert.deepEqual(await store.listDocuments({ q: 'signing' }).then((l) => l.items.map((x) => x.file)), ['stem.txt', 'near.txt']);
      });
    });

    test('trigram near spellings are looked up only when stems and beginnings leave the page short', async () => {
      await withFreshStore(target, async (store) => {
        const near = documentOf('near.txt', 'The signings were public.', { language: null });
        const stem = documentOf('stem.txt', 'The accord was signed.', { language: 'en' });
        for (const doc of [near, stem]) await store.putDocument(doc, sentenceClaims(doc.body), 'r1');
        // A page of one is filled by the stem's match: its total counts no near spelling.
        const first = await store.listDocuments({ q: 'signing', limit: 1 });
        assert.deepEqual([first.total, first.items.map((d) => d.file)], [1, ['stem.txt']]);
        assert.equal((await store.listDocuments({ q: 'signing', limit: 1, offset: 1 })).total, 2);
        assert.deepEqual(await store.searchClaims('signing', { limit: 1 }).then((h) => h.map((x) => x.text)), ['The accord was signed.']);
        assert.deepEqual(await store.searchClaims('signing', { limit: 1, offset: 1 }).then((h) => h.map((x) => x.text)), ['The signings were public.']);
      });
    });

    test('a store written before word forms is tokenized again in each language and its words are indexed', async () => {
      const where = await target.blank();
      const [en, de] = [REPORTS[0], REPORTS[2]].map(([file, language, body]) => documentOf(file, body, { language }));
      const db = await openDb(where);
      try {
        // Version 5: every vector in 'simple', as its writer made them.
        await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        for (const m of migrations().filter((m) => m.version < 6)) {
          await db.exec(m.sql);
          await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        }
        for (const doc of [en, de]) {
          const claims = sentenceClaims(doc.body);
          const [{ seq }] = await db.query<{ seq: number }>(
            `INSERT INTO documents (sha256, file, format, title, language, kind, body, reader_version, fts)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'r1', setweight(to_tsvector('simple', $4), 'A') || setweight(to_tsvector('simple', $7), 'B'))
             RETURNING seq`,
            [doc.sha256, doc.file, doc.format, doc.title, doc.language, doc.kind, doc.body],
          );
          await db.query(
            `INSERT INTO claim_sets (doc, claims, fts)
             SELECT $1, $2, array_agg(to_tsvector('simple', c ->> 'text') ORDER BY n) FROM json_array_elements($2::json) WITH ORDINALITY AS c (c, n)`,
            [seq, JSON.stringify(claims)],
          );
          await db.query(`INSERT INTO collection_documents (collection, sha256) VALUES ('default', $1)`, [doc.sha256]);
        }
      } finally {
        await db.close();
      }
      const store = await openStore(where);
      try {
        assert.deepEqual(await filesFound(store, 'signing'), ['en.txt']);
        assert.ok((await filesFound(store, 'Ratifikation')).includes('de.txt'));
        assert.deepEqual(
          (await store.searchClaims('Verträge')).map((c) => c.doc),
          [de.sha256],
        );
      } finally {
        await store.close();
      }
    });
  });
}
