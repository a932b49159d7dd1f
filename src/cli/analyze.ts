// `pactwatch analyze`: files → ingest → (store or prepare) → dossier. The I/O edge around the pure pipeline.
import { DEFAULT_MAX_BYTES, ingestBytes } from '../ingest/index.ts';
import type { OutletRegister } from '../meta/index.ts';
import { assembleDossier, type Prepared, withSources } from '../pipeline/index.ts';
import {
  type DocumentCache,
  inlinePreparer,
  listInputFiles,
  POOL_MIN_FILES,
  type Preparer,
  pipelineVersion,
  readDocuments,
  readInputFile,
  workerPreparer,
} from '../runner/index.ts';
import type { Dossier, RawDocument } from '../types.ts';
import { createProgress } from './progress.ts';

export interface AnalyzeOptions {
  paths: string[];
  maxBytes?: number;
  quiet?: boolean;
  collection?: string;
  cache?: DocumentCache | null;
  /** Prepare on worker threads (default: when the pile has at least POOL_MIN_FILES files). */
  workers?: boolean;
  /** The user's outlet register, merged over the bundled one; its entries decide over the reports' evidence. */
  outlets?: OutletRegister | null;
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

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const collection = options.collection ?? 'default';
  const { files, warnings } = await listInputFiles(options.paths);
  const version = await pipelineVersion();
  const progress = createProgress(files.length, { quiet: !!options.quiet, label: 'analyze' });
  const preparer: Preparer = (options.workers ?? files.length >= POOL_MIN_FILES) ? workerPreparer() : inlinePreparer;
  // Files are read one at a time, as the reading pulls their documents: progress ticks per file.
  async function* documentsOf(): AsyncGenerator<RawDocument> {
    for (const file of files) {
      progress.tick(file);
      const read = await readInputFile(file, maxBytes);
      if (read.warning) warnings.push(read.warning);
      if (!read.bytes) continue;
      const ingested = await ingestBytes(file, read.bytes, { maxBytes });
      warnings.push(...ingested.warnings);
      yield* ingested.docs;
    }
  }
  let items: Prepared[];
  try {
    ({ items } = await readDocuments(documentsOf(), { cache: options.cache ?? null, version, collection, preparer, warnings }));
  } finally {
    progress.stop();
    await preparer.close();
  }
  const documentsDone = performance.now();
  const documentsPeakRssMB = process.resourceUsage().maxRSS / 1024;

  const dossier = assembleDossier(withSources(items, options.outlets ?? null), warnings);
  const timings = { documents: documentsDone - started, dossier: performance.now() - documentsDone };
  const analyzed = new Set(items.map((i) => i.doc.file.replace(/#\d+$/, '')));
  const failedFiles = [...new Set(warnings.filter((w) => w.level === 'error').map((w) => w.file.replace(/#\d+$/, '')))].filter((f) => !analyzed.has(f));
  return { dossier, failedFiles, timings, documentsPeakRssMB };
}
