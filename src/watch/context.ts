// What every step of a watch shares: the store, the fetcher, the preparer, the followed agreements, and what a
// step hands back (stored reports and problems, one sentence each).
import type { Preparer, StoreCache } from '../runner/index.ts';
import type { Fetcher } from './fetch.ts';
import type { AgreementMatcher } from './route.ts';

export interface WatchContext {
  /** The store (src/runner's adapter over it). */
  cache: StoreCache;
  fetcher: Fetcher;
  /** Owned by the caller, who closes it. */
  preparer: Preparer;
  /** The pipeline's version (src/runner/version.ts). */
  version: string;
  matchers: AgreementMatcher[];
  /** Where reports about no followed agreement go. */
  unsorted: string;
  /** Articles and files larger than this are refused. */
  maxBytes: number;
}

/** A report stored (or, already stored, filed) in a collection. */
export interface StoredReport {
  /** The article's address, or the local file's path. */
  url: string;
  sha256: string;
  title: string | null;
  collection: string;
  /** The followed agreement it is about; null for the unsorted collection. */
  agreement: string | null;
  /** Why it went there. */
  reason: string;
  /** Read now (false: the store held the same bytes from elsewhere already, and it was only filed). */
  fresh: boolean;
}

/** Something that went wrong with one source or article: where, and one sentence. */
export interface Problem {
  where: string;
  message: string;
}

export interface StepResult {
  stored: StoredReport[];
  problems: Problem[];
}

/** What one poll of a source did. */
export interface PollResult {
  source: string;
  stored: StoredReport[];
  problems: Problem[];
  /** The source itself could not be read (nothing of it was). */
  failed: boolean;
  /** 304: unchanged since the last poll. */
  notModified: boolean;
  /** Items left for the next poll (over MAX_ARTICLES_PER_POLL). */
  pending: number;
}
