// A worker on PostgreSQL: takes jobs from the queue and runs the handlers (./handlers.ts), as many processes as
// wanted on as many machines. Reports are read on worker threads (each under its time budget); a batch of
// reports is stored in one transaction; one dossier update runs at a time per process, and per collection
// across processes (an advisory lock).
import pg from 'pg';
import type PgBoss from 'pg-boss';
import type { WebhookTarget } from '../alerts/index.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import { pipelineVersion, workerPreparer } from '../runner/index.ts';
import { openStore } from '../store/index.ts';
import { type BossQueue, openBossQueue, WAKE_CHANNEL } from './boss.ts';
import type { Fetcher, JobContext, Router } from './context.ts';
import { deliverWebhook, fetchReport, prepareReports, updateDossier } from './handlers.ts';
import type { JobData, JobName } from './jobs.ts';
import { Mirrors } from './mirror.ts';
import { exclusiveOn, membersOf, pgAlertSink } from './pg-context.ts';

/** Reports a worker takes at once: their writes share a transaction, and the threads keep busy meanwhile. */
export const PREPARE_BATCH = 16;
/** How often an idle worker looks for jobs when no NOTIFY woke it (a sender on another database connection
 *  pooler, a lost LISTEN connection). */
const POLL_MS = 1000;

export interface WorkerOptions {
  url: string;
  /** Threads reading reports in this process (default 1: start one worker process per core). */
  concurrency?: number;
  webhook?: WebhookTarget | null;
  fetcher?: Fetcher | null;
  route?: Router | null;
  log?: (line: string) => void;
}

export interface RunningWorker {
  queue: BossQueue;
  /** Stops taking jobs, finishes the ones it holds, and closes. */
  stop(): Promise<void>;
}

type Job<N extends JobName> = PgBoss.Job<JobData[N]>;

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => {});
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const store = await openStore(options.url);
  const queue = await openBossQueue(options.url);
  const preparer = workerPreparer({ size: concurrency });
  const webhook = options.webhook ?? null;
  const ctx: JobContext = {
    store,
    version: await pipelineVersion(),
    queue,
    preparer,
    fetcher: options.fetcher ?? null,
    route: options.route ?? null,
    webhook,
    mirrors: new Mirrors(),
    alerts: pgAlertSink(queue, webhook),
    members: (collection) => membersOf(queue, collection),
    exclusive: (collection, fn) => exclusiveOn(queue, collection, fn),
    maxBytes: DEFAULT_MAX_BYTES,
    log,
  };

  let stopping = false;
  const wakers = new Map<JobName, () => void>();
  const nap = (name: JobName) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, POLL_MS);
      function done() {
        clearTimeout(timer);
        wakers.delete(name);
        resolve();
      }
      wakers.set(name, done);
    });
  const listener = new pg.Client({ connectionString: options.url });
  listener.on('error', () => {});
  listener.on('notification', (n) => {
    const [schema, name] = (n.payload ?? '').split(':');
    if (schema === queue.schema) wakers.get(name as JobName)?.();
  });
  await listener.connect();
  await listener.query(`LISTEN ${WAKE_CHANNEL}`);

  const { boss } = queue;
  const ids = (jobs: { id: string }[]) => jobs.map((j) => j.id);
  const failure = (e: unknown) => ({ message: (e as Error).message });

  /** Takes jobs of one kind while there are any; naps (or waits for a NOTIFY) when there are none. */
  const loop = async <N extends JobName>(name: N, batchSize: number, handle: (jobs: Job<N>[]) => Promise<void>) => {
    while (!stopping) {
      const jobs = (await boss.fetch<JobData[N]>(name, { batchSize }).catch((e: Error) => {
        log(`${name}: could not take jobs: ${e.message}`);
        return [];
      })) as Job<N>[];
      if (!jobs.length) {
        await nap(name);
        continue;
      }
      await handle(jobs);
    }
  };
  /** Each job alone: completed, or failed (retried later with backoff). */
  const each =
    <N extends JobName>(name: N, work: (data: JobData[N]) => Promise<unknown>) =>
    (jobs: Job<N>[]) =>
      Promise.all(
        jobs.map(async (job) => {
          try {
            await work(job.data);
            await boss.complete(name, job.id);
          } catch (error) {
            log(`${name} failed (will retry): ${(error as Error).message}`);
            await boss.fail(name, job.id, failure(error)).catch(() => {});
          }
        }),
      ).then(() => {});

  const loops = [
    loop('prepare', PREPARE_BATCH * concurrency, async (jobs) => {
      try {
        const warnings = await prepareReports(
          ctx,
          jobs.map((j) => j.data),
        );
        for (const w of warnings) if (w.level === 'error') log(`${w.file}: ${w.message}`);
        await boss.complete('prepare', ids(jobs));
        log(`prepared ${jobs.length} report(s)`);
      } catch (error) {
        log(`prepare failed (will retry): ${(error as Error).message}`);
        // pg-boss takes an output with many ids too (its typings give one form only).
        await (boss.fail as (name: string, ids: string[], data: object) => Promise<void>)('prepare', ids(jobs), failure(error)).catch(() => {});
      }
    }),
    loop(
      'dossier-update',
      1,
      each('dossier-update', (data) => updateDossier(ctx, data)),
    ),
    loop(
      'fetch',
      4 * concurrency,
      each('fetch', (data) => fetchReport(ctx, data)),
    ),
  ];
  // Only a worker that knows the webhook's secret delivers to it.
  if (webhook)
    loops.push(
      loop(
        'webhook',
        8,
        each('webhook', (data) => deliverWebhook(ctx, data)),
      ),
    );
  const running = Promise.all(loops);

  return {
    queue,
    async stop() {
      stopping = true;
      for (const wake of wakers.values()) wake();
      await running;
      await listener.end().catch(() => {});
      await preparer.close();
      await queue.close();
      await store.close();
    },
  };
}
