// Prepares documents (clean, meta, read) on worker threads: a large pile uses every core, and each document
// is isolated. A document has a time budget; a worker that overruns it is terminated and replaced, and one
// that dies (a crash, running out of memory) is replaced too: that document fails with a clear error and the
// others carry on. Results come back per document; the caller keeps input order. The inline preparer, on
// the caller's thread, has neither isolation nor budget: for warm-ups and tests.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Prepared, prepareDocument } from '../pipeline/index.ts';
import type { RawDocument } from '../types.ts';

/** Below this many files `analyze` may prepare on its own thread; it uses the pool from the first file, so
 *  every document has its time budget (a worker starts in well under a second). */
export const POOL_MIN_FILES = 1;

/** A document's time budget: this much, plus PER_MB_MS per million characters. Ordinary reports take ~5 s of
 *  CPU per MB and hostile ones (issue 15) at most 3× that; the base leaves room for a worker's start and a
 *  busy machine. `PACTWATCH_DOCUMENT_SECONDS` sets the base. */
export const BASE_BUDGET_MS = 60_000;
export const PER_MB_BUDGET_MS = 30_000;

export function documentBudgetMs(raw: RawDocument): number {
  const fromEnv = Number(process.env.PACTWATCH_DOCUMENT_SECONDS);
  const base = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv * 1000 : BASE_BUDGET_MS;
  const chars = (raw.text?.length ?? 0) + (raw.html?.length ?? 0);
  return Math.round(base + (PER_MB_BUDGET_MS * chars) / 1e6);
}

export interface Preparer {
  prepare(raw: RawDocument): Promise<Prepared>;
  close(): Promise<void>;
}

export const inlinePreparer: Preparer = {
  prepare: async (raw) => prepareDocument(raw),
  close: async () => {},
};

export interface PoolOptions {
  /** Workers at most (started as documents come). Default: the cores, up to 4. */
  size?: number;
  /** The time budget of one document (default documentBudgetMs). */
  budgetMs?: (raw: RawDocument) => number;
  /** The worker's entry (default ./prepare-worker.mjs); tests give one that hangs or dies on purpose. */
  entry?: URL;
}

interface Job {
  raw: RawDocument;
  resolve: (p: Prepared) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set once the worker is terminated or dead: later events from it are ignored. */
  gone: boolean;
  /** Whether it said it is ready (its code loaded): one that dies before that cannot start at all. */
  ready: boolean;
}

/** How long a new worker may take to load its code before it counts as unable to start. */
const START_MS = 60_000;

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function workerPreparer(options: PoolOptions = {}): Preparer {
  const size = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
  const budgetOf = options.budgetMs ?? documentBudgetMs;
  const entry = options.entry ?? new URL('./prepare-worker.mjs', import.meta.url);
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let closed = false;
  /** Why no worker can start (its first one died before preparing anything): every job fails with it. */
  let broken: Error | null = null;
  let ids = 0;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(entry), job: null, timer: null, gone: false, ready: false };
    slot.worker.on('message', (m: { ready?: true; id?: number; prepared?: Prepared; error?: string }) => {
      if (m.ready) {
        slot.ready = true;
        if (slot.job) arm(slot);
        return;
      }
      const job = slot.job;
      if (slot.gone || !job) return;
      clearTimeout(slot.timer!);
      slot.job = null;
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.prepared!);
      next(slot);
    });
    slot.worker.on('error', (e) => lose(slot, `its worker failed (${e.message})`));
    slot.worker.on('exit', (code) => lose(slot, `its worker stopped (exit code ${code})`));
    // An idle worker keeps no process alive; a job's timer does while it runs. (After the listeners: adding a
    // 'message' listener refs the worker again.)
    slot.worker.unref();
    return slot;
  };

  /** A worker is gone (dead, or terminated for overrunning): its document fails, another worker takes its place. */
  const lose = (slot: Slot, why: string) => {
    if (slot.gone) return;
    slot.gone = true;
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = null;
    const i = slots.indexOf(slot);
    if (!slot.ready && !closed) {
      // Its code did not load: no other worker would do better, so every document waiting fails with why.
      broken = new Error(`no worker could start: ${why}`);
      job?.reject(broken);
      for (const waiting of queue.splice(0)) waiting.reject(broken);
      slots.splice(i, 1);
      return;
    }
    job?.reject(new Error(why));
    if (closed) return;
    slots[i] = spawn();
    next(slots[i]);
  };

  /** Gives the next waiting document to this worker when it is free. */
  const next = (slot: Slot) => {
    if (slot.gone || slot.job || closed) return;
    const job = queue.shift();
    if (!job) return;
    slot.job = job;
    // The budget is the document's, so it starts once the worker has loaded its code (slower on a loaded machine).
    if (slot.ready) arm(slot);
    else slot.timer = setTimeout(() => lose(slot, `its worker did not start within ${seconds(START_MS)}`), START_MS);
    slot.worker.postMessage({ id: ids++, raw: job.raw });
  };

  /** Starts the time budget of the slot's document. */
  const arm = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    const budget = budgetOf(slot.job!.raw);
    slot.timer = setTimeout(() => lose(slot, `not prepared within its time budget (${seconds(budget)}): its worker was stopped`), budget);
  };

  return {
    prepare(raw) {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      if (broken) return Promise.reject(broken);
      return new Promise<Prepared>((resolve, reject) => {
        queue.push({ raw, resolve, reject });
        const idle = slots.find((s) => !s.job && !s.gone);
        if (idle) next(idle);
        else if (slots.length < size) {
          const slot = spawn();
          slots.push(slot);
          next(slot);
        }
      });
    },
    close: async () => {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the worker pool was closed'));
      await Promise.all(
        slots.map((s) => {
          s.gone = true;
          if (s.timer) clearTimeout(s.timer);
          s.job?.reject(new Error('the worker pool was closed'));
          return s.worker.terminate();
        }),
      );
    },
  };
}
