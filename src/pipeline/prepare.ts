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

/** A document yields at most this many claims (100,000 one-line paragraphs would be 100,000 claims, and 99 MB
 *  of dossier); the rest of its body is kept but not read, with a warning. The longest official texts we know
 *  come to a few thousand sentences. */
export const MAX_CLAIMS_PER_DOCUMENT = 50_000;

/** What the reading had to cap in this document, one warning each (never a silent cut). */
function capWarnings(segments: ReadSegment[], read: number): string[] {
  const warnings: string[] = [];
  const cut = segments.filter((s) => s.cut).length;
  if (cut) warnings.push(`${cut} claim(s) are pieces of sentences too long to read whole (thousands of characters without a sentence end), cut at spaces`);
  if (segments.length > read) {
    const from = segments[read].start;
    warnings.push(`${segments.length} sentences: only the first ${read} were read as claims (the body from character ${from} on was not read)`);
  }
  return warnings;
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
    ...(raw.links?.length ? { links: raw.links } : {}),
  };
  const segments = segmentsIn(doc.language);
  const readable = Math.min(segments.length, MAX_CLAIMS_PER_DOCUMENT);
  const capped = [...cleaned.warnings, ...capWarnings(segments, readable)];
  if (capped.length) doc.warnings = [...raw.warnings, ...capped];
  return { doc, claims: readClaims(doc, segments), signature: minhashSignature(doc.body) };
}

/** The document's claims: its segments (in its language) read, the first MAX_CLAIMS_PER_DOCUMENT of them. */
export function readClaims(doc: PreparedDocument, segments: ReadSegment[] = readSegments(doc.body, doc.language)): Claim[] {
  const read = segments.length > MAX_CLAIMS_PER_DOCUMENT ? segments.slice(0, MAX_CLAIMS_PER_DOCUMENT) : segments;
  return readDocument({ id: doc.sha256, body: doc.body, language: doc.language, published: doc.published, kind: doc.kind, title: doc.title }, read);
}
