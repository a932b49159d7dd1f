// One raw report → a stored-ready document and its claims: clean, meta, read. Pure.
import { cleanDocument } from '../clean/index.ts';
import { minhashSignature } from '../ingest/index.ts';
import { extractMeta } from '../meta/index.ts';
import { type ReadSegment, readDocument, readSegments } from '../read/index.ts';
import type { Claim, DocumentRecord, RawDocument } from '../types.ts';

/** A document before it gets its dossier id: the unit the store keeps, keyed by sha256. */
export type PreparedDocument = Omit<DocumentRecord, 'id' | 'near_duplicate_of'>;

export interface Prepared {
  doc: PreparedDocument;
  /** Claims with `doc` set to the sha256 and ids local to the document. */
  claims: Claim[];
  /** MinHash signature of the body, for near-duplicate links across runs. */
  signature: number[];
}

export function prepareDocument(raw: RawDocument): Prepared {
  const cleaned = cleanDocument(raw);
  // The body's segments with their voice, read once: the meta stage weighs the writer's voice over them (in the
  // language it detected), and the claims are the same segments.
  let read: { language: string | null; segments: ReadSegment[] } | null = null;
  const segmentsIn = (language: string | null) => {
    if (read?.language !== language) read = { language, segments: readSegments(cleaned.body, language) };
    return read.segments;
  };
  const meta = extractMeta(raw, cleaned, segmentsIn);
  const doc: PreparedDocument = {
    file: raw.file,
    sha256: raw.sha256,
    format: raw.format,
    url: cleaned.hints.url ?? raw.hints.url ?? null,
    ...meta,
    body: cleaned.body,
    removed: cleaned.removed,
    warnings: raw.warnings,
  };
  const claims = readDocument(
    { id: raw.sha256, body: doc.body, language: doc.language, published: doc.published, kind: doc.kind, title: doc.title },
    segmentsIn(doc.language),
  );
  return { doc, claims, signature: minhashSignature(doc.body) };
}
