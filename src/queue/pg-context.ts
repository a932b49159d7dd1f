// The job context on PostgreSQL: the collection's members and the per-collection lock in SQL, alerts written with
// their snapshot and their webhook jobs in one transaction (src/alerts/pg.ts).
import { loadSnapshot, storeAlerts, type WebhookTarget } from '../alerts/index.ts';
import type { BossQueue } from './boss.ts';
import type { AlertSink } from './context.ts';

export async function membersOf(queue: BossQueue, collection: string): Promise<string[]> {
  const { rows } = await queue.pool.query<{ sha256: string }>(
    `SELECT d.sha256 FROM collection_documents cd JOIN documents d ON d.sha256 = cd.sha256 WHERE cd.collection = $1 ORDER BY d.seq`,
    [collection],
  );
  return rows.map((r) => r.sha256);
}

/** Runs `fn` holding a session advisory lock on the collection: a dossier update on another worker waits for it.
 *  The lock goes with the connection, so a killed worker's lock is released by the server. */
export async function exclusiveOn<T>(queue: BossQueue, collection: string, fn: () => Promise<T>): Promise<T> {
  const client = await queue.pool.connect();
  const key = ['SELECT hashtext($1 || current_schema() || $2)', ['pactwatch-dossier:', `:${collection}`]] as const;
  let broken: Error | undefined;
  try {
    await client.query(`SELECT pg_advisory_lock((${key[0]})::bigint)`, [...key[1]]);
    try {
      return await fn();
    } finally {
      await client.query(`SELECT pg_advisory_unlock((${key[0]})::bigint)`, [...key[1]]).catch((e: Error) => (broken = e));
    }
  } finally {
    client.release(broken);
  }
}

export function pgAlertSink(queue: BossQueue, webhook: WebhookTarget | null): AlertSink {
  return {
    snapshot: (collection) => loadSnapshot(queue.pool, collection),
    async commit(collection, snapshot, alerts) {
      const client = await queue.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const stored = await storeAlerts(client, collection, snapshot, alerts);
        if (webhook) for (const alert of stored) await queue.send('webhook', { url: webhook.url, alert }, client);
        await client.query('COMMIT');
        return stored;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}
