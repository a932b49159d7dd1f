// The job queue: fetch a URL, prepare a report, update a collection's dossier (raising alerts), deliver a
// webhook. On PostgreSQL, pg-boss jobs that `pactwatch worker` processes share (./boss.ts, ./worker.ts); on
// the embedded store, the same handlers run inline in the one process (./inline.ts). See README "One process
// or many".
import type { WebhookTarget } from '../alerts/index.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import { type Preparer, pipelineVersion, workerPreparer } from '../runner/index.ts';
import type { Store } from '../store/index.ts';
import { type BossQueue, openBossQueue } from './boss.ts';
import type { Fetcher, Router } from './context.ts';
import { type InlineQueue, inlineQueue } from './inline.ts';
import { localAlertSink } from './local-alerts.ts';
import { Mirrors } from './mirror.ts';

export type { AlertSink, Fetcher, JobContext, Router, Sender } from './context.ts';
export { deliverWebhook, fetchReport, prepareReports, updateDossier } from './handlers.ts';
export { INLINE_PREPARE_BATCH, type InlineQueue } from './inline.ts';
export { type DossierJob, type FetchJob, JOB_NAMES, type JobData, type JobName, keyedUuid, type PrepareJob, RETRY, type WebhookJob } from './jobs.ts';
export { CollectionMirror, Mirrors } from './mirror.ts';
export { prepareJob } from './report.ts';
export { PREPARE_BATCH, type RunningWorker, startWorker, type WorkerOptions } from './worker.ts';
export { type BossQueue, openBossQueue };

export interface InlineOptions {
  fetcher?: Fetcher | null;
  route?: Router | null;
  webhook?: WebhookTarget | null;
  /** Where reports are read (default: a pool of worker threads, each report under its time budget). */
  preparer?: Preparer;
  log?: (line: string) => void;
}

/** The queue on the embedded store: jobs run in this process as they are sent; alerts go to localAlerts. */
export async function openInlineQueue(store: Store, options: InlineOptions = {}): Promise<InlineQueue> {
  const version = await pipelineVersion();
  const preparer = options.preparer ?? workerPreparer();
  const webhook = options.webhook ?? null;
  const locks = new Map<string, Promise<unknown>>();
  const queue = inlineQueue((self) => ({
    store,
    version,
    queue: self,
    preparer,
    fetcher: options.fetcher ?? null,
    route: options.route ?? null,
    webhook,
    mirrors: new Mirrors(),
    alerts: localAlertSink(store, self, () => webhook),
    members: async (collection) => (await store.signatures(collection)).map((s) => s.sha256),
    exclusive: (collection, fn) => {
      const run = (locks.get(collection) ?? Promise.resolve()).catch(() => {}).then(fn);
      locks.set(collection, run);
      return run;
    },
    maxBytes: DEFAULT_MAX_BYTES,
    log: options.log ?? (() => {}),
  }));
  const close = queue.close;
  return {
    ...queue,
    async close() {
      await close();
      if (!options.preparer) await preparer.close();
    },
  };
}

export type JobQueue = InlineQueue | BossQueue;

/**
 * The queue for a store: on PostgreSQL, pg-boss jobs that `pactwatch worker` processes take (this process only
 * sends: `send('prepare', prepareJob(…))`, or `send('dossier-update', { collection })` after storing reports
 * itself); on the embedded store, the inline queue that runs them here.
 */
export async function openQueue(store: Store, target: string, options: InlineOptions = {}): Promise<JobQueue> {
  return store.kind === 'postgres' ? openBossQueue(target, { maintain: false }) : openInlineQueue(store, options);
}
