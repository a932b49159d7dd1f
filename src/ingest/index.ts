// Ingest stage: bytes → RawDocument[] (formats, charsets, JSON/JSONL items, PDF text layer).
// Pure over the bytes it is given; the CLI/server adapters read the files.
import type { RawDocument, Warning } from '../types.ts';

export interface IngestOptions {
  /** Files larger than this are refused (bytes). Default 20 MB. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestResult {
  docs: RawDocument[];
  warnings: Warning[];
}

/** Decodes one file's bytes into zero or more raw documents, with a warning or error per problem. */
export async function ingestBytes(file: string, bytes: Uint8Array, options: IngestOptions = { maxBytes: DEFAULT_MAX_BYTES }): Promise<IngestResult> {
  throw new Error('not implemented yet');
}
