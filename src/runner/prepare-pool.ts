// Prepares documents (clean, meta, read) on worker threads, so a large pile uses every core; results come
// back in submission order. Small piles are prepared inline: starting workers costs more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Prepared, prepareDocument } from '../pipeline/index.ts';
import type { RawDocument } from '../types.ts';

/** Below this many files a run prepares on the main thread. */
export const POOL_MIN_FILES = 40;

export interface Preparer {
  prepare(raw: RawDocument): Promise<Prepared>;
  close(): Promise<void>;
}

export const inlinePreparer: Preparer = {
  prepare: async (raw) => prepareDocument(raw),
  close: async () => {},
};

export function workerPreparer(size = Math.max(1, Math.min(4, availableParallelism()))): Preparer {
  const entry = new URL('./prepare-worker.mjs', import.meta.url);
  const pending = new Map<number, { resolve: (p: Prepared) => void; reject: (e: Error) => void }>();
  let next = 0;
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(entry);
    w.on('message', (m: { id: number; prepared?: Prepared; error?: string }) => {
      const p = pending.get(m.id)!;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.prepared!);
    });
    w.on('error', (e) => pending.forEach((p) => p.reject(e)));
    return w;
  });
  return {
    prepare(raw) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[id % size].postMessage({ id, raw });
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
