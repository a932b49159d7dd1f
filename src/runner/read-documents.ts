// Raw documents → prepared documents, in input order: each one loaded from the store when the store already
// read it with this pipeline version, else prepared (inline or on worker threads), and the fresh ones saved
// in batches behind the reading. Shared by `pactwatch analyze` and the server's upload.
import { type Prepared, shareMemory } from '../pipeline/index.ts';
import type { RawDocument, Warning } from '../types.ts';
import type { Preparer } from './prepare-pool.ts';

/** What reading needs from a store; the store adapter (src/runner/cache.ts) provides it. */
export interface DocumentCache {
  /** Which of these documents the store holds (in any version): one query for a batch of new files. */
  stored(shas: string[]): Promise<Set<string>>;
  loadPrepared(sha256: string, version: string, collection: string): Promise<Prepared | null>;
  savePrepared(items: Prepared[], version: string, collection: string): Promise<void>;
}

export interface ReadOptions {
  /** The store, or null to read in memory only. */
  cache: DocumentCache | null;
  /** The pipeline version (src/runner/version.ts): a stored document read by another version is read again. */
  version: string;
  collection: string;
  /** Owned by the caller, who closes it. */
  preparer: Preparer;
  /** Where duplicates and documents that fail are reported, appended as they happen. */
  warnings: Warning[];
}

export interface ReadResult {
  /** The prepared documents, in input order. */
  items: Prepared[];
  /** Later copies of a document already in this input, skipped. */
  duplicates: { sha256: string; file: string }[];
}

/** Documents written to the store per transaction; a killed run loses at most this many. */
const SAVE_BATCH = 100;
/** Documents looked up in the store together before they are prepared. */
const LOOKUP_BATCH = 128;
/** Documents being prepared at once: enough to keep every worker busy while a batch is written, bounded for memory. */
const IN_FLIGHT = 256;

/**
 * Reads the documents as they come: the input may be lazy (files read one by one), and is pulled only as
 * fast as the documents before it are dispatched, so memory stays bounded.
 */
export async function readDocuments(raws: Iterable<RawDocument> | AsyncIterable<RawDocument>, options: ReadOptions): Promise<ReadResult> {
  const { cache, version, collection, preparer, warnings } = options;
  const items: Prepared[] = [];
  const duplicates: ReadResult['duplicates'] = [];
  const fileOfSha = new Map<string, string>();
  const inFlight: { file: string; fresh: boolean; known: string[]; job: Promise<Prepared> }[] = [];
  const unsaved: Prepared[] = [];
  // Writes run one after another behind the reading, not in its way: the workers keep preparing meanwhile.
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    const batch = unsaved.splice(0);
    if (!cache || !batch.length) return;
    saving = saving.then(() => cache.savePrepared(batch, version, collection));
    saving.catch(() => {}); // a failed write is thrown where the run awaits the last one, not as unhandled
  };

  /** Takes the oldest job's result, in input order, and saves fresh ones in batches. */
  const settleOldest = async () => {
    const { file, fresh, known, job } = inFlight.shift()!;
    try {
      const prepared = shareMemory(await job);
      items.push(prepared);
      if (fresh) unsaved.push(prepared);
      // What reading the document had to cap or skip (ingest's own notes are in the run's list already).
      if (fresh) for (const message of prepared.doc.warnings ?? []) if (!known.includes(message)) warnings.push({ level: 'warning', file, message });
    } catch (error) {
      warnings.push({ level: 'error', file, message: `could not be analyzed: ${(error as Error).message}` });
    }
    if (unsaved.length >= SAVE_BATCH) save();
  };

  /** Sends the pending documents to be prepared, or loads those the store already read with this version. */
  let pending: RawDocument[] = [];
  const dispatch = async () => {
    const batch = pending;
    pending = [];
    const stored = cache && batch.length ? await cache.stored(batch.map((raw) => raw.sha256)) : new Set<string>();
    for (const raw of batch) {
      const cached = stored.has(raw.sha256) ? await cache!.loadPrepared(raw.sha256, version, collection) : null;
      const job = cached ? Promise.resolve({ ...cached, doc: { ...cached.doc, file: raw.file } }) : preparer.prepare(raw);
      job.catch(() => {}); // settled in order by settleOldest; this only keeps an early rejection from being unhandled
      inFlight.push({ file: raw.file, fresh: !cached, known: raw.warnings, job });
      if (inFlight.length >= IN_FLIGHT) await settleOldest();
    }
  };

  for await (const raw of raws) {
    const earlier = fileOfSha.get(raw.sha256);
    if (earlier) {
      duplicates.push({ sha256: raw.sha256, file: raw.file });
      warnings.push({ level: 'warning', file: raw.file, message: `exact duplicate of ${earlier}: stored once` });
      continue;
    }
    fileOfSha.set(raw.sha256, raw.file);
    pending.push(raw);
    if (pending.length >= LOOKUP_BATCH) await dispatch();
  }
  await dispatch();
  while (inFlight.length) await settleOldest();
  save();
  await saving;
  return { items, duplicates };
}
