// One article: fetched (conditionally when it was fetched before), ingested as the bytes of a page named by its
// address, prepared, routed and stored; what happened is remembered per address in the store.
import { ingestBytes } from '../ingest/index.ts';
import type { WatchedUrl } from '../store/index.ts';
import type { RawDocument, Warning } from '../types.ts';
import type { StepResult, WatchContext } from './context.ts';
import type { Fetched } from './fetch.ts';
import { FetchError } from './fetch-policy.ts';
import { storeReports } from './reports.ts';

/** An article that failed this many times in a row is not fetched again (until its source gives it a new date). */
export const MAX_FAILURES = 3;

export interface ArticleOptions {
  /** What its source says of the item now (its date): remembered, and compared on later polls. */
  version?: string | null;
  /** Its row in the store, when known (saves a query). */
  known?: WatchedUrl | null;
}

export type Downloaded =
  | { status: 'not-modified' }
  /** The page's reports, ready to prepare (a page is one; a JSON file may hold several), with what ingest noted. */
  | { status: 'ok'; raws: RawDocument[]; warnings: Warning[]; fetched: Fetched & { status: 'ok' } };

/** Fetches one article (conditionally when its stored row says its content is stored) and ingests it as the
 *  bytes of a page named by its address, without preparing or storing it. Throws a FetchError for the fetch. */
export async function downloadArticle(url: string, ctx: Pick<WatchContext, 'fetcher' | 'maxBytes'>, known: WatchedUrl | null): Promise<Downloaded> {
  // Only a page whose content is stored is asked for conditionally: a 304 must mean "you have it".
  const validators = known?.sha256 ? { etag: known.etag, lastModified: known.last_modified } : {};
  const fetched = await ctx.fetcher.get(url, validators);
  if (fetched.status === 'not-modified') return { status: 'not-modified' };
  const ingested = await ingestBytes(url, fetched.bytes, { maxBytes: ctx.maxBytes });
  for (const raw of ingested.docs) raw.hints = { ...raw.hints, url: raw.hints.url ?? url };
  return { status: 'ok', raws: ingested.docs, warnings: ingested.warnings, fetched };
}

/** Fetches and stores one article. Never throws for the article's own faults: they come back as problems (and
 *  count as a failure of that address); a store failure is thrown. */
export async function fetchArticle(url: string, ctx: WatchContext, options: ArticleOptions = {}): Promise<StepResult> {
  const { watch } = ctx.cache.store;
  const known = options.known === undefined ? ((await watch.urls([url])).get(url) ?? null) : options.known;
  const item_version = options.version ?? known?.item_version ?? null;
  const fail = async (message: string): Promise<StepResult> => {
    const failures = (known?.sha256 ? 0 : (known?.failures ?? 0)) + 1;
    await watch.saveUrl(url, { failures, last_error: message, item_version });
    const more = failures >= MAX_FAILURES ? ` (failed ${failures} times: not tried again until its source changes it)` : '';
    return { stored: [], problems: [{ where: url, message: `${message}${more}` }] };
  };

  let downloaded: Downloaded;
  try {
    downloaded = await downloadArticle(url, ctx, known);
  } catch (error) {
    if (error instanceof FetchError) return fail(error.message);
    throw error;
  }
  if (downloaded.status === 'not-modified') {
    await watch.saveUrl(url, { item_version, failures: 0, last_error: null });
    return { stored: [], problems: [] };
  }
  const { raws, fetched } = downloaded;
  const { stored, warnings } = await storeReports(raws, ctx, () => url);
  const errors = [...downloaded.warnings, ...warnings].filter((w) => w.level === 'error');
  if (!stored.length) return fail(errors[0]?.message ?? 'no report in the page');
  const last = stored[stored.length - 1];
  await watch.saveUrl(url, {
    etag: fetched.etag,
    last_modified: fetched.lastModified,
    sha256: last.sha256,
    collection: last.collection,
    item_version,
    failures: 0,
    last_error: null,
  });
  // A report already stored from another address is filed, not new: only fresh ones are reported as stored.
  return { stored: stored.filter((s) => s.fresh), problems: errors.map((w) => ({ where: url, message: w.message })) };
}
