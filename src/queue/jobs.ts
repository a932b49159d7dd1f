// The queue's jobs: their names, their data, and the keys that make them idempotent. A job's id is derived
// from what it is about (the report's sha256 and its collection, a URL, an alert), so sending the same job
// twice while the first is still known to the queue stores one job; whatever slips past that (a job sent
// again after the first was archived) finds its work done in the store and does nothing more.
import { createHash } from 'node:crypto';
import type { Alert } from '../alerts/index.ts';
import type { MetaHints } from '../types.ts';

export const JOB_NAMES = ['fetch', 'prepare', 'dossier-update', 'webhook'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** A URL from a watched source, to be fetched and prepared into `collection` (null: the collection of the
 *  agreement the report is about, by the watch config's routing). */
export interface FetchJob {
  url: string;
  collection: string | null;
  /** What the feed item said of it (title, published, outlet), filling what the page does not say. */
  hints?: MetaHints;
}

/** One report's bytes (base64), to be read (ingest → clean → meta → read) and stored into `collection` (null: as
 *  routed, see FetchJob). */
export interface PrepareJob {
  collection: string | null;
  /** Its name: a path, or the URL it came from. */
  file: string;
  sha256: string;
  bytes: string;
  hints?: MetaHints;
}

/** Rebuild the dossier of one collection from its stored documents, store it, and raise the alerts. */
export interface DossierJob {
  collection: string;
}

/** POST one alert to the webhook. */
export interface WebhookJob {
  url: string;
  alert: Alert;
}

export interface JobData {
  fetch: FetchJob;
  prepare: PrepareJob;
  'dossier-update': DossierJob;
  webhook: WebhookJob;
}

/** How long a dossier update waits after it is asked for, gathering the reports that join meanwhile: updates of a
 *  busy collection then come at most once per this many seconds, each over every report joined since the last
 *  (PACTWATCH_DOSSIER_DEBOUNCE_SECONDS sets it; 0 updates at once). */
export function dossierDebounceSeconds(): number {
  const given = process.env.PACTWATCH_DOSSIER_DEBOUNCE_SECONDS;
  return given && Number(given) >= 0 ? Number(given) : 1;
}

/** Retries with backoff, per job kind: delays of retryDelay × 2^n seconds (pg-boss retryBackoff), and how long a
 *  worker may hold a job before it counts as lost (the worker died) and is given to another. */
export interface RetryPolicy {
  retryLimit: number;
  retryDelay: number;
  expireInSeconds: number;
}

export const RETRY: Record<JobName, RetryPolicy> = {
  fetch: { retryLimit: 5, retryDelay: 5, expireInSeconds: 120 },
  // A report is read within its time budget (60 s and more for long ones) on a worker thread.
  prepare: { retryLimit: 3, retryDelay: 2, expireInSeconds: 600 },
  'dossier-update': { retryLimit: 5, retryDelay: 1, expireInSeconds: 600 },
  // A receiver down for a while still gets the alert: 2 s, 4 s … about 17 minutes after the first try.
  webhook: { retryLimit: 9, retryDelay: 2, expireInSeconds: 60 },
};

/** A UUID made from a key (the first 128 bits of its sha256, marked version 8: custom), the same on every machine. */
export function keyedUuid(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  const variant = ((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The job's identity: equal for the same work, whichever process sends it. Dossier updates have none of their
 *  own: the queue keeps at most one waiting per collection (see the queue adapters). */
export function jobKey<N extends JobName>(name: N, data: JobData[N]): string | null {
  switch (name) {
    case 'fetch':
      return `fetch\0${(data as FetchJob).collection}\0${(data as FetchJob).url}`;
    case 'prepare':
      return `prepare\0${(data as PrepareJob).collection}\0${(data as PrepareJob).sha256}`;
    case 'webhook':
      return `webhook\0${(data as WebhookJob).url}\0${(data as WebhookJob).alert.collection}\0${(data as WebhookJob).alert.id}`;
    default:
      return null;
  }
}
