// Alerts on PostgreSQL: each dossier update writes its alerts and the facts snapshot the next update compares
// with in one transaction, and NOTIFYs; every server listening gets them, whichever machine's worker found them.
// The table is the record: a subscriber that reconnects asks for the alerts after the last id it saw.
import pg from 'pg';
import type { AlertFeed } from './bus.ts';
import type { Alert, FactSnapshot } from './types.ts';

export const ALERT_CHANNEL = 'pactwatch_alerts';

type Client = Pick<pg.ClientBase, 'query'>;

export async function loadSnapshot(db: Client, collection: string): Promise<FactSnapshot | null> {
  const { rows } = await db.query('SELECT facts FROM alert_snapshots WHERE collection = $1', [collection]);
  return rows[0]?.facts ?? null;
}

/** Within the caller's transaction: saves the snapshot, stores the alerts (ids assigned) and notifies listeners
 *  of this schema, which hear of it when the transaction commits. */
export async function storeAlerts(db: Client, collection: string, snapshot: FactSnapshot, alerts: Alert[]): Promise<Alert[]> {
  await db.query(
    `INSERT INTO alert_snapshots (collection, facts) VALUES ($1, $2::jsonb)
     ON CONFLICT (collection) DO UPDATE SET facts = EXCLUDED.facts, updated_at = clock_timestamp()`,
    [collection, JSON.stringify(snapshot)],
  );
  if (!alerts.length) return [];
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO alerts (collection, kind, alert) SELECT $1, k, a::jsonb FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(k, a, n)
     ORDER BY n RETURNING id`,
    [collection, alerts.map((a) => a.kind), alerts.map((a) => JSON.stringify(a))],
  );
  const stored = alerts.map((a, i) => ({ ...a, id: Number(rows[i].id) }));
  await db.query('SELECT pg_notify($1, current_schema())', [ALERT_CHANNEL]);
  return stored;
}

export async function alertsSince(db: Client, id: number, limit = 1000): Promise<Alert[]> {
  const { rows } = await db.query<{ id: string; alert: Alert }>('SELECT id, alert FROM alerts WHERE id > $1 ORDER BY id LIMIT $2', [id, limit]);
  return rows.map((r) => ({ ...r.alert, id: Number(r.id) }));
}

/** Wait before listening again after the connection was lost. */
const RECONNECT_MS = 1000;

/**
 * A feed of the alerts stored in this database (the URL's schema), from now on: LISTEN on one connection; on each
 * notification the alerts after the last one seen are read, so none is skipped or given twice, and a lost
 * connection is made again (catching up on what it missed).
 */
export async function listenAlerts(url: string): Promise<AlertFeed> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  const schema = (await pool.query<{ s: string }>('SELECT current_schema() AS s')).rows[0].s;
  let last = Number((await pool.query<{ id: string | null }>('SELECT max(id) AS id FROM alerts')).rows[0].id ?? 0);
  const listeners = new Set<(a: Alert) => void>();
  let closed = false;
  let client: pg.Client | null = null;
  let reading: Promise<void> = Promise.resolve();

  const catchUp = () => {
    reading = reading.then(async () => {
      for (;;) {
        const batch = await alertsSince(pool, last).catch(() => []);
        for (const a of batch) {
          last = Math.max(last, a.id ?? 0);
          for (const l of listeners) l(a);
        }
        if (batch.length < 1000) return;
      }
    });
  };

  const connect = async (): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('error', () => {});
    c.on('end', () => {
      if (!closed) setTimeout(() => void connect().catch(() => {}), RECONNECT_MS).unref();
    });
    c.on('notification', (n) => {
      if (n.channel === ALERT_CHANNEL && n.payload === schema) catchUp();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${ALERT_CHANNEL}`);
      client = c;
      catchUp();
    } catch {
      await c.end().catch(() => {});
    }
  };
  await connect();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    since: (id, limit) => alertsSince(pool, id, limit),
    async close() {
      closed = true;
      await client?.end().catch(() => {});
      await reading.catch(() => {});
      await pool.end();
    },
  };
}
