// The queue on the embedded store: no server, one process. Jobs run in this process as they are sent, with the
// same handlers as the workers on PostgreSQL, the same idempotence (a job known by its key runs once while it is
// waiting or running; dossier updates wait at most one per collection) and the same retries with backoff.
import type { JobContext } from './context.ts';
import { deliverWebhook, fetchReport, prepareReports, updateDossier } from './handlers.ts';
import { dossierDebounceSeconds, type JobData, type JobName, jobKey, RETRY } from './jobs.ts';

/** Reports prepared together (their store writes share a transaction). */
export const INLINE_PREPARE_BATCH = 32;
/** Fetches and webhook deliveries in flight at once. */
const IN_FLIGHT = 4;

interface Waiting<N extends JobName = JobName> {
  name: N;
  data: JobData[N];
  key: string | null;
  attempt: number;
}

export interface InlineQueue {
  readonly kind: 'inline';
  send<N extends JobName>(name: N, data: JobData[N]): Promise<void>;
  /** Resolves once no job is waiting, running or due for a retry. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function inlineQueue(context: (queue: InlineQueue) => JobContext): InlineQueue {
  const waiting: Waiting[] = [];
  const known = new Set<string>();
  /** Collections with a dossier update waiting (not yet started). */
  const dossierWaiting = new Set<string>();
  const running = new Map<JobName, number>();
  /** Jobs due later: retries and dossier updates waiting out their debounce. */
  let retries = 0;
  let closed = false;
  const idleWaiters: (() => void)[] = [];
  let ctx: JobContext;

  const working = () => waiting.length > 0 || [...running.values()].some((n) => n > 0);
  const busy = () => working() || retries > 0;
  const drainWaiters: (() => void)[] = [];
  const settle = () => {
    if (!working()) for (const resolve of drainWaiters.splice(0)) resolve();
    if (!busy()) for (const resolve of idleWaiters.splice(0)) resolve();
  };

  /** Adds a job after `ms` (a retry's backoff, a dossier update's wait); idle() waits for it. */
  const later = (ms: number, add: () => void) => {
    retries++;
    setTimeout(() => {
      retries--;
      if (closed) return settle();
      add();
      pump();
    }, ms).unref();
  };

  const take = <N extends JobName>(name: N, max: number): Waiting<N>[] => {
    const taken: Waiting<N>[] = [];
    for (let i = 0; i < waiting.length && taken.length < max; ) {
      if (waiting[i].name === name) taken.push(waiting.splice(i, 1)[0] as Waiting<N>);
      else i++;
    }
    return taken;
  };

  const failed = (jobs: Waiting[], error: unknown) => {
    for (const job of jobs) {
      const policy = RETRY[job.name];
      if (closed || job.attempt >= policy.retryLimit) {
        if (job.key) known.delete(job.key);
        ctx.log(`${job.name} failed for good: ${(error as Error).message}`);
        continue;
      }
      later(policy.retryDelay * 1000 * 2 ** job.attempt, () => waiting.push({ ...job, attempt: job.attempt + 1 }));
    }
  };

  const run = async <N extends JobName>(name: N, jobs: Waiting<N>[], work: () => Promise<unknown>) => {
    running.set(name, (running.get(name) ?? 0) + 1);
    try {
      await work();
      for (const job of jobs) if (job.key) known.delete(job.key);
    } catch (error) {
      failed(jobs, error);
    } finally {
      running.set(name, running.get(name)! - 1);
      pump();
      settle();
    }
  };

  const pump = () => {
    if (closed) return;
    while ((running.get('fetch') ?? 0) < IN_FLIGHT && waiting.some((w) => w.name === 'fetch')) {
      const [job] = take('fetch', 1);
      void run('fetch', [job], () => fetchReport(ctx, job.data));
    }
    if (!running.get('prepare') && waiting.some((w) => w.name === 'prepare')) {
      const jobs = take('prepare', INLINE_PREPARE_BATCH);
      void run('prepare', jobs, () =>
        prepareReports(
          ctx,
          jobs.map((j) => j.data),
        ),
      );
    }
    // One dossier update at a time: each reads every document joined so far.
    if (!running.get('dossier-update') && waiting.some((w) => w.name === 'dossier-update')) {
      const [job] = take('dossier-update', 1);
      dossierWaiting.delete(job.data.collection);
      void run('dossier-update', [job], () => updateDossier(ctx, job.data));
    }
    while ((running.get('webhook') ?? 0) < IN_FLIGHT && waiting.some((w) => w.name === 'webhook')) {
      const [job] = take('webhook', 1);
      void run('webhook', [job], () => deliverWebhook(ctx, job.data));
    }
  };

  const queue: InlineQueue = {
    kind: 'inline',
    async send(name, data) {
      if (closed) throw new Error('the queue is closed');
      if (name === 'dossier-update') {
        const collection = (data as JobData['dossier-update']).collection;
        if (dossierWaiting.has(collection)) return;
        dossierWaiting.add(collection);
      }
      const key = jobKey(name, data);
      if (key) {
        if (known.has(key)) return;
        known.add(key);
      }
      const job = { name, data, key, attempt: 0 };
      const debounce = name === 'dossier-update' ? dossierDebounceSeconds() * 1000 : 0;
      if (!debounce) {
        waiting.push(job);
        queueMicrotask(pump);
        return;
      }
      later(debounce, () => waiting.push(job));
    },
    idle() {
      if (!busy()) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    /** Runs what is waiting (retries not yet due are dropped), then stops. */
    async close() {
      if (working()) await new Promise<void>((resolve) => drainWaiters.push(resolve));
      closed = true;
      for (const resolve of idleWaiters.splice(0)) resolve();
    },
  };
  ctx = context(queue);
  return queue;
}
