// A watch session: the store, fetcher and preparer opened together for a config, polled once or on an interval,
// and closed together. The I/O edge the command line (and a queue worker) drives.
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import { openCache, type Preparer, pipelineVersion, workerPreparer } from '../runner/index.ts';
import type { WatchConfig } from './config.ts';
import type { PollResult, WatchContext } from './context.ts';
import { Fetcher } from './fetch.ts';
import type { FetchPolicy } from './fetch-policy.ts';
import { pollSource } from './poll.ts';
import { matcherOf } from './route.ts';

export interface SessionOptions {
  /** The store: a folder, memory:// or a postgres:// URL (see src/store resolveTarget for the default). */
  db?: string;
  config: WatchConfig;
  /** Fetching limits over DEFAULT_POLICY; its maxBytes also bounds local files. */
  policy?: Partial<FetchPolicy>;
  /** Prepares reports (default: on worker threads, each under a time budget, as analyze does). */
  preparer?: Preparer;
}

export interface WatchSession extends WatchContext {
  close(): Promise<void>;
}

export async function openWatchSession(options: SessionOptions): Promise<WatchSession> {
  const cache = await openCache(options.db);
  const fetcher = new Fetcher(options.policy);
  const preparer = options.preparer ?? workerPreparer();
  return {
    cache,
    fetcher,
    preparer,
    version: await pipelineVersion(),
    matchers: options.config.agreements.map(matcherOf),
    unsorted: options.config.unsorted,
    maxBytes: options.policy?.maxBytes ?? DEFAULT_MAX_BYTES,
    async close() {
      await Promise.allSettled([preparer.close(), fetcher.close()]);
      await cache.close();
    },
  };
}

/** Polls every source once, side by side (one host's requests still keep their interval); `onResult` hears each
 *  source as it finishes. */
export async function pollAll(sources: string[], ctx: WatchContext, onResult?: (r: PollResult) => void): Promise<PollResult[]> {
  return Promise.all(
    sources.map(async (source) => {
      const r = await pollSource(source, ctx);
      onResult?.(r);
      return r;
    }),
  );
}

/** Polls every source, then again every `intervalMs` from the start of the last round, until `signal` aborts
 *  (the round under way finishes first). */
export async function watchForever(
  sources: string[],
  ctx: WatchContext,
  options: { intervalMs: number; signal: AbortSignal; onResult?: (r: PollResult) => void },
): Promise<void> {
  while (!options.signal.aborted) {
    const started = Date.now();
    await pollAll(sources, ctx, options.onResult);
    const wait = Math.max(0, started + options.intervalMs - Date.now());
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, wait);
      function done() {
        clearTimeout(timer);
        options.signal.removeEventListener('abort', done);
        resolve();
      }
      options.signal.addEventListener('abort', done, { once: true });
    });
  }
}
