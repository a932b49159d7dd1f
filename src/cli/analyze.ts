// `pactwatch analyze`: files → ingest → (store or prepare) → dossier. The I/O edge around the pure pipeline.
import { DEFAULT_MAX_BYTES, ingestBytes } from '../ingest/index.ts';
import { assembleDossier } from '../pipeline/assemble.ts';
import { prepareDocument, type Prepared } from '../pipeline/prepare.ts';
import type { Dossier, Warning } from '../types.ts';
import { listInputFiles, readInputFile } from './inputs.ts';
import { pipelineVersion } from './version.ts';
import { createProgress } from './progress.ts';

/** What analyze needs from a store; the store adapter (src/store) provides it. */
export interface DocumentCache {
  loadPrepared(sha256: string, version: string, collection: string): Promise<Prepared | null>;
  savePrepared(items: Prepared[], version: string, collection: string): Promise<void>;
}

export interface AnalyzeOptions {
  paths: string[];
  maxBytes?: number;
  quiet?: boolean;
  collection?: string;
  cache?: DocumentCache | null;
}

export interface AnalyzeResult {
  dossier: Dossier;
  /** Files that yielded no document because of an error. */
  failedFiles: string[];
  /** Milliseconds spent reading and storing documents, and building the dossier from them. */
  timings: { documents: number; dossier: number };
}

const SAVE_BATCH = 100;

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { files, warnings } = await listInputFiles(options.paths);
  const version = await pipelineVersion();
  const progress = createProgress(files.length, { quiet: !!options.quiet, label: 'analyze' });
  const items: Prepared[] = [];
  const fileOfSha = new Map<string, string>();
  const pending: Prepared[] = [];
  const flush = async () => {
    if (options.cache && pending.length) await options.cache.savePrepared(pending.splice(0), version, options.collection ?? 'default');
  };

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
      try {
        const cached = await options.cache?.loadPrepared(raw.sha256, version, options.collection ?? 'default');
        if (cached) {
          items.push({ ...cached, doc: { ...cached.doc, file: raw.file } });
          continue;
        }
        const prepared = prepareDocument(raw);
        items.push(prepared);
        pending.push(prepared);
        if (pending.length >= SAVE_BATCH) await flush();
      } catch (error) {
        warnings.push({ level: 'error', file: raw.file, message: `could not be analyzed: ${(error as Error).message}` });
      }
    }
  }
  await flush();
  progress.stop();
  const documentsDone = performance.now();

  const dossier = assembleDossier(items, warnings);
  const timings = { documents: documentsDone - started, dossier: performance.now() - documentsDone };
  const analyzed = new Set(items.map((i) => i.doc.file.replace(/#\d+$/, '')));
  const failedFiles = [...new Set(warnings.filter((w) => w.level === 'error').map((w) => w.file.replace(/#\d+$/, '')))].filter((f) => !analyzed.has(f));
  return { dossier, failedFiles, timings };
}
