// Shared by the store tests: fresh stores on every available target (PGlite always; PostgreSQL when
// PACTWATCH_TEST_DATABASE_URL is set, one schema per store, dropped at the end) and documents made
// from the eval reports with a plain sentence split for claims.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import type { NewClaim, NewDocument } from '../../src/store/index.ts';

export const PG_URL = process.env.PACTWATCH_TEST_DATABASE_URL;

export interface Target {
  name: 'pglite' | 'postgres';
  /** A location (folder or URL) where no store exists yet. */
  fresh(): Promise<string>;
}

const dirs: string[] = [];
const schemas: string[] = [];

after(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  if (schemas.length > 0 && PG_URL) {
    const client = new pg.Client(PG_URL);
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
});

/** A URL whose connections use `schema` (node-postgres passes `options` to the server). */
export function withSchema(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

const pglite: Target = {
  name: 'pglite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'pactwatch-store-'));
    dirs.push(dir);
    return join(dir, 'db');
  },
};

const postgres: Target = {
  name: 'postgres',
  async fresh() {
    const schema = `pw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const client = new pg.Client(PG_URL);
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    schemas.push(schema);
    return withSchema(PG_URL!, schema);
  },
};

export const targets: Target[] = PG_URL ? [pglite, postgres] : [pglite];

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Claims at sentence boundaries: enough structure to check offsets and search, no reader needed. */
export function sentenceClaims(body: string): NewClaim[] {
  const claims: NewClaim[] = [];
  for (const m of body.matchAll(/[^\s.!?][^.!?]*[.!?]?/gu)) {
    const text = m[0].trimEnd();
    claims.push({
      start: m.index!, end: m.index! + text.length, text, kind: 'report', speaker: null,
      articles: [], article_refs: [], foreign_refs: [], dates: [], parties: [], party_mentions: [], bodies: [],
      features: [{ cue: 'test', weight: 1, text }], unit: 'sentence',
    });
  }
  return claims;
}

export function documentOf(file: string, body: string, overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    file, sha256: sha(body), format: 'text', url: null, title: body.split('\n')[0].slice(0, 120),
    outlet: null, author: null, published: null, language: 'en', kind: 'news', evidence: {},
    body, removed: [], warnings: [], signature: [1, 2, 4294967295], ...overrides,
  };
}

const PRACTICE = new URL('../../../shared/eval/practice-harbour/docs/', import.meta.url);

/** The practice case's plain-text reports (English, Russian, German) as stored documents. */
export function practiceDocuments(): { doc: NewDocument; claims: NewClaim[] }[] {
  return ['01_official_text.txt', '02_meridian_wire_signing.txt', '04_ru_federal_diet.txt', '05_de_valdoria_ratification.txt'].map((file) => {
    const body = readFileSync(new URL(file, PRACTICE), 'utf8');
    return { doc: documentOf(file, body), claims: sentenceClaims(body) };
  });
}
