// Listing and full-text search over documents and claims: tsvector columns (a GIN index on documents'),
// the 'simple' configuration (any language), websearch syntax ("quoted phrase", -word, or), ts_rank_cd order.
import type { Claim } from '../types.ts';
import type { Queryable, Row } from './driver.ts';
import { claimId, SUMMARY_COLUMNS, selectionWhere, toSummary } from './read.ts';
import { pgSafe } from './text.ts';
import type { ClaimHit, DocumentHit, DocumentSummary, Headline, PageOptions } from './types.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;

// ts_headline marks matches with these control characters, which toHeadline turns into offsets:
// the snippet stays plain text, so no caller is tempted to insert report text as HTML.
const START = '\u0002';
const STOP = '\u0003';
const DOCUMENT_HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
const CLAIM_HEADLINE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;

export function toHeadline(marked: string): Headline {
  const marks: Headline['marks'] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === START) open = text.length;
    else if (ch === STOP) {
      if (open >= 0 && text.length > open) marks.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}

function page(options: PageOptions): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  return { limit, offset: Math.max(Math.trunc(options.offset ?? 0), 0) };
}

function scope(collection: string | undefined, first: number): { where: string; params: unknown[] } {
  return collection === undefined ? { where: 'true', params: [] } : selectionWhere({ collection }, first);
}

/** Documents in first-stored order, or, with `q`, the matches best first. */
export async function listDocuments(db: Queryable, options: PageOptions & { q?: string } = {}): Promise<{ total: number; items: DocumentSummary[] }> {
  const { limit, offset } = page(options);
  const q = options.q?.trim() ? pgSafe(options.q) : null;
  const { where, params } = scope(options.collection, q === null ? 1 : 2);
  const match = q === null ? 'true' : `d.fts @@ websearch_to_tsquery('simple', $1)`;
  const order = q === null ? 'd.seq' : `ts_rank_cd(d.fts, websearch_to_tsquery('simple', $1)) DESC, d.seq`;
  const all = q === null ? params : [q, ...params];
  const [{ total }] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM documents d WHERE ${match} AND ${where}`, all);
  const rows = await db.query(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE ${match} AND ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, all);
  return { total, items: rows.map(toSummary) };
}

export async function searchDocuments(db: Queryable, q: string, options: PageOptions = {}): Promise<DocumentHit[]> {
  if (!q.trim()) return [];
  const { limit, offset } = page(options);
  const { where, params } = scope(options.collection, 3);
  const rows = await db.query(
    `SELECT h.sha256, h.file, h.title, h.outlet, h.published, h.rank, ts_headline('simple', h.body, h.query, $2) AS headline
     FROM (SELECT d.sha256, d.file, d.title, d.outlet, d.published, d.body, d.seq, q.query, ts_rank_cd(d.fts, q.query) AS rank
           FROM documents d, websearch_to_tsquery('simple', $1) AS q(query)
           WHERE d.fts @@ q.query AND ${where}
           ORDER BY rank DESC, d.seq LIMIT ${limit} OFFSET ${offset}) h
     ORDER BY h.rank DESC, h.seq`,
    [pgSafe(q), DOCUMENT_HEADLINE, ...params],
  );
  return rows.map((r: Row) => ({
    id: r.sha256 as string,
    sha256: r.sha256 as string,
    file: r.file as string,
    title: r.title as string | null,
    outlet: r.outlet as string | null,
    published: r.published as string | null,
    rank: r.rank as number,
    headline: toHeadline(r.headline as string),
  }));
}

// Claim search goes through documents_fts: a claim's words are all in its document's vector (write.ts),
// so a document holding a matching claim matches the query's positive part (querytree drops negations)
// with phrases loosened to AND (a long document's vector keeps at most 256 positions per word, the
// last at 16383). Only those documents' claims are then tested against the query itself.
const PHRASE = /'(?:[^']|'')*'|<(?:\d+|-)>/g;

/** The documents query for `q`: '' when `q` has no words, null when no index can narrow it ('T'). */
async function documentFilter(db: Queryable, q: string): Promise<string | null> {
  const [{ tree }] = await db.query<{ tree: string }>(`SELECT querytree(websearch_to_tsquery('simple', $1)) AS tree`, [q]);
  return tree === 'T' ? null : tree.replace(PHRASE, (m) => (m.startsWith("'") ? m : '&'));
}

export async function searchClaims(db: Queryable, q: string, options: PageOptions = {}): Promise<ClaimHit[]> {
  if (!q.trim()) return [];
  const safe = pgSafe(q);
  const filter = await documentFilter(db, safe);
  if (filter === '') return [];
  const { limit, offset } = page(options);
  const { where, params } = scope(options.collection, filter === null ? 3 : 4);
  const narrow = filter === null ? 'true' : 'd.fts @@ $3::tsquery';
  // The inner query ranks claims by their vectors and keeps a page; the outer one reads those claims
  // from their JSON and marks them.
  const rows = await db.query<{ sha256: string; ord: number; claim: string; rank: number; headline: string }>(
    `SELECT h.sha256, h.ord, c.claim::text AS claim, h.rank, ts_headline('simple', c.claim ->> 'text', h.query, $2) AS headline
     FROM (SELECT d.sha256, d.seq, u.ord, q.query, ts_rank_cd(u.fts, q.query) AS rank
           FROM documents d JOIN claim_sets cs ON cs.doc = d.seq, unnest(cs.fts) WITH ORDINALITY AS u(fts, ord),
                websearch_to_tsquery('simple', $1) AS q(query)
           WHERE ${narrow} AND u.fts @@ q.query AND ${where}
           ORDER BY rank DESC, d.seq, u.ord LIMIT ${limit} OFFSET ${offset}) h
     JOIN claim_sets cs ON cs.doc = h.seq, LATERAL (SELECT cs.claims::json -> (h.ord::int - 1) AS claim) c
     ORDER BY h.rank DESC, h.seq, h.ord`,
    [safe, CLAIM_HEADLINE, ...(filter === null ? [] : [filter]), ...params],
  );
  return rows.map((r) => {
    const claim = JSON.parse(r.claim) as Pick<Claim, 'start' | 'end' | 'text' | 'kind'>;
    return {
      id: claimId(r.sha256, Number(r.ord)),
      doc: r.sha256,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      kind: claim.kind,
      rank: r.rank,
      headline: toHeadline(r.headline),
    };
  });
}
