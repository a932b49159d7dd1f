// Embedded driver: PGlite (PostgreSQL compiled to WASM) in a local folder, or `memory://` for a throwaway store.
// PGlite writes through PostgreSQL's WAL, so a process killed mid-run loses at most its open transaction:
// the next open replays the WAL (crash recovery) and finds every committed document. PGlite runs with
// fsync off, so that holds for a killed process, not for a power cut.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, type QueryOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, Queryable, Row } from './driver.ts';
import { LOCK_FILE, lockDir } from './lock.ts';

export const MEMORY = 'memory://';

/**
 * PostgreSQL settings on top of PGlite's. Shared buffers are memory PostgreSQL touches at start: PGlite's
 * 128 MB cost some 100 MB more resident memory than 8 MB, which write and read as fast here (the OS page
 * cache holds the data files). A checkpoint every 256 MB of WAL (not 1 GB) bounds the replay after a kill.
 */
export const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=8MB', '-c', 'max_wal_size=256MB'];

/** Names a PostgreSQL data folder holds, even one whose first initialization was cut short. */
const isDataEntry = (name: string) => ['PG_VERSION', 'base', 'global'].includes(name) || /^(pg_|postgresql\.)/.test(name);

/** PGlite would initialize a store inside any folder: refuse one that holds something else (a mistyped --db). */
function assertStoreFolder(dir: string): void {
  const entries = readdirSync(dir).filter((name) => name !== LOCK_FILE);
  if (entries.length > 0 && !entries.some(isDataEntry)) {
    throw new Error(`${dir} is neither empty nor a Pactwatch store; give --db an empty or new folder`);
  }
}

// PGlite runs initdb in a second PostgreSQL instance inside the process, and the memory of both stays
// resident afterwards (about 600 MB, against some 150 MB for opening an existing store): a new store
// is initialized by a short-lived child process instead.
const INITDB = `const [, pglite, dir, params] = process.argv;
const { PGlite } = await import(pglite);
await (await PGlite.create(dir, { startParams: JSON.parse(params) })).close();`;

function initdbApart(dir: string): Promise<void> {
  return new Promise((done, fail) => {
    const args = ['--input-type=module', '-e', INITDB, import.meta.resolve('@electric-sql/pglite'), dir, JSON.stringify(START_PARAMS)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`initdb exited ${code}: ${stderr.trim()}`))));
  });
}

// PGlite sends a text parameter by measuring and copying it character by character in JavaScript; a
// megabyte string goes several times faster as UTF-8 bytes in binary format, which for text and json
// is the bytes themselves (jsonb: a version byte first). Buffers (the bulk writes' binary arrays,
// arrays.ts) go through as they are, as their ArrayBuffer when they fill it: one copy fewer of a few
// megabytes per chunk, which also keeps the process's memory lower.
const BINARY_MIN = 16384;
const TEXT = 25;
const JSON_OID = 114;
const JSONB = 3802;
const BINARY_ARRAYS = [1009, 1007, 1016]; // text[], int4[], int8[]

function utf8(value: string, versionByte: boolean): Buffer {
  if (!versionByte) return Buffer.from(value);
  const out = Buffer.allocUnsafe(Buffer.byteLength(value) + 1);
  out[0] = 1;
  out.write(value, 1);
  return out;
}

/** A buffer as PGlite takes it without copying: its own ArrayBuffer when it spans all of it. */
const bytes = (v: Uint8Array): Uint8Array | ArrayBuffer =>
  v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength ? v.buffer : v;

/** Per-query serializers over the instance's own: long strings and Buffers in binary format. */
function binaryParams(db: PGlite): QueryOptions {
  const serializers: Record<number, (value: unknown) => unknown> = {};
  for (const oid of [TEXT, JSON_OID, JSONB]) {
    serializers[oid] = (v) =>
      v instanceof Uint8Array ? bytes(v) : typeof v === 'string' && v.length >= BINARY_MIN ? bytes(utf8(v, oid === JSONB)) : db.serializers[oid](v);
  }
  for (const oid of BINARY_ARRAYS) serializers[oid] = (v) => (v instanceof Uint8Array ? bytes(v) : db.serializers[oid](v));
  return { serializers } as QueryOptions;
}

function wrap(db: Pick<PGlite, 'query' | 'exec'>, options: QueryOptions): Queryable {
  return {
    async query<T = Row>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params, options)).rows;
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
    if (target !== MEMORY && !existsSync(join(location, 'PG_VERSION'))) await initdbApart(location);
    // pg_trgm: the near spellings of search words (migration 006, search.ts).
    db = await PGlite.create(target === MEMORY ? undefined : location, { startParams: START_PARAMS, extensions: { pg_trgm } });
  } catch (err) {
    release();
    throw new Error(`cannot open the store in ${location}: ${(err as Error).message}`);
  }
  const options = binaryParams(db);
  const direct = wrap(db, options);
  return {
    kind: 'pglite',
    location,
    writers: 1,
    query: direct.query,
    exec: direct.exec,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx, options))),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
