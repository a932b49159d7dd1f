// `pactwatch worker --db postgres://…`: takes jobs from the queue on PostgreSQL (src/queue) until stopped; start
// as many as wanted, on as many machines. The embedded store needs none: its jobs run in the process that sends them.
import { webhookTarget } from '../../alerts/index.ts';
import { DEFAULT_MAX_BYTES } from '../../ingest/index.ts';
import { type Fetcher, type Router, startWorker } from '../../queue/index.ts';
import { cacheOn } from '../../runner/index.ts';
import { isPostgresUrl, resolveTarget } from '../../store/index.ts';
import { matcherOf, Fetcher as PoliteFetcher, parseConfig, storeReports } from '../../watch/index.ts';

export interface WorkerFlags {
  db?: string;
  concurrency?: string;
  webhook?: string;
  'webhook-secret'?: string;
  'allow-private-network'?: boolean;
  quiet?: boolean;
}

/** Fetch jobs go through the watch command's fetcher: robots.txt, a per-host rate limit, address and size checks. */
function politeFetcher(allowPrivateNetwork: boolean): { fetcher: Fetcher; polite: PoliteFetcher; close: () => Promise<void> } {
  const polite = new PoliteFetcher({ allowPrivateNetwork, maxBytes: DEFAULT_MAX_BYTES });
  const fetcher: Fetcher = async (url) => {
    const got = await polite.get(url);
    if (got.status !== 'ok') throw new Error(`${url}: not modified`);
    const type = got.contentType ?? '';
    // The address names the report; its type tells the format when the path does not.
    const file = /html/i.test(type)
      ? `${got.url}#page.html`
      : /json/i.test(type)
        ? `${got.url}#item.json`
        : /pdf/i.test(type)
          ? `${got.url}#file.pdf`
          : got.url;
    return { bytes: got.bytes, file };
  };
  return { fetcher, polite, close: () => polite.close() };
}

/** Reports sent with no collection go where the watch config kept in the store routes them (read at each batch:
 *  a config saved meanwhile applies to the next). */
function watchRouter(polite: PoliteFetcher): Router {
  return async (raws, ctx) => {
    const saved = await ctx.store.watch.config();
    if (!saved) throw new Error('no watch config in the store to route reports by (pactwatch watch --config FILE --save-config)');
    const config = parseConfig(saved.config);
    const watch = {
      cache: cacheOn(ctx.store),
      fetcher: polite,
      preparer: ctx.preparer,
      version: ctx.version,
      matchers: config.agreements.map(matcherOf),
      unsorted: config.unsorted,
      maxBytes: ctx.maxBytes,
    };
    const { stored, warnings } = await storeReports(raws, watch, (raw) => raw.hints.url ?? raw.file);
    return { collections: [...new Set(stored.map((r) => r.collection))], warnings };
  };
}

export async function runWorker(flags: WorkerFlags): Promise<number> {
  const url = resolveTarget(flags.db);
  if (!isPostgresUrl(url)) {
    console.error('pactwatch worker: needs --db postgres://… (or PACTWATCH_DATABASE_URL); with the embedded store, jobs run in the process that sends them');
    return 2;
  }
  const concurrency = flags.concurrency ? Number(flags.concurrency) : 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    console.error('pactwatch worker: --concurrency takes a positive whole number');
    return 2;
  }
  let webhook: ReturnType<typeof webhookTarget>;
  try {
    webhook = webhookTarget(flags.webhook, flags['webhook-secret']);
  } catch (error) {
    console.error(`pactwatch worker: --webhook: ${(error as Error).message}`);
    return 2;
  }
  const log = flags.quiet ? () => {} : (line: string) => console.error(`worker ${process.pid}: ${line}`);
  const { fetcher, polite, close } = politeFetcher(!!flags['allow-private-network']);
  const worker = await startWorker({ url, concurrency, webhook, fetcher, route: watchRouter(polite), log });
  if (!flags.quiet)
    console.error(
      `pactwatch worker ${process.pid}: taking jobs (${worker.queue.schema})${webhook ? `, alerts to ${webhook.url}${webhook.secret ? ' (signed)' : ''}` : ''}`,
    );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await worker.stop();
  await close();
  return 0;
}
