// PostgreSQL server driver (node-postgres pool), for `--db postgres://…` or PACTWATCH_DATABASE_URL.
import pg from 'pg';
import type { Db, Queryable, Row } from './driver.ts';

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T = Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql); // no parameters: the simple protocol, which allows several statements
    },
  };
}

/** Bulk-write transactions at once: the server tokenizes and indexes two chunks on two backends. */
const WRITERS = 2;

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  // Fail now, with the URL in the message, rather than on first use. Rows written in transactions (the
  // bulk writes) are compressed with lz4 when the server has it: pglz took a sixth of the server's time.
  const [{ lz4 }] = (await pool.query(`SELECT coalesce('lz4' = ANY (enumvals), false) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`)).rows;
  const begin = lz4 ? 'BEGIN; SET LOCAL default_toast_compression = lz4' : 'BEGIN';
  const direct = wrap(pool);
  return {
    kind: 'postgres',
    location: redactUrl(url),
    writers: WRITERS,
    query: direct.query,
    exec: direct.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query(begin);
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        // A connection that cannot even roll back is dropped from the pool rather than reused.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
