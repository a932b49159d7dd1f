// Schema migrations: the numbered .sql files beside this module (`NNN-name.sql`), each applied once,
// in order, recorded in schema_migrations. All pending ones run in one transaction under an advisory
// lock, so two processes opening a fresh server database at once do not both migrate it.
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './driver.ts';

const DIR = new URL('./migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(DIR)
    .map((file) => /^(\d+)-(.+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2], sql: readFileSync(new URL(m[0], DIR), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/** Applies the pending migrations; returns the versions it applied. */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Per schema: test runs share a server database, each in its own schema.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('pactwatch-migrate:' || current_schema()))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations()) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
