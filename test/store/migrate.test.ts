import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { preparedOf } from '../../src/runner/index.ts';
import { isPostgresUrl, openStore, resolveTarget } from '../../src/store/index.ts';
import { migrate, migrations } from '../../src/store/migrate.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { documentOf, sentenceClaims } from './docs.ts';
import { practiceDocuments, targets } from './helpers.ts';

test('migrations are numbered 1, 2, … without gaps or repeats', () => {
  const versions = migrations().map((m) => m.version);
  assert.ok(versions.length > 0);
  assert.deepEqual(
    versions,
    versions.map((_, i) => i + 1),
  );
});

for (const target of targets) {
  describe(`store migrations (${target.name})`, () => {
    test('each migration applies once, however often the store is opened', async () => {
      const where = await target.fresh();
      await (await openStore(where)).close();
      await (await openStore(where)).close();
      const db = isPostgresUrl(where) ? await openPostgres(where) : await openPglite(where);
      try {
        assert.deepEqual(await migrate(db), []);
        const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        assert.deepEqual(
          rows.map((r) => r.version),
          migrations().map((m) => m.version),
        );
      } finally {
        await db.close();
      }
    });

    test('a version 1 store upgrades: its claims, their counts and search come through', async () => {
      const where = await target.blank();
      // The last, past the 256 K characters version 1 indexed: its late claim is found after the upgrade.
      const long = `${'filler '.repeat(40000)}. Zanzibar clause here.`;
      const docs = [...practiceDocuments(), { doc: documentOf('long.txt', long), claims: sentenceClaims(long) }];
      // A store as version 1 wrote it: claims one row each, their own fields in jsonb.
      const db = isPostgresUrl(where) ? await openPostgres(where) : await openPglite(where);
      try {
        await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        await db.exec(migrations()[0].sql);
        await db.query(`INSERT INTO schema_migrations (version, name) VALUES (1, 'init')`);
        for (const { doc, claims } of docs) {
          await db.query(
            `INSERT INTO documents (sha256, file, format, title, language, kind, body, signature, reader_version)
                          VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, 'r1')`,
            [doc.sha256, doc.file, doc.format, doc.title, doc.language, doc.kind, doc.body, JSON.stringify(doc.signature)],
          );
          await db.query(`INSERT INTO collection_documents (collection, sha256) VALUES ('default', $1)`, [doc.sha256]);
          for (const [i, { start, end, text, kind, speaker, unit, ...data }] of claims.entries()) {
            await db.query(
              `INSERT INTO claims (sha256, ord, start_offset, end_offset, text, kind, speaker, unit, data)
                            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
              [doc.sha256, i + 1, start, end, text, kind, speaker, unit, JSON.stringify(data)],
            );
          }
        }
      } finally {
        await db.close();
      }

      const store = await openStore(where);
      try {
        const claims = await store.claimsFor({ collection: 'default' });
        assert.deepEqual(
          claims,
          docs.flatMap(({ doc, claims: own }) => own.map((c, i) => ({ ...c, id: `${doc.sha256}#${i + 1}`, doc: doc.sha256 }))),
        );
        assert.deepEqual(
          (await store.listDocuments()).items.map((d) => d.claim_count),
          docs.map((d) => d.claims.length),
        );
        const [hit] = await store.searchClaims('customs house');
        assert.match(hit.text, /old customs house/);
        assert.deepEqual(
          (await store.searchDocuments('Ratifizierung')).map((h) => h.sha256),
          [docs[3].doc.sha256],
        );
        assert.deepEqual(
          (await store.searchClaims('Zanzibar')).map((c) => c.text),
          ['Zanzibar clause here.'],
        );
        // and it goes on as a version 2 store
        const [extra] = practiceDocuments().slice(1);
        await store.putClaims(extra.doc.sha256, extra.claims.slice(0, 1), 'r2');
        assert.equal((await store.claimsFor([extra.doc.sha256])).length, 1);
      } finally {
        await store.close();
      }
    });

    test('a version 2 store upgrades: source fields kept in extra move to their columns; a row never typed is typed on load', async () => {
      const where = await target.blank();
      const [official, wire] = practiceDocuments();
      const typed = { source_type: 'government', source_state: 'XK', source_evidence: 'the document is the official text' };
      const db = isPostgresUrl(where) ? await openPostgres(where) : await openPglite(where);
      try {
        await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        for (const m of migrations().slice(0, 2)) {
          await db.exec(m.sql);
          await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        }
        // As version 2 stored them: the first read by a reader that typed sources (the fields fell into `extra`
        // beside another extra field), the second by one before source types.
        for (const [doc, extra] of [
          [official.doc, { ...typed, scope: 'x' }],
          [wire.doc, {}],
        ] as const) {
          const [{ seq }] = await db.query<{ seq: number }>(
            `INSERT INTO documents (sha256, file, format, title, language, kind, body, extra, signature, reader_version)
                          VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, 'r1') RETURNING seq`,
            [doc.sha256, doc.file, doc.format, doc.title, doc.language, doc.kind, doc.body, JSON.stringify(extra), JSON.stringify(doc.signature)],
          );
          await db.query(`INSERT INTO claim_sets (doc, claims, fts) VALUES ($1, '[]', '{}')`, [seq]);
          await db.query(`INSERT INTO collection_documents (collection, sha256) VALUES ('default', $1)`, [doc.sha256]);
        }
      } finally {
        await db.close();
      }

      const store = await openStore(where);
      try {
        const [first, second] = await store.documentsFor({ collection: 'default' });
        assert.deepEqual([first.source_type, first.source_state, first.source_evidence], [typed.source_type, typed.source_state, typed.source_evidence]);
        assert.equal((first as unknown as { scope: string }).scope, 'x');
        // Never typed: null evidence says so, not "nothing shows who publishes it".
        assert.deepEqual([second.source_type, second.source_state, second.source_evidence], [null, null, null]);
        assert.deepEqual(
          (await store.listDocuments()).items.map((d) => d.source_evidence),
          [typed.source_evidence, null],
        );
        // What the runner and the server load: the stored typing, or one made now from the record.
        assert.equal(preparedOf(first, []).doc.source_state, 'XK');
        const loaded = preparedOf(second, []).doc;
        assert.equal(loaded.source_type, 'wire');
        assert.match(loaded.source_evidence, /wire credit line/);
      } finally {
        await store.close();
      }
    });
  });
}

describe('embedded store lock', () => {
  test('a folder open in this process cannot be opened again until closed', async () => {
    const where = await targets[0].fresh();
    const store = await openStore(where);
    await assert.rejects(openStore(where), /in use by process \d+/);
    await store.close();
    await (await openStore(where)).close();
  });

  test('a lock held by a live process is refused; one left by a dead process is taken over', async () => {
    const where = await targets[0].fresh();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(where, 'pactwatch.lock'), String(sleeper.pid));
      await assert.rejects(openStore(where), new RegExp(`in use by process ${sleeper.pid}`));
    } finally {
      sleeper.kill('SIGKILL');
      await new Promise((resolve) => sleeper.once('exit', resolve));
    }
    await (await openStore(where)).close();
  });

  test('a folder holding anything but a store is refused and left as it was', async () => {
    const where = await targets[0].fresh();
    const other = join(where, '..', 'reports');
    mkdirSync(other);
    writeFileSync(join(other, 'a.txt'), 'a report');
    await assert.rejects(openStore(other), /neither empty nor a Pactwatch store/);
    assert.deepEqual(readdirSync(other), ['a.txt']);
  });

  test('a postgres:// target is a server, anything else a folder', () => {
    assert.equal(isPostgresUrl('postgres://u@h/db'), true);
    assert.equal(isPostgresUrl('POSTGRESQL://h/db'), true);
    assert.equal(isPostgresUrl('./postgres/db'), false);
  });

  test('without a target the store is PACTWATCH_DATABASE_URL, else .pactwatch/db', () => {
    const saved = process.env.PACTWATCH_DATABASE_URL;
    try {
      delete process.env.PACTWATCH_DATABASE_URL;
      assert.equal(resolveTarget(), '.pactwatch/db');
      assert.equal(resolveTarget('elsewhere'), 'elsewhere');
      process.env.PACTWATCH_DATABASE_URL = 'postgres://u@h/db';
      assert.equal(resolveTarget(), 'postgres://u@h/db');
      assert.equal(resolveTarget('memory://'), 'memory://');
    } finally {
      if (saved === undefined) delete process.env.PACTWATCH_DATABASE_URL;
      else process.env.PACTWATCH_DATABASE_URL = saved;
    }
  });
});
