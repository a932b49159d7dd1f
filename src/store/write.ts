// Writing documents and claims. Each chunk of documents goes in one transaction with its claims and its
// collection links, so a run killed mid-way leaves whole documents only, and a re-run (keyed by sha256)
// adds only what is missing. A chunk is one statement: columns travel as binary arrays (arrays.ts)
// expanded by unnest, every text is tokenized once (rows.ts), and the documents actually written get
// their claim set replaced.
import { bigintArray, intArray, textArray } from './arrays.ts';
import type { Db, Queryable } from './driver.ts';
import { addPieces, columns, DOCUMENT_COLUMNS, emptyPieces, type Pieces } from './rows.ts';
import { toPgJson } from './text.ts';
import type { NewClaim, NewDocument } from './types.ts';

/** Documents per transaction in bulk writes: large enough to amortize round trips, small enough to keep memory flat. */
export const CHUNK = 100;

type Item = { doc: NewDocument; claims: NewClaim[] };

const pieceParams = (p: Pieces) => [intArray(p.doc), intArray(p.ord), intArray(p.chained), textArray(p.text)];

// The pieces of the documents in `d` (rows of d: i, sha256, claims, language), each tokenized once ($n…$n+3
// are pieceParams) with its document's search configuration (migration 006: 'english', 'russian', …, 'simple');
// then per document, all in piece order (one sort): the body's vector, its chained pieces concatenated (||
// shifts positions by the left piece's last word: the body's lexemes, at its positions but for stop words that end
// a piece) plus the bare words of any claim outside the chain, which claim search relies on (search.ts); and the
// claims' vectors. Weights: B body, A title (ts_rank_cd: 0.4, 1.0).
const PIECES = (n: number) => `configs AS MATERIALIZED (
  SELECT d.i, search_config(d.language) AS config FROM d
), pieces AS MATERIALIZED (
  SELECT p.doc, p.ord, p.chained = 1 AS chained, p.n, to_tsvector(c.config, p.text) AS fts
  FROM unnest($${n}::int[], $${n + 1}::int[], $${n + 2}::int[], $${n + 3}::text[]) WITH ORDINALITY AS p(doc, ord, chained, text, n)
  JOIN configs c ON c.i = p.doc
), words AS (
  SELECT doc,
         setweight(coalesce(tsvector_concat_agg(fts ORDER BY n) FILTER (WHERE chained), '')
                   || coalesce(strip(tsvector_concat_agg(fts ORDER BY n) FILTER (WHERE NOT chained)), ''), 'B') AS body,
         array_agg(fts ORDER BY n) FILTER (WHERE ord IS NOT NULL) AS claims
  FROM pieces GROUP BY doc)`;
const TITLE = (title: string, config: string) => `setweight(to_tsvector(${config}, coalesce(${title}, '')), 'A')`;

// The claim sets of the `written` documents.
const SETS = `sets AS (
  INSERT INTO claim_sets (doc, claims, fts)
  SELECT w.seq, d.claims, coalesce(ws.claims, '{}')
  FROM written w JOIN d ON d.sha256 = w.sha256 LEFT JOIN words ws ON ws.doc = d.i
  ON CONFLICT (doc) DO UPDATE SET claims = EXCLUDED.claims, fts = EXCLUDED.fts)`;

const LINK = (collection: string, shas: string) => `INSERT INTO collection_documents (collection, sha256)
  SELECT ${collection}, s FROM unnest(${shas}::text[]) AS s WHERE EXISTS (SELECT 1 FROM documents WHERE sha256 = s)`;

const COLUMN_LIST = DOCUMENT_COLUMNS.join(', ');
const JSONB = (column: string, empty: string) => `coalesce(d.${column}::jsonb, '${empty}')`;

// $1…$N: DOCUMENT_COLUMNS ($1 the sha256s); then the claims, the seqs, the four piece arrays, the reader
// version and the collection.
const N = DOCUMENT_COLUMNS.length;
const [CLAIMS, SEQ, PIECES_AT, VERSION, COLLECTION] = [N + 1, N + 2, N + 3, N + 7, N + 8];
// `d` keeps only documents missing or read by another reader version: a resumed run tokenizes nothing
// twice. Every document of the chunk is linked to the collection; the new ones are not visible to the
// link's EXISTS (one snapshot per statement), hence `written`.
const WRITE_DOCUMENTS = `
WITH d AS MATERIALIZED (
  SELECT * FROM unnest(${DOCUMENT_COLUMNS.map((_, i) => `$${i + 1}::text[]`).join(', ')}, $${CLAIMS}::text[], $${SEQ}::int8[])
    WITH ORDINALITY AS d(${COLUMN_LIST}, claims, seq, i)
  WHERE NOT EXISTS (SELECT 1 FROM documents x WHERE x.sha256 = d.sha256 AND x.reader_version = $${VERSION})
), ${PIECES(PIECES_AT)}, written AS (
  INSERT INTO documents (seq, ${COLUMN_LIST}, reader_version, fts) OVERRIDING SYSTEM VALUE
  SELECT d.seq, d.sha256, d.file, d.format, d.url, d.title, d.outlet, d.author, d.published, d.language, d.kind,
         ${JSONB('evidence', '{}')}, d.body, ${JSONB('removed', '[]')}, ${JSONB('warnings', '[]')},
         ${JSONB('extra', '{}')}, ${JSONB('signature', '[]')}, d.near_duplicate_of,
         d.source_type, d.source_state, d.source_evidence, $${VERSION},
         ${TITLE('d.title', 'c.config')} || coalesce(w.body, '')
  FROM d JOIN configs c ON c.i = d.i LEFT JOIN words w ON w.doc = d.i
  ON CONFLICT (sha256) DO UPDATE SET
    file = EXCLUDED.file, format = EXCLUDED.format, url = EXCLUDED.url, title = EXCLUDED.title,
    outlet = EXCLUDED.outlet, author = EXCLUDED.author, published = EXCLUDED.published,
    language = EXCLUDED.language, kind = EXCLUDED.kind, evidence = EXCLUDED.evidence, body = EXCLUDED.body,
    removed = EXCLUDED.removed, warnings = EXCLUDED.warnings, extra = EXCLUDED.extra,
    signature = EXCLUDED.signature, near_duplicate_of = EXCLUDED.near_duplicate_of,
    source_type = EXCLUDED.source_type, source_state = EXCLUDED.source_state, source_evidence = EXCLUDED.source_evidence,
    reader_version = EXCLUDED.reader_version, fts = EXCLUDED.fts, updated_at = clock_timestamp()
    -- stored meanwhile by another writer with the same reader version: nothing to do
    WHERE documents.reader_version IS DISTINCT FROM EXCLUDED.reader_version
  RETURNING seq, sha256
), ${SETS}, linked AS (
  ${LINK(`$${COLLECTION}`, '$1')} OR s IN (SELECT sha256 FROM written)
  ON CONFLICT DO NOTHING)
SELECT sha256 FROM written`;

