// Reading documents and claims back, in first-stored order (documents.seq), as the dossier types.
import type { Claim } from '../types.ts';
import type { Queryable, Row } from './driver.ts';
import type { CollectionCount, DocumentSummary, Selection, StoredDocument } from './types.ts';

/** Both drivers return timestamptz as Date; the API speaks ISO strings. */
export function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** WHERE clause and parameters for a selection of documents aliased `d`. */
export function selectionWhere(selection: Selection, first = 1): { where: string; params: unknown[] } {
  if (Array.isArray(selection)) return { where: `d.sha256 = ANY($${first}::text[])`, params: [selection] };
  return {
    where: `EXISTS (SELECT 1 FROM collection_documents cd WHERE cd.sha256 = d.sha256 AND cd.collection = $${first})`,
    params: [selection.collection],
  };
}

const DOCUMENT_COLUMNS = `d.sha256, d.file, d.format, d.url, d.title, d.outlet, d.author, d.published, d.language,
  d.kind, d.source_type, d.source_state, d.source_evidence, d.evidence, d.body, d.removed, d.warnings, d.extra,
  d.signature, d.near_duplicate_of, d.reader_version, d.created_at, d.updated_at`;

export const SUMMARY_COLUMNS = `d.sha256, d.file, d.format, d.url, d.title, d.outlet, d.author, d.published, d.language,
  d.kind, d.source_type, d.source_state, d.source_evidence, d.near_duplicate_of, d.created_at, d.updated_at,
  coalesce((SELECT array_length(cs.fts, 1) FROM claim_sets cs WHERE cs.doc = d.seq), 0) AS claim_count`;

/** The columns a document and its summary share. */
function commonFields(r: Row) {
  return {
    id: r.sha256 as string,
    sha256: r.sha256 as string,
    file: r.file as string,
    format: r.format as DocumentSummary['format'],
    url: r.url as string | null,
    title: r.title as string | null,
    outlet: r.outlet as string | null,
    author: r.author as string | null,
    published: r.published as string | null,
    language: r.language as string | null,
    kind: r.kind as DocumentSummary['kind'],
    source_type: r.source_type as DocumentSummary['source_type'],
    source_state: r.source_state as string | null,
    // null on a row stored before sources were typed (migration 003): see StoredDocument.
    source_evidence: r.source_evidence as string | null,
    near_duplicate_of: r.near_duplicate_of as string | null,
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

function toDocument(r: Row): StoredDocument {
  return {
    ...(r.extra as Record<string, unknown>),
    ...commonFields(r),
    evidence: r.evidence as Record<string, string>,
    body: r.body as string,
    removed: r.removed as StoredDocument['removed'],
    warnings: r.warnings as string[],
    signature: r.signature as number[],
    reader_version: r.reader_version as string,
  };
}

export function toSummary(r: Row): DocumentSummary {
  return { ...commonFields(r), claim_count: r.claim_count as number };
}

/** A stored claim's id: its document's sha256 and its 1-based position there. */
export function claimId(sha256: string, ord: number): string {
  return `${sha256}#${ord}`;
}

/** Documents per read query: a whole store in one result would sit in memory twice (protocol buffer, then rows). */
const PAGE = 500;

/**
 * The documents of a selection in seq order, page by page: first their numbers (one small query),
 * then `select` (which must return `seq` and filter with `= ANY($1::bigint[])`) for each page of
 * numbers, each row handed to `each` in order. Pages by key, not LIMIT/OFFSET: every page costs the same.
 */
async function paged(db: Queryable, selection: Selection, select: string, each: (row: Row, sha256: string) => void): Promise<void> {
  const { where, params } = selectionWhere(selection);
  const docs = await db.query<{ seq: string | number; sha256: string }>(`SELECT d.seq, d.sha256 FROM documents d WHERE ${where} ORDER BY d.seq`, params);
  const shaOf = new Map(docs.map((d) => [Number(d.seq), d.sha256]));
  for (let i = 0; i < docs.length; i += PAGE) {
    const rows = await db.query(select, [docs.slice(i, i + PAGE).map((d) => d.seq)]);
    rows.sort((a, b) => Number(a.seq) - Number(b.seq)).forEach((r) => each(r, shaOf.get(Number(r.seq))!));
  }
}

export async function documentsFor(db: Queryable, selection: Selection): Promise<StoredDocument[]> {
  const documents: StoredDocument[] = [];
  await paged(db, selection, `SELECT ${DOCUMENT_COLUMNS}, d.seq FROM documents d WHERE d.seq = ANY($1::bigint[])`, (r) => documents.push(toDocument(r)));
  return documents;
}

export async function claimsFor(db: Queryable, selection: Selection): Promise<Claim[]> {
  // One row per document, its claims as stored (JSON text): decoding a row costs far more than
  // parsing JSON, and whole stores get loaded this way.
  const claims: Claim[] = [];
  await paged(db, selection, 'SELECT cs.doc AS seq, cs.claims FROM claim_sets cs WHERE cs.doc = ANY($1::bigint[])', (r, sha256) => {
    // id and doc last: a claim given with ids of its own gets the stored ones.
    (JSON.parse(r.claims as string) as Omit<Claim, 'id' | 'doc'>[]).forEach((claim, i) => claims.push({ ...claim, id: claimId(sha256, i + 1), doc: sha256 }));
  });
  return claims;
}

export async function hasDocuments(db: Queryable, shas: string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set();
  const rows = await db.query<{ sha256: string }>('SELECT sha256 FROM documents WHERE sha256 = ANY($1::text[])', [shas]);
  return new Set(rows.map((r) => r.sha256));
}

export async function signatures(db: Queryable, collection?: string): Promise<{ sha256: string; signature: number[] }[]> {
  const { where, params } = collection === undefined ? { where: 'true', params: [] } : selectionWhere({ collection });
  return db.query(`SELECT d.sha256, d.signature FROM documents d WHERE ${where} ORDER BY d.seq`, params);
}

export async function documentsSince(db: Queryable, isoTime: string, collection?: string): Promise<DocumentSummary[]> {
  const { where, params } = collection === undefined ? { where: 'true', params: [] } : selectionWhere({ collection }, 2);
  const rows = await db.query(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.created_at > $1::timestamptz AND ${where} ORDER BY d.seq`, [
    isoTime,
    ...params,
  ]);
  return rows.map(toSummary);
}

/** Every collection that holds a document, by name: how many documents it holds and when the last one joined. */
export async function collectionCounts(db: Queryable): Promise<CollectionCount[]> {
  const rows = await db.query<{ name: string; documents: number; updated_at: unknown }>(
    'SELECT collection AS name, count(*)::int AS documents, max(added_at) AS updated_at FROM collection_documents GROUP BY collection ORDER BY collection',
  );
  return rows.map((r) => ({ name: r.name, documents: Number(r.documents), updated_at: iso(r.updated_at) }));
}
