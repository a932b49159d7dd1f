// Writing documents and claims. Each chunk of documents goes in one transaction with its claims, so a
// run killed mid-way leaves whole documents only, and a re-run (keyed by sha256) adds only what is missing.
// Bulk rows travel as one JSON parameter expanded by jsonb_to_recordset (parsed once, where a json
// parameter would be parsed twice): one round trip per table per chunk.
import type { Queryable } from './driver.ts';
import { toPgJson } from './text.ts';
import type { NewClaim, NewDocument } from './types.ts';

/** Documents per transaction in bulk writes: large enough to amortize round trips, small enough to keep memory flat. */
export const CHUNK = 200;

const DOCUMENT_FIELDS = new Set(['id', 'sha256', 'file', 'format', 'url', 'title', 'outlet', 'author', 'published', 'language', 'kind', 'evidence', 'body', 'removed', 'warnings', 'signature', 'near_duplicate_of']);
const CLAIM_FIELDS = new Set(['id', 'doc', 'start', 'end', 'text', 'kind', 'speaker', 'unit']);

const UPSERT_DOCUMENTS = `
INSERT INTO documents (sha256, file, format, url, title, outlet, author, published, language, kind,
                       evidence, body, removed, warnings, extra, signature, near_duplicate_of, reader_version)
SELECT d.sha256, d.file, d.format, d.url, d.title, d.outlet, d.author, d.published, d.language, d.kind,
       coalesce(d.evidence, '{}'), d.body, coalesce(d.removed, '[]'), coalesce(d.warnings, '[]'),
       coalesce(d.extra, '{}'), coalesce(d.signature, '[]'), d.near_duplicate_of, $2
FROM jsonb_to_recordset($1::jsonb) AS d(sha256 text, file text, format text, url text, title text, outlet text,
     author text, published text, language text, kind text, evidence jsonb, body text, removed jsonb,
     warnings jsonb, extra jsonb, signature jsonb, near_duplicate_of text)
ON CONFLICT (sha256) DO UPDATE SET
  file = EXCLUDED.file, format = EXCLUDED.format, url = EXCLUDED.url, title = EXCLUDED.title,
  outlet = EXCLUDED.outlet, author = EXCLUDED.author, published = EXCLUDED.published,
  language = EXCLUDED.language, kind = EXCLUDED.kind, evidence = EXCLUDED.evidence, body = EXCLUDED.body,
  removed = EXCLUDED.removed, warnings = EXCLUDED.warnings, extra = EXCLUDED.extra,
  signature = EXCLUDED.signature, near_duplicate_of = EXCLUDED.near_duplicate_of,
  reader_version = EXCLUDED.reader_version, updated_at = clock_timestamp()
  -- the same bytes read by the same reader version: nothing to do
  WHERE documents.reader_version IS DISTINCT FROM EXCLUDED.reader_version
RETURNING sha256`;

const INSERT_CLAIMS = `
INSERT INTO claims (sha256, ord, start_offset, end_offset, text, kind, speaker, unit, data)
SELECT c.sha256, c.ord, c.start, c."end", c.text, c.kind, c.speaker, c.unit, c.data
FROM jsonb_to_recordset($1::jsonb) AS c(sha256 text, ord integer, start integer, "end" integer, text text,
     kind text, speaker text, unit text, data jsonb)`;

function documentRow(doc: NewDocument): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!DOCUMENT_FIELDS.has(key)) extra[key] = value;
  return { ...doc, extra, near_duplicate_of: doc.near_duplicate_of ?? null };
}

function claimRows(sha256: string, claims: NewClaim[]): Record<string, unknown>[] {
  return claims.map((claim, i) => {
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(claim)) if (!CLAIM_FIELDS.has(key)) data[key] = value;
    const { start, end, text, kind, speaker, unit } = claim;
    return { sha256, ord: i + 1, start, end, text, kind, speaker, unit, data };
  });
}

async function insertClaims(tx: Queryable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length > 0) await tx.query(INSERT_CLAIMS, [toPgJson(rows)]);
}

/**
 * Writes one chunk inside the caller's transaction: documents new to the store or read by another
 * reader version (their claims replaced), and every document's membership of `collection`.
 */
export async function writeChunk(tx: Queryable, batch: { doc: NewDocument; claims: NewClaim[] }[], readerVersion: string, collection: string): Promise<string[]> {
  const unique = [...new Map(batch.map((item) => [item.doc.sha256, item])).values()];
  if (unique.length === 0) return [];
  const shas = unique.map((i) => i.doc.sha256);
  // Send only what is missing or stale: a resumed or repeated run costs one lookup per chunk.
  const current = new Map((await tx.query<{ sha256: string; reader_version: string }>(
    'SELECT sha256, reader_version FROM documents WHERE sha256 = ANY($1::text[])', [shas])).map((r) => [r.sha256, r.reader_version]));
  const todo = unique.filter((i) => current.get(i.doc.sha256) !== readerVersion);
  let written = new Set<string>();
  if (todo.length > 0) {
    const rows = await tx.query<{ sha256: string }>(UPSERT_DOCUMENTS, [toPgJson(todo.map((i) => documentRow(i.doc))), readerVersion]);
    written = new Set(rows.map((r) => r.sha256));
    // A re-read replaces the claims (any row a concurrent writer upserted meanwhile included).
    if (written.size > 0) await tx.query('DELETE FROM claims WHERE sha256 = ANY($1::text[])', [[...written]]);
    await insertClaims(tx, todo.filter((i) => written.has(i.doc.sha256)).flatMap((i) => claimRows(i.doc.sha256, i.claims)));
  }
  await linkCollection(tx, collection, shas);
  return shas.filter((sha) => written.has(sha));
}

export async function linkCollection(tx: Queryable, collection: string, shas: string[]): Promise<void> {
  if (shas.length === 0) return;
  await tx.query(
    `INSERT INTO collection_documents (collection, sha256)
     SELECT $1, s FROM unnest($2::text[]) AS s WHERE EXISTS (SELECT 1 FROM documents WHERE sha256 = s)
     ON CONFLICT DO NOTHING`,
    [collection, shas],
  );
}

/** Replaces the claims of one stored document and records the reader version that produced them. */
export async function replaceClaims(tx: Queryable, sha256: string, claims: NewClaim[], readerVersion: string): Promise<void> {
  const found = await tx.query('UPDATE documents SET reader_version = $2, updated_at = clock_timestamp() WHERE sha256 = $1 RETURNING sha256', [sha256, readerVersion]);
  if (found.length === 0) throw new Error(`no stored document ${sha256}`);
  await tx.query('DELETE FROM claims WHERE sha256 = $1', [sha256]);
  await insertClaims(tx, claimRows(sha256, claims));
}
