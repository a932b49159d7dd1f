// How politely and safely the watcher fetches: the limits every request keeps, and their defaults.
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';

/** The product token robots.txt groups are matched against, and the start of the User-Agent header. */
export const ROBOT_NAME = 'Pactwatch';
export const USER_AGENT = `${ROBOT_NAME}/0.1 (news watcher; honours robots.txt)`;

export interface FetchPolicy {
  /** Fetch from loopback, private and link-local addresses too (tests, an intranet). */
  allowPrivateNetwork: boolean;
  /** Bodies larger than this are aborted while streaming (decompressed bytes). */
  maxBytes: number;
  /** Time to open a connection (DNS, TCP, TLS). */
  connectTimeoutMs: number;
  /** Time for one request, from sending it to the last byte of its body. */
  totalTimeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Least time between the starts of two requests to one host; a longer robots.txt Crawl-delay wins. */
  hostIntervalMs: number;
}

export const DEFAULT_POLICY: FetchPolicy = {
  allowPrivateNetwork: false,
  maxBytes: DEFAULT_MAX_BYTES,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
  hostIntervalMs: 1_000,
};

/** A fetch that failed, with one sentence saying why (the address is added by whoever reports it). */
export class FetchError extends Error {
  override name = 'FetchError';
}
