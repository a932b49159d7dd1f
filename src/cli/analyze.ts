// `pactwatch analyze`: files → ingest → (store or prepare) → dossier. The I/O edge around the pure pipeline.
import { DEFAULT_MAX_BYTES, ingestBytes } from '../ingest/index.ts';
import { assembleDossier } from '../pipeline/assemble.ts';
import type { Prepared } from '../pipeline/prepare.ts';
import { shareMemory } from '../pipeline/share.ts';
import type { Dossier, RawDocument, Warning } from '../types.ts';
import { listInputFiles, readInputFile } from './inputs.ts';
import { inlinePreparer, POOL_MIN_FILES, workerPreparer, type Preparer } from './prepare-pool.ts';
import { createProgress } from './progress.ts';
import { pipelineVersion } from './version.ts';

/** What analyze needs from a store; the store adapter (src/store) provides it. */
export interface DocumentCache {
  /** Which of these documents the store holds (in any version): one query for a batch of new files. */
  stored(shas: string[]): Promise<Set<string>>;
  loadPrepared(sha256: string, version: string, collection: string): Promise<Prepared | null>;
  savePrepared(items: Prepared[], version: string, collection: string): Promise<void>;
}

export interface AnalyzeOptions {
  paths: string[];
  maxBytes?: number;
  quiet?: boolean;
  collection?: string;
  cache?: DocumentCache | null;
  /** Prepare on worker threads (default: when the pile has at least POOL_MIN_FILES files). */
  workers?: boolean;
}

export interface AnalyzeResult {
  dossier: Dossier;
  /** Files that yielded no document because of an error. */
  failedFiles: string[];
  /** Milliseconds spent reading and storing documents, and building the dossier from them. */
  timings: { documents: number; dossier: number };
  /** Peak resident memory (MB) of the process by the end of reading and storing, before the dossier. */
  documentsPeakRssMB: number;
}

/** Documents written to the store per transaction; a killed run loses at most this many. */
const SAVE_BATCH = 100;
/** Documents looked up in the store together before they are prepared. */
const LOOKUP_BATCH = 128;
/** Documents being prepared at once: enough to keep every worker busy while a batch is written, bounded for memory. */
const IN_FLIGHT = 256;

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const collection = options.collection ?? 'default';
  const { files, warnings } = await listInputFiles(options.paths);
  const version = await pipelineVersion();
  const progress = createProgress(files.length, { quiet: !!options.quiet, label: 'analyze' });
  const preparer: Preparer = options.workers ?? files.length >= POOL_MIN_FILES ? workerPreparer() : inlinePreparer;
  const items: Prepared[] = [];
  const fileOfSha = new Map<string, string>();
  const inFlight: { file: string; fresh: boolean; job: Promise<Prepared> }[] = [];
  const unsaved: Prepared[] = [];
  // Writes run one after another behind the reading, not in its way: the workers keep preparing meanwhile.
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    const batch = unsaved.splice(0);
    if (!options.cache || !batch.length) return;
    saving = saving.then(() => options.cache!.savePrepared(batch, version, collection));
    saving.catch(() => {}); // a failed write is thrown where the run awaits the last one, not as unhandled
  };

  /** Takes the oldest job's result, in input order, and saves fresh ones in batches. */
  const settleOldest = async () => {
    const { file, fresh, job } = inFlight.shift()!;
    try {
      const prepared = shareMemory(await job);
      items.push(prepared);
      if (fresh) unsaved.push(prepared);
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
    const stored = options.cache && batch.length ? await options.cache.stored(batch.map((raw) => raw.sha256)) : new Set<string>();
    for (const raw of batch) {
      const cached = stored.has(raw.sha256) ? await options.cache!.loadPrepared(raw.sha256, version, collection) : null;
      const job = cached ? Promise.resolve({ ...cached, doc: { ...cached.doc, file: raw.file } }) : preparer.prepare(raw);
      job.catch(() => {}); // settled in order by settleOldest; this only keeps an early rejection from being unhandled
      inFlight.push({ file: raw.file, fresh: !cached, job });
      if (inFlight.length >= IN_FLIGHT) await settleOldest();
    }
  };

  try {
    for (const file of files) {
      progress.tick(file);
      const read = await readInputFile(file, maxBytes);
      if (read.warning) warnings.push(read.warning);
      if (!read.bytes) continue;
      const ingested = await ingestBytes(file, read.bytes, { maxBytes });
      warnings.push(...ingested.warnings);
      for (const raw of ingested.docs) {
        const earlier = fileOfSha.get(raw.sha256);
        if (earlier) {
          warnings.push({ level: 'warning', file: raw.file, message: `exact duplicate of ${earlier}: stored once` });
          continue;
        }
        fileOfSha.set(raw.sha256, raw.file);
        pending.push(raw);
        if (pending.length >= LOOKUP_BATCH) await dispatch();
      }
    }
    await dispatch();
    while (inFlight.length) await settleOldest();
    save();
    await saving;
  } finally {
    progress.stop();
    await preparer.close();
  }
  const documentsDone = performance.now();
  const documentsPeakRssMB = process.resourceUsage().maxRSS / 1024;

  const dossier = assembleDossier(items, warnings);
  const timings = { documents: documentsDone - started, dossier: performance.now() - documentsDone };
  const analyzed = new Set(items.map((i) => i.doc.file.replace(/#\d+$/, '')));
  const failedFiles = [...new Set(warnings.filter((w) => w.level === 'error').map((w) => w.file.replace(/#\d+$/, '')))].filter((f) => !analyzed.has(f));
  return { dossier, failedFiles, timings, documentsPeakRssMB };
}
