// Embedded driver: PGlite (PostgreSQL compiled to WASM) in a local folder, or `memory://` for a throwaway store.
// PGlite writes through PostgreSQL's WAL, so a process killed mid-run loses at most its open transaction:
// the next open replays the WAL (crash recovery) and finds every committed document. PGlite runs with
// fsync off, so that holds for a killed process, not for a power cut.
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './driver.ts';
import { LOCK_FILE, lockDir } from './lock.ts';

export const MEMORY = 'memory://';

/** Names a PostgreSQL data folder holds, even one whose first initialization was cut short. */
const isDataEntry = (name: string) => ['PG_VERSION', 'base', 'global'].includes(name) || /^(pg_|postgresql\.)/.test(name);

/** PGlite would initialize a store inside any folder: refuse one that holds something else (a mistyped --db). */
function assertStoreFolder(dir: string): void {
  const entries = readdirSync(dir).filter((name) => name !== LOCK_FILE);
  if (entries.length > 0 && !entries.some(isDataEntry)) {
    throw new Error(`${dir} is neither empty nor a Pactwatch store; give --db an empty or new folder`);
  }
}

function wrap(db: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T = Row>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

export async function openPglite(target: string): Promise<Db> {
  let release = () => {};
  let location = MEMORY;
  if (target !== MEMORY) {
    location = resolve(target);
    mkdirSync(location, { recursive: true });
    assertStoreFolder(location);
    release = lockDir(location);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(target === MEMORY ? undefined : location);
  } catch (err) {
    release();
    throw new Error(`cannot open the store in ${location}: ${(err as Error).message}`);
  }
  const direct = wrap(db);
  return {
    kind: 'pglite',
    location,
    query: direct.query,
    exec: direct.exec,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
