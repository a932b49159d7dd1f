// Shared by the store tests: fresh stores on both targets (PGlite; PostgreSQL, one schema per store, on the server
// PACTWATCH_TEST_DATABASE_URL names, schemas dropped at the end, else on a throwaway server of this file's own:
// postgres-server.ts) and the practice case's reports as documents.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { type NewClaim, type NewDocument, openStore, type Store } from '../../src/store/index.ts';
import { documentOf, sentenceClaims } from './docs.ts';
import { embedded, stopTestDatabase, testDatabaseUrl } from './postgres-server.ts';

export interface Target {
  name: 'pglite' | 'postgres';
  /** A location (folder or URL) where no store exists yet. */
  fresh(): Promise<string>;
  /** A location with nothing in it yet, not even the current schema (migration tests). */
  blank(): Promise<string>;
}

const dirs: string[] = [];
const schemas: string[] = [];

after(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  // A throwaway server goes whole; on a shared one, each schema this file made is dropped.
  if (schemas.length > 0 && !embedded()) {
    const client = new pg.Client(await testDatabaseUrl());
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  await stopTestDatabase();
});

/** A URL whose connections use `schema` (node-postgres passes `options` to the server). */
export function withSchema(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-store-'));
  dirs.push(dir);
  return dir;
}

// PGlite's initdb takes over a second; a copy of one migrated, closed store takes a tenth of that.
let template: string | null = null;

const pglite: Target = {
  name: 'pglite',
  async fresh() {
    if (template === null) {
      template = join(tempDir(), 'template');
      await (await openStore(template)).close();
    }
    const dir = join(tempDir(), 'db');
    cpSync(template, dir, { recursive: true });
    return dir;
  },
  async blank() {
    return join(tempDir(), 'db');
  },
};

const postgres: Target = {
  name: 'postgres',
  async fresh() {
    const url = await testDatabaseUrl();
    const schema = `pw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const client = new pg.Client(url);
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    schemas.push(schema);
    return withSchema(url, schema);
  },
  blank() {
    return this.fresh();
  },
};

export const targets: Target[] = [pglite, postgres];

/** Runs `use` on a fresh store of the target, closed afterwards whatever happens. */
export async function withFreshStore(target: Target, use: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(await target.fresh());
  try {
    await use(store);
  } finally {
    await store.close();
  }
}

const PRACTICE = new URL('../../../shared/eval/practice-harbour/docs/', import.meta.url);

/** The practice case's plain-text reports (English, Russian, German) as stored documents. */
export function practiceDocuments(): { doc: NewDocument; claims: NewClaim[] }[] {
  return ['01_official_text.txt', '02_meridian_wire_signing.txt', '04_ru_federal_diet.txt', '05_de_valdoria_ratification.txt'].map((file) => {
    const body = readFileSync(new URL(file, PRACTICE), 'utf8');
    return { doc: documentOf(file, body), claims: sentenceClaims(body) };
  });
}
