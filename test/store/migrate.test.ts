import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isPostgresUrl, openStore, resolveTarget } from '../../src/store/index.ts';
import { migrate, migrations } from '../../src/store/migrate.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { targets } from './helpers.ts';

test('migrations are numbered 1, 2, … without gaps or repeats', () => {
  const versions = migrations().map((m) => m.version);
  assert.ok(versions.length > 0);
  assert.deepEqual(versions, versions.map((_, i) => i + 1));
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
        assert.deepEqual(rows.map((r) => r.version), migrations().map((m) => m.version));
      } finally {
        await db.close();
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
