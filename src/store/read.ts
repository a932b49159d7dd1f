// Reading documents and claims back, in first-stored order (documents.seq), as the dossier types.
import type { Claim } from '../types.ts';
import type { Queryable, Row } from './driver.ts';
import type { DocumentSummary, Selection, StoredDocument } from './types.ts';

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
  d.kind, d.evidence, d.body, d.removed, d.warnings, d.extra, d.signature, d.near_duplicate_of, d.reader_version,
  d.created_at, d.updated_at`;

export const SUMMARY_COLUMNS = `d.sha256, d.file, d.format, d.url, d.title, d.outlet, d.author, d.published, d.language,
  d.kind, d.near_duplicate_of, d.created_at, d.updated_at,
  (SELECT count(*)::int FROM claims c WHERE c.sha256 = d.sha256) AS claim_count`;

function toDocument(r: Row): StoredDocument {
  return {
    ...(r.extra as Record<string, unknown>),
    id: r.sha256 as string,
    file: r.file as string,
    sha256: r.sha256 as string,
    format: r.format as StoredDocument['format'],
    url: r.url as string | null,
    title: r.title as string | null,
    outlet: r.outlet as string | null,
    author: r.author as string | null,
    published: r.published as string | null,
    language: r.language as string | null,
    kind: r.kind as StoredDocument['kind'],
    evidence: r.evidence as Record<string, string>,
    body: r.body as string,
    removed: r.removed as StoredDocument['removed'],
    near_duplicate_of: r.near_duplicate_of as string | null,
    warnings: r.warnings as string[],
    signature: r.signature as number[],
    reader_version: r.reader_version as string,
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

export function toSummary(r: Row): DocumentSummary {
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
    near_duplicate_of: r.near_duplicate_of as string | null,
    claim_count: r.claim_count as number,
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

/** A stored claim's id: its document's sha256 and its 1-based position there. */
export function claimId(sha256: string, ord: number): string {
  return `${sha256}#${ord}`;
}

export async function documentsFor(db: Queryable, selection: Selection): Promise<StoredDocument[]> {
  const { where, params } = selectionWhere(selection);
  return (await db.query(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${where} ORDER BY d.seq`, params)).map(toDocument);
}

type ClaimTuple = [number, number, number, string, Claim['kind'], string | null, Claim['unit'], Record<string, unknown>];

export async function claimsFor(db: Queryable, selection: Selection): Promise<Claim[]> {
  const { where, params } = selectionWhere(selection);
  // One row per document, its claims as one JSON array: decoding a row costs far more than parsing
  // JSON (on PGlite about 2.5 times the CPU for row-per-claim), and whole stores get loaded this way.
  const rows = await db.query<{ sha256: string; claims: string | null }>(
    `SELECT d.sha256, (SELECT json_agg(json_build_array(c.ord, c.start_offset, c.end_offset, c.text, c.kind, c.speaker, c.unit, c.data) ORDER BY c.ord)
                       FROM claims c WHERE c.sha256 = d.sha256)::text AS claims
     FROM documents d WHERE ${where} ORDER BY d.seq`,
    params,
  );
  const claims: Claim[] = [];
  for (const row of rows) {
    if (row.claims === null) continue;
    for (const [ord, start, end, text, kind, speaker, unit, data] of JSON.parse(row.claims) as ClaimTuple[]) {
      claims.push({ id: claimId(row.sha256, ord), doc: row.sha256, start, end, text, kind, speaker, ...(data as object), unit } as Claim);
    }
  }
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
  const rows = await db.query(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.created_at > $1::timestamptz AND ${where} ORDER BY d.seq`, [isoTime, ...params]);
  return rows.map(toSummary);
}
