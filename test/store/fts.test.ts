import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Db } from '../../src/store/driver.ts';
import { isPostgresUrl, openStore } from '../../src/store/index.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { documentOf, sentenceClaims } from './docs.ts';
import { practiceDocuments, targets, withFreshStore } from './helpers.ts';
import { syntheticDocument } from './synthetic.ts';

const openDb = (where: string): Promise<Db> => (isPostgresUrl(where) ? openPostgres(where) : openPglite(where));

for (const target of targets) {
  describe(`store tokenization (${target.name})`, () => {
    test("each text is tokenized once, and the stored vectors are what PostgreSQL makes of the whole texts in the document's configuration", async () => {
      const where = await target.fresh();
      const store = await openStore(where);
      // Languages with a configuration, without one ('sw'), and unknown (null): each document's own.
      const languages = ['en', 'ru', 'de', 'sw', null];
      const synthetic = Array.from({ length: 30 }, (_, i) => syntheticDocument(i));
      for (const [i, { doc }] of synthetic.entries()) doc.language = languages[i % languages.length];
      const docs = [...practiceDocuments(), ...synthetic];
      try {
        await store.putDocuments(docs, 'r1');
      } finally {
        await store.close();
      }
      const db = await openDb(where);
      try {
        // The same lexemes and weights; the same positions where no stop word ends a claim (a piece's last position
        // is its last word's, so a stemming configuration's trailing stop words are not counted): all in 'simple'.
        const words = (vector: string) => `(SELECT array_agg(u.lexeme || ':' || array_to_string(u.weights, '') ORDER BY u.lexeme) FROM unnest(${vector}) AS u)`;
        const [documents] = await db.query<{ n: number; differ: number; moved: number }>(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE ${words('fts')} <> ${words('whole')})::int AS differ,
                  count(*) FILTER (WHERE fts <> whole AND search_config(language) = 'simple'::regconfig)::int AS moved
           FROM (SELECT language, fts, setweight(to_tsvector(search_config(language), coalesce(title, '')), 'A')
                                       || setweight(to_tsvector(search_config(language), body), 'B') AS whole FROM documents) AS v`,
        );
        assert.deepEqual(documents, { n: docs.length, differ: 0, moved: 0 });
        const [claims] = await db.query<{ n: number; differ: number }>(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE c.fts::text <> to_tsvector(search_config(d.language), c.claim ->> 'text')::text)::int AS differ
           FROM claim_sets s JOIN documents d ON d.seq = s.doc, LATERAL (SELECT s.fts[i] AS fts, s.claims::json -> (i - 1) AS claim
                                       FROM generate_series(1, json_array_length(s.claims::json)) AS i) c`,
        );
        assert.deepEqual(claims, { n: docs.reduce((n, d) => n + d.claims.length, 0), differ: 0 });
      } finally {
        await db.close();
      }
    });

    test('a claim that is not its body text is still found by its own words', async () => {
      await withFreshStore(target, async (store) => {
        const body = 'The parties signed the accord. It enters into force at once.';
        const claims = sentenceClaims(body);
        claims[1] = { ...claims[1], text: 'It enters into force immediately (paraphrased).' };
        await store.putDocument(documentOf('p.txt', body), claims, 'r1');
        assert.deepEqual(
          (await store.searchClaims('immediately paraphrased')).map((c) => c.text),
          [claims[1].text],
        );
        assert.deepEqual(
          (await store.searchClaims('signed accord')).map((c) => c.text),
          [claims[0].text],
        );
        assert.equal((await store.searchDocuments('immediately')).length, 1, "the document's vector holds its claims' words");
      });
    });
  });
}
