// The jobs' work, the same inline and on workers: fetch a URL, prepare a report (ingest → clean → meta → read,
// through the runner as `analyze` does, stored keyed by sha256), and update a collection's dossier (stored, its
// changes raised as alerts). Each is idempotent: done twice, the second finds the work in the store and adds nothing.

import { alertsBetween, deliverAlert } from '../alerts/index.ts';
import { ingestBytes } from '../ingest/index.ts';
import { compactDossier } from '../pipeline/index.ts';
import { cacheOn, readDocuments } from '../runner/index.ts';
import type { RawDocument, Warning } from '../types.ts';
import type { JobContext } from './context.ts';
import type { DossierJob, FetchJob, PrepareJob, WebhookJob } from './jobs.ts';
import { prepareJob } from './report.ts';

/** A report's name when the URL's path does not say its format: a page. */
function fileFor(url: string): string {
  const path = new URL(url).pathname;
  return /\.(?:txt|md|html?|jsonl?|pdf)$/i.test(path) ? url : `${url.replace(/\/$/, '')}#page.html`;
}

export async function fetchReport(ctx: JobContext, job: FetchJob): Promise<void> {
  if (!ctx.fetcher) throw new Error('this process has no fetcher for URLs');
  const got = await ctx.fetcher(job.url);
  await ctx.queue.send('prepare', prepareJob(job.collection, got.file ?? fileFor(job.url), got.bytes, { url: job.url, ...job.hints, ...got.hints }));
}

/** The job's report, its feed's hints filling what the report does not say itself. */
async function rawsOf(ctx: JobContext, job: PrepareJob, warnings: Warning[]): Promise<RawDocument[]> {
  const ingested = await ingestBytes(job.file, Buffer.from(job.bytes, 'base64'), { maxBytes: ctx.maxBytes });
  warnings.push(...ingested.warnings);
  const given = Object.fromEntries(Object.entries(job.hints ?? {}).filter(([, v]) => v));
  return ingested.docs.map((raw) => ({ ...raw, hints: { ...given, ...Object.fromEntries(Object.entries(raw.hints).filter(([, v]) => v)) } }));
}

/**
 * Prepares and stores reports (a batch of jobs, grouped by collection), then asks for each collection's dossier
 * to be updated. A report the store holds already (read by this pipeline version) is only linked to the
 * collection: the store's key is the sha256, so nothing is stored twice.
 */
export async function prepareReports(ctx: JobContext, jobs: PrepareJob[]): Promise<Warning[]> {
  const warnings: Warning[] = [];
  const byCollection = new Map<string | null, PrepareJob[]>();
  for (const job of jobs) byCollection.set(job.collection, [...(byCollection.get(job.collection) ?? []), job]);
  // The collections' reports go to the reading threads together: the threads keep busy while a collection's
  // reports are written.
  await Promise.all(
    [...byCollection].map(async ([collection, group]) => {
      if (collection === null) return routeReports(ctx, group, warnings);
      async function* raws(): AsyncGenerator<RawDocument> {
        for (const job of group) yield* await rawsOf(ctx, job, warnings);
      }
      await readDocuments(raws(), { cache: cacheOn(ctx.store), version: ctx.version, collection, preparer: ctx.preparer, warnings });
      await ctx.queue.send('dossier-update', { collection });
    }),
  );
  return warnings;
}

/** Reports sent with no collection: stored where the watch config's routing puts them. */
async function routeReports(ctx: JobContext, jobs: PrepareJob[], warnings: Warning[]): Promise<void> {
  if (!ctx.route) throw new Error('a report with no collection, and no watch config to route it by');
  const raws = (await Promise.all(jobs.map((job) => rawsOf(ctx, job, warnings)))).flat();
  const routed = await ctx.route(raws, ctx);
  warnings.push(...routed.warnings);
  for (const collection of routed.collections) await ctx.queue.send('dossier-update', { collection });
}

/** Rebuilds the collection's dossier from its stored documents, stores it, and raises what changed. Returns the
 *  alerts raised. */
export async function updateDossier(ctx: JobContext, job: DossierJob): Promise<number> {
  return ctx.exclusive(job.collection, async () => {
    const mirror = ctx.mirrors.get(job.collection);
    const joined = await mirror.sync(ctx.store, await ctx.members(job.collection));
    ctx.mirrors.trim(job.collection);
    const before = await ctx.alerts.snapshot(job.collection);
    // Nothing new since the last update (a job sent twice, or retried after its work was done): no new facts.
    if (!joined && before) return 0;
    const dossier = mirror.dossier();
    await ctx.store.saveDossier(job.collection, compactDossier(dossier));
    const { alerts, snapshot } = alertsBetween(before, dossier, job.collection, new Date().toISOString());
    const stored = await ctx.alerts.commit(job.collection, snapshot, alerts);
    if (stored.length) ctx.log(`${job.collection}: ${stored.length} alert(s) from ${joined} new document(s)`);
    return stored.length;
  });
}

export async function deliverWebhook(ctx: JobContext, job: WebhookJob): Promise<void> {
  // Every worker is given the same secret (README "Webhooks"); the URL is the one the alert was queued for.
  await deliverAlert(job.alert, { url: job.url, secret: ctx.webhook?.secret ?? null });
}