// $1: sha256; $2: claims; $3…$6: pieces; $7: reader version. Title and body are unchanged; the
// document's vector is rebuilt from the new pieces.
const REPLACE_CLAIMS = `
WITH d AS (SELECT $1::text AS sha256, $2::text AS claims, 1 AS i, (SELECT language FROM documents WHERE sha256 = $1) AS language),
${PIECES(3)}, written AS (
  UPDATE documents SET reader_version = $7, updated_at = clock_timestamp(),
         fts = ${TITLE('title', '(SELECT config FROM configs)')} || coalesce((SELECT body FROM words), '')
  WHERE sha256 = $1 RETURNING seq, sha256
), ${SETS}
SELECT sha256 FROM written`;

/**
 * Writes one chunk inside the caller's transaction: documents new to the store or read by another
 * reader version (their claims replaced), numbered by `seqs`, and every document's membership of
 * `collection`. Returns the sha256s written.
 */
async function writeChunk(tx: Queryable, chunk: Item[], seqs: number[], readerVersion: string, collection: string): Promise<string[]> {
  const { documents, claims, pieces } = columns(chunk);
  const params = [...documents.map(textArray), textArray(claims), bigintArray(seqs), ...pieceParams(pieces), readerVersion, collection];
  const written = new Set((await tx.query<{ sha256: string }>(WRITE_DOCUMENTS, params)).map((r) => r.sha256));
  const shas = chunk.map((i) => i.doc.sha256);
  // Skipped documents are linked by the statement, unless another writer stored them after it began.
  if (written.size < shas.length) await linkCollection(tx, collection, shas);
  return shas.filter((sha) => written.has(sha));
}

/** `n` numbers for new documents, in increasing order: chunks written at once still keep the batch's order. */
async function reserveSeqs(db: Queryable, n: number): Promise<number[]> {
  const rows = await db.query<{ seq: string | number }>(
    `SELECT nextval(pg_get_serial_sequence('documents', 'seq')) AS seq FROM generate_series(1, $1) ORDER BY 1`,
    [n],
  );
  return rows.map((r) => Number(r.seq));
}

/** PostgreSQL's answers that the transaction lost to a concurrent one and may simply run again. */
const TRANSIENT = new Set(['40P01', '40001']); // deadlock detected, serialization failure
const ATTEMPTS = 4;

/** Runs a transaction again when the server chose it as a deadlock's victim: chunks written at once can lock
 *  index pages in opposite orders (a GIN index's pending list), and a chunk is idempotent (keyed by sha256). */
async function retried<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= ATTEMPTS || !TRANSIENT.has((error as { code?: string }).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random()));
    }
  }
}

/**
 * Writes a batch in chunks, `db.writers` transactions at a time (a server works on several at once),
 * and returns the sha256s written, in batch order.
 */
export async function writeBatch(db: Db, batch: Item[], readerVersion: string, collection: string): Promise<string[]> {
  const unique = [...new Map(batch.map((item) => [item.doc.sha256, item])).values()];
  if (unique.length === 0) return [];
  const seqs = await reserveSeqs(db, unique.length);
  const size = Math.min(CHUNK, Math.ceil(unique.length / db.writers));
  const starts = Array.from({ length: Math.ceil(unique.length / size) }, (_, k) => k * size);
  const results: string[][] = [];
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < starts.length; k = next++) {
      const [from, to] = [starts[k], starts[k] + size];
      results[k] = await retried(() => db.transaction((tx) => writeChunk(tx, unique.slice(from, to), seqs.slice(from, to), readerVersion, collection)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(db.writers, starts.length) }, worker));
  return results.flat();
}

export async function linkCollection(tx: Queryable, collection: string, shas: string[]): Promise<void> {
  if (shas.length === 0) return;
  await tx.query(`${LINK('$1', '$2')} ON CONFLICT DO NOTHING`, [collection, shas]);
}

/** Replaces the claims of one stored document and records the reader version that produced them. */
export async function replaceClaims(tx: Queryable, sha256: string, claims: NewClaim[], readerVersion: string): Promise<void> {
  const [doc] = await tx.query<{ body: string }>('SELECT body FROM documents WHERE sha256 = $1', [sha256]);
  if (!doc) throw new Error(`no stored document ${sha256}`);
  const pieces = emptyPieces();
  addPieces(pieces, 1, doc.body, claims);
  await tx.query(REPLACE_CLAIMS, [sha256, toPgJson(claims), ...pieceParams(pieces), readerVersion]);
}
