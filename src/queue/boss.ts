// The queue on PostgreSQL (pg-boss 10): jobs are rows that any number of `pactwatch worker` processes, on any
// number of machines, take with SELECT … FOR UPDATE SKIP LOCKED, so each job goes to one worker. A job a worker
// holds longer than its expiry (the worker died: kill -9, a lost machine) is failed by pg-boss's maintenance and
// retried with backoff by another. Senders NOTIFY so idle workers take new jobs at once rather than at their next poll.

import pg from 'pg';
import PgBoss from 'pg-boss';
import { dossierDebounceSeconds, JOB_NAMES, type JobData, type JobName, jobKey, keyedUuid, RETRY } from './jobs.ts';

export const WAKE_CHANNEL = 'pactwatch_jobs';

/** Seconds between pg-boss's maintenance runs (expiring lost jobs, archiving done ones); tests make it short.
 *  PACTWATCH_QUEUE_MAINTENANCE_SECONDS sets it. */
const MAINTENANCE_SECONDS = () => Number(process.env.PACTWATCH_QUEUE_MAINTENANCE_SECONDS) || 30;
/** PACTWATCH_QUEUE_EXPIRE_SECONDS replaces every job kind's expiry (tests: a killed worker's job comes back soon). */
const EXPIRE_OVERRIDE = () => Number(process.env.PACTWATCH_QUEUE_EXPIRE_SECONDS) || null;

export type Transaction = Pick<pg.ClientBase, 'query'>;

export interface BossQueue {
  readonly kind: 'postgres';
  readonly boss: PgBoss;
  /** The connection pool the queue's own statements use (alerts, members, locks). */
  readonly pool: pg.Pool;
  /** pg-boss's schema: beside the store's (one per store schema, so test stores do not share jobs). */
  readonly schema: string;
  send<N extends JobName>(name: N, data: JobData[N], tx?: Transaction): Promise<void>;
  /** Many jobs of one kind in one statement (a bench or a bulk import). */
  sendMany<N extends JobName>(name: N, data: JobData[N][]): Promise<void>;
  /** Jobs waiting, running or due for a retry. */
  pending(): Promise<number>;
  close(): Promise<void>;
}

/** The pg-boss schema for a store schema: `pgboss` beside `public`, `<schema>_jobs` beside any other. */
function queueSchema(storeSchema: string): string {
  return process.env.PACTWATCH_QUEUE_SCHEMA || (storeSchema === 'public' ? 'pgboss' : `${storeSchema}_jobs`);
}

const jobOptions = (name: JobName, data: unknown): PgBoss.SendOptions => {
  const key = jobKey(name, data as JobData[JobName]);
  const expire = EXPIRE_OVERRIDE();
  return {
    ...(key ? { id: keyedUuid(key) } : {}),
    // At most one dossier update waits per collection (policy short): it will read every document joined by then.
    ...(name === 'dossier-update' ? { singletonKey: (data as JobData['dossier-update']).collection, startAfter: dossierDebounceSeconds() } : {}),
    ...(expire ? { expireInSeconds: expire } : {}),
  };
};

export async function openBossQueue(url: string, options: { maintain?: boolean } = {}): Promise<BossQueue> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {});
  const storeSchema = (await pool.query<{ s: string }>('SELECT current_schema() AS s')).rows[0].s;
  const schema = queueSchema(storeSchema);
  const expire = EXPIRE_OVERRIDE();
  const boss = new PgBoss({
    connectionString: url,
    schema,
    max: 4,
    application_name: 'pactwatch-queue',
    supervise: options.maintain ?? true,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS(),
    schedule: false,
    // Done jobs are kept a day, so a job sent again meanwhile is recognised by its id and not run twice.
    archiveCompletedAfterSeconds: 24 * 3600,
  });
  boss.on('error', (error) => {
    if (process.env.PACTWATCH_DEBUG) console.error(`queue: ${error.message}`);
  });
  await boss.start();
  for (const name of JOB_NAMES) {
    const { retryLimit, retryDelay, expireInSeconds } = RETRY[name];
    const queue = {
      name,
      policy: name === 'dossier-update' ? 'short' : 'standard',
      retryLimit,
      retryDelay,
      retryBackoff: true,
      expireInSeconds: expire ?? expireInSeconds,
    } as const;
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, queue).catch(async (e: Error) => {
        // Another worker created it meanwhile.
        if (!(await boss.getQueue(name))) throw e;
      });
  }
  const wake = (name: JobName, db: Transaction = pool) => db.query('SELECT pg_notify($1, $2)', [WAKE_CHANNEL, `${schema}:${name}`]);

  return {
    kind: 'postgres',
    boss,
    pool,
    schema,
    async send(name, data, tx) {
      const db = tx ? { executeSql: (text: string, values: unknown[]) => tx.query(text, values) } : undefined;
      await boss.send(name, data as object, { ...jobOptions(name, data), ...(db ? { db } : {}) });
      await wake(name, tx);
    },
    async sendMany(name, data) {
      for (let i = 0; i < data.length; i += 1000) {
        const jobs = data.slice(i, i + 1000).map((d) => ({ name, data: d as object, ...jobOptions(name, d) }));
        await boss.insert(jobs as PgBoss.JobInsert[]);
      }
      await wake(name);
    },
    async pending() {
      const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.job WHERE state < 'completed'`);
      return Number(rows[0].n);
    },
    async close() {
      await boss.stop({ graceful: false, wait: true, timeout: 5000 });
      await pool.end();
    },
  };
}
