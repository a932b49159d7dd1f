// A chunk whose transaction the server picks as a deadlock's victim (PostgreSQL: 40P01, seen when chunks are
// written at once under load) is written again, and the batch comes back whole, in order, each document once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Db } from '../../src/store/driver.ts';
import { migrate } from '../../src/store/migrate.ts';
import { MEMORY, openPglite } from '../../src/store/pglite.ts';
import { writeBatch } from '../../src/store/write.ts';
import { syntheticDocument } from './synthetic.ts';

/** The db, but its first `victims` transactions do their work and then lose to a deadlock (rolled back). */
function withDeadlocks(db: Db, victims: number, code = '40P01'): Db & { attempts: number } {
  let left = victims;
  const wrapped = {
    attempts: 0,
    kind: db.kind,
    location: db.location,
    writers: db.writers,
    query: db.query.bind(db),
    exec: db.exec.bind(db),
    close: () => db.close(),
    async transaction<T>(fn: Parameters<Db['transaction']>[0]): Promise<T> {
      wrapped.attempts++;
      if (left-- <= 0) return db.transaction(fn) as Promise<T>;
      return db.transaction(async (tx) => {
        await fn(tx);
        throw Object.assign(new Error('deadlock detected'), { code });
      }) as Promise<T>;
    },
  };
  return wrapped;
}

test('a chunk that lost to a deadlock is written again: the batch is whole, in order, each document once', async () => {
  const db = await openPglite(MEMORY);
  try {
    await migrate(db);
    const docs = Array.from({ length: 5 }, (_, i) => syntheticDocument(i));
    const flaky = withDeadlocks(db, 2);
    assert.deepEqual(
      await writeBatch(flaky, docs, 'r1', 'all'),
      docs.map((d) => d.doc.sha256),
    );
    assert.equal(flaky.attempts, 3);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
    assert.equal(n, 5);
  } finally {
    await db.close();
  }
});

test('any other error of a chunk is not retried', async () => {
  const db = await openPglite(MEMORY);
  try {
    await migrate(db);
    const flaky = withDeadlocks(db, 1, '23505');
    await assert.rejects(writeBatch(flaky, [syntheticDocument(1)], 'r1', 'all'), /deadlock detected/);
    assert.equal(flaky.attempts, 1);
  } finally {
    await db.close();
  }
});
