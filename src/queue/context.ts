// What the job handlers work with. The same handlers run on the embedded store (inline, in the process that
// sends the jobs) and on PostgreSQL (any number of `pactwatch worker` processes): the differences sit behind
// this interface.
import type { Alert, FactSnapshot, WebhookTarget } from '../alerts/index.ts';
import type { Preparer } from '../runner/index.ts';
import type { Store } from '../store/index.ts';
import type { MetaHints, RawDocument, Warning } from '../types.ts';
import type { JobData, JobName } from './jobs.ts';
import type { Mirrors } from './mirror.ts';

/** Fetches one article: its bytes, the name to read it by (how its format is told) and what the response said of
 *  it. The watch command's polite fetcher (robots.txt, rate limits, size and address limits) in production. */
export type Fetcher = (url: string) => Promise<{ bytes: Uint8Array; file?: string; hints?: MetaHints }>;

/** Prepares and stores reports in the collections of the agreements they are about (the watch config's routing,
 *  given by the command line: the queue does not know the config); returns the collections that got reports. */
export type Router = (raws: RawDocument[], ctx: JobContext) => Promise<{ collections: string[]; warnings: Warning[] }>;

export interface Sender {
  send<N extends JobName>(name: N, data: JobData[N]): Promise<void>;
}

/** Where a dossier update keeps the facts it compared and the alerts it found. */
export interface AlertSink {
  snapshot(collection: string): Promise<FactSnapshot | null>;
  /** Saves the snapshot and the alerts at once, publishes the alerts and queues their webhook deliveries; returns
   *  them with their ids. */
  commit(collection: string, snapshot: FactSnapshot, alerts: Alert[]): Promise<Alert[]>;
}

export interface JobContext {
  store: Store;
  /** The pipeline version (src/runner/version.ts). */
  version: string;
  queue: Sender;
  preparer: Preparer;
  fetcher: Fetcher | null;
  /** Where a report sent with no collection goes; without one, such a job fails. */
  route: Router | null;
  webhook: WebhookTarget | null;
  mirrors: Mirrors;
  alerts: AlertSink;
  /** The collection's members (sha256s) in stored order. */
  members(collection: string): Promise<string[]>;
  /** Runs `fn` while no other process updates this collection's dossier. */
  exclusive<T>(collection: string, fn: () => Promise<T>): Promise<T>;
  /** Largest report accepted, in bytes. */
  maxBytes: number;
  log(line: string): void;
}
