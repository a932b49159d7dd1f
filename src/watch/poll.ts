// One poll of one source: a feed or sitemap address (fetched conditionally; each new or changed item's page
// fetched and stored) or a local folder (each new or changed file stored). Failures come back as problems, one
// sentence each; a source that could not be read at all is `failed`.
import type { WatchedUrl } from '../store/index.ts';
import { fetchArticle, MAX_FAILURES } from './article.ts';
import type { PollResult, WatchContext } from './context.ts';
import { decodeFeed } from './decode.ts';
import type { Entry } from './entries.ts';
import { FetchError } from './fetch-policy.ts';
import { pollFolder } from './folder.ts';
import { readSourceDocument } from './source-document.ts';
import { isWebAddress } from './url.ts';

/** Pages fetched per source per poll: a first poll of a large sitemap takes the rest on the next polls, at the
 *  host's pace, rather than holding every other source back. */
export const MAX_ARTICLES_PER_POLL = 100;
/** Sitemaps an index may list that are read (each is a source of its own). */
const MAX_SITEMAPS = 20;

/** Polls one source: an http(s) feed or sitemap address, or a local folder or file. */
export async function pollSource(source: string, ctx: WatchContext): Promise<PollResult> {
  if (!isWebAddress(source)) return pollFolder(source, ctx);
  return pollWeb(source, ctx, true);
}

const result = (source: string, fields: Partial<PollResult> = {}): PollResult => ({
  source,
  stored: [],
  problems: [],
  failed: false,
  notModified: false,
  pending: 0,
  ...fields,
});

async function pollWeb(source: string, ctx: WatchContext, mayBeIndex: boolean): Promise<PollResult> {
  const { watch } = ctx.cache.store;
  const known = (await watch.urls([source])).get(source);
  const failed = (message: string) => result(source, { failed: true, problems: [{ where: source, message }] });
  let fetched: Awaited<ReturnType<typeof ctx.fetcher.get>>;
  try {
    fetched = await ctx.fetcher.get(source, { etag: known?.etag, lastModified: known?.last_modified });
  } catch (error) {
    if (error instanceof FetchError) return failed(error.message);
    throw error;
  }
  if (fetched.status === 'not-modified') return result(source, { notModified: true });
  let listed: ReturnType<typeof readSourceDocument>;
  try {
    listed = readSourceDocument(decodeFeed(fetched.bytes, fetched.contentType), fetched.url);
  } catch (error) {
    return failed((error as Error).message);
  }
  let out: PollResult;
  if (listed.kind === 'sitemap-index') {
    if (!mayBeIndex) return failed('a sitemap index inside a sitemap index is not followed');
    out = result(source);
    for (const sitemap of listed.sitemaps.slice(0, MAX_SITEMAPS)) {
      const child = await pollWeb(sitemap.url, ctx, false);
      out.stored.push(...child.stored);
      out.problems.push(...child.problems);
      out.pending += child.pending;
    }
    if (listed.sitemaps.length > MAX_SITEMAPS) {
      out.problems.push({ where: source, message: `lists ${listed.sitemaps.length} sitemaps: only the first ${MAX_SITEMAPS} are read` });
    }
  } else {
    out = await readEntries(source, listed.entries, ctx);
  }
  // Remembered once its items are stored: a poll cut short reads the source again next time.
  await watch.saveUrl(source, { etag: fetched.etag, last_modified: fetched.lastModified, failures: 0, last_error: null });
  return out;
}

/** Whether an item is fetched this poll: never seen; seen with another date than now (changed); or failed
 *  before, fewer than MAX_FAILURES times or with another date now. */
export function isDue(entry: Entry, row: WatchedUrl | undefined): boolean {
  if (!row) return true;
  const changed = entry.version !== null && entry.version !== row.item_version;
  if (row.sha256) return changed;
  return row.failures < MAX_FAILURES || changed;
}

async function readEntries(source: string, entries: Entry[], ctx: WatchContext): Promise<PollResult> {
  const rows = await ctx.cache.store.watch.urls(entries.map((e) => e.url));
  // Feeds list the newest first: the oldest is stored first, so the store's order follows publication.
  const due = entries.filter((e) => isDue(e, rows.get(e.url))).reverse();
  const out = result(source, { pending: Math.max(0, due.length - MAX_ARTICLES_PER_POLL) });
  for (const entry of due.slice(0, MAX_ARTICLES_PER_POLL)) {
    const step = await fetchArticle(entry.url, ctx, { version: entry.version, known: rows.get(entry.url) ?? null });
    out.stored.push(...step.stored);
    out.problems.push(...step.problems);
  }
  return out;
}
