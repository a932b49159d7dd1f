// What a bulk write sends, column by column (arrays.ts): the documents, each document's claims as one
// JSON text, and the pieces to tokenize. Each text is tokenized once, in SQL: a claim's tsvector is
// kept with its claim set, and the document's tsvector is the concatenation of its chained pieces (its
// claims and the gaps between them, in body order): to_tsvector of the body, but for the positions after a
// stop word that ends a piece (write.ts).
import { toPgJson } from './text.ts';
import type { NewClaim, NewDocument } from './types.ts';

/** Characters of a body that are tokenized for search: a tsvector is limited to 1 MB. */
export const FTS_CHARS = 262144;

/** Document fields with a column of their own, in the order write.ts expects them. */
export const DOCUMENT_COLUMNS = [
  'sha256',
  'file',
  'format',
  'url',
  'title',
  'outlet',
  'author',
  'published',
  'language',
  'kind',
  'evidence',
  'body',
  'removed',
  'warnings',
  'extra',
  'signature',
  'near_duplicate_of',
  'source_type',
  'source_state',
  'source_evidence',
] as const;
const JSON_COLUMNS = new Set<string>(['evidence', 'removed', 'warnings', 'extra', 'signature']);
/** Not stored in `extra`: the columns, and the id (a stored document's id is its sha256). */
const OWN_FIELDS = new Set<string>([...DOCUMENT_COLUMNS, 'id']);

/** A gap without a letter or digit holds no word: nothing to tokenize. */
const WORDLESS = /^[^\p{L}\p{N}]*$/u;

/** Claims and gaps, each document's in body order. */
export interface Pieces {
  /** 1-based position of the piece's document in the batch. */
  doc: number[];
  /** The claim's 1-based position in its document; null for a gap. */
  ord: (number | null)[];
  /** 1 when the piece is part of the document's chain, 0 for a claim outside it. */
  chained: number[];
  text: string[];
}

export interface Columns {
  /** One array per DOCUMENT_COLUMNS entry. */
  documents: (string | null)[][];
  /** JSON of each document's claims, as given. */
  claims: string[];
  pieces: Pieces;
}

function cell(doc: NewDocument, column: string): string | null {
  if (column === 'extra') {
    const extra: Record<string, unknown> = {};
    for (const key of Object.keys(doc)) if (!OWN_FIELDS.has(key)) extra[key] = (doc as Record<string, unknown>)[key];
    return toPgJson(extra);
  }
  const value = (doc as Record<string, unknown>)[column];
  if (value === undefined || value === null) return null;
  return JSON_COLUMNS.has(column) ? toPgJson(value) : String(value);
}

/**
 * Adds a document's pieces. A claim joins the chain when it is the body's text at its offsets (the
 * reader guarantees it), starts after the previous piece and within FTS_CHARS; any other claim adds
 * only its words to the document's vector (write.ts). Gaps are tokenized up to FTS_CHARS.
 */
export function addPieces(pieces: Pieces, doc: number, body: string, claims: NewClaim[]): void {
  let cursor = 0;
  const add = (ord: number | null, chained: boolean, text: string) => {
    pieces.doc.push(doc);
    pieces.ord.push(ord);
    pieces.chained.push(chained ? 1 : 0);
    pieces.text.push(text);
  };
  const gap = (to: number) => {
    const text = body.slice(cursor, Math.min(to, FTS_CHARS));
    if (text.length > 0 && !WORDLESS.test(text)) add(null, true, text);
  };
  claims.forEach(({ start, end, text }, i) => {
    const chained = start >= cursor && start < FTS_CHARS && end <= body.length && body.slice(start, end) === text;
    if (chained && start > cursor) gap(start);
    add(i + 1, chained, text);
    if (chained) cursor = end;
  });
  if (cursor < FTS_CHARS) gap(body.length);
}

export function emptyPieces(): Pieces {
  return { doc: [], ord: [], chained: [], text: [] };
}

export function columns(batch: { doc: NewDocument; claims: NewClaim[] }[]): Columns {
  const pieces = emptyPieces();
  batch.forEach(({ doc, claims }, i) => addPieces(pieces, i + 1, doc.body, claims));
  return {
    documents: DOCUMENT_COLUMNS.map((column) => batch.map(({ doc }) => cell(doc, column))),
    claims: batch.map(({ claims }) => toPgJson(claims)),
    pieces,
  };
}
