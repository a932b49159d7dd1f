// Listing and full-text search over documents and claims: tsvector columns (a GIN index on documents'), each
// document's in its language's configuration, websearch syntax ("quoted phrase", -word, or). A document or claim
// matches by its configuration's stems of the query, or else by the query's words widened to their near spellings
// (search-plan.ts); stem matches come first, each group in ts_rank_cd order. Near spellings are first the stored
// words a query word begins with; only when that leaves the page short (the matches run out before it ends) are
// the words holding most of a query word's trigrams looked up too (pg_trgm: tens of milliseconds a word on PGlite).
import type { Claim } from '../types.ts';
import type { Queryable, Row } from './driver.ts';
import { claimId, SUMMARY_COLUMNS, selectionWhere, toSummary } from './read.ts';
import { type ParsedQuery, parseQuery, planSearch, type SearchPlan } from './search-plan.ts';
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

/** Runs a search with the stems and beginnings plan and, when its results run out before `wanted`, again with
 *  trigram near spellings too (if they add any word). */
async function withFallback<T>(db: Queryable, parsed: ParsedQuery, search: (plan: SearchPlan) => Promise<T>, short: (result: T) => boolean): Promise<T> {
  const first = await planSearch(db, parsed, false);
  const result = await search(first);
  if (!short(result)) return result;
  const wider = await planSearch(db, parsed, true);
  return wider.near > first.near ? search(wider) : result;
}

/** The plan's queries, one row per configuration ($n: names, $n+1: stems, $n+2: widened, null where no word was),
 *  computed once. */
const QUERIES = (n: number) => `q AS MATERIALIZED (
  SELECT p.config::regconfig AS config, p.strict::tsquery AS strict, p.widened::tsquery AS widened
  FROM unnest($${n}::text[], $${n + 1}::text[], $${n + 2}::text[]) AS p (config, strict, widened))`;
const PLAN_PARAMS = 3;
const planParams = (plan: SearchPlan) => [plan.configs, plan.strict, plan.widened.map((w, i) => (w === plan.strict[i] ? null : w))];

/**
 * The documents that may match, with their configuration, joined to its queries: `d` (the narrowing query $n on
 * documents' GIN index, when the plan has one, and the scope from $n+1) fenced, so that each document's
 * configuration is looked up once rather than once per configuration.
 */
function candidates(plan: SearchPlan, n: number, collection: string | undefined): { from: string; params: unknown[] } {
  const narrow = plan.narrow === null ? 'true' : `d.fts @@ $${n}::tsquery`;
  const narrowParams = plan.narrow === null ? [] : [plan.narrow];
  const { where, params } = scope(collection, n + narrowParams.length);
  return {
    from: `(SELECT d.seq, d.sha256, d.fts, coalesce(s.config, 'simple'::regconfig) AS config
            FROM documents d LEFT JOIN search_configs s ON s.language = d.language WHERE ${narrow} AND ${where} OFFSET 0) c
           JOIN q ON q.config = c.config`,
    params: [...narrowParams, ...params],
  };
}

/** Whether a vector matches by its stems, its rank by the query it matched, and whether it matches at all. */
const matching = (vector: string) => ({
  exact: `${vector} @@ q.strict`,
  rank: `ts_rank_cd(${vector}, CASE WHEN ${vector} @@ q.strict THEN q.strict ELSE q.widened END)`,
  where: `(${vector} @@ q.strict OR ${vector} @@ q.widened)`,
});
// (A null `widened`, where no word has a near spelling, makes its test null: the OR is the stems' test alone.)

/** Documents in first-stored order, or, with `q`, the matches best first. */
export async function listDocuments(db: Queryable, options: PageOptions & { q?: string } = {}): Promise<{ total: number; items: DocumentSummary[] }> {
  const { limit, offset } = page(options);
  const parsed = options.q?.trim() ? await parseQuery(db, pgSafe(options.q)) : undefined;
  if (parsed === null) return { total: 0, items: [] };
  if (parsed === undefined) {
    const { where, params } = scope(options.collection, 1);
    const [{ total }] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM documents d WHERE ${where}`, params);
    const rows = await db.query(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE ${where} ORDER BY d.seq LIMIT ${limit} OFFSET ${offset}`, params);
    return { total, items: rows.map(toSummary) };
  }
  const count = async (plan: SearchPlan) => {
    const c = candidates(plan, PLAN_PARAMS + 1, options.collection);
    const [{ total }] = await db.query<{ total: number }>(`WITH ${QUERIES(1)} SELECT count(*)::int AS total FROM ${c.from} WHERE ${matching('c.fts').where}`, [
      ...planParams(plan),
      ...c.params,
    ]);
    return { plan, total };
  };
  const { plan, total } = await withFallback(db, parsed, count, (r) => r.total < offset + limit);
  const c = candidates(plan, PLAN_PARAMS + 1, options.collection);
  const m = matching('c.fts');
  const rows = await db.query(
    `WITH ${QUERIES(1)}
     SELECT ${SUMMARY_COLUMNS} FROM documents d JOIN (SELECT c.seq, ${m.exact} AS exact, ${m.rank} AS rank FROM ${c.from} WHERE ${m.where}
                                                      ORDER BY exact DESC, rank DESC, c.seq LIMIT ${limit} OFFSET ${offset}) h ON h.seq = d.seq
     ORDER BY h.exact DESC, h.rank DESC, d.seq`,
    [...planParams(plan), ...c.params],
  );
  return { total, items: rows.map(toSummary) };
}

export async function searchDocuments(db: Queryable, q: string, options: PageOptions = {}): Promise<DocumentHit[]> {
  const parsed = q.trim() ? await parseQuery(db, pgSafe(q)) : null;
  if (parsed === null) return [];
  const { limit, offset } = page(options);
  const search = async (plan: SearchPlan) => {
    const c = candidates(plan, PLAN_PARAMS + 2, options.collection);
    const m = matching('c.fts');
    return db.query(
      `WITH ${QUERIES(1)}
       SELECT d.sha256, d.file, d.title, d.outlet, d.published, h.rank, ts_headline(h.config, d.body, coalesce(h.widened, h.strict), $${PLAN_PARAMS + 1}) AS headline
       FROM (SELECT c.seq, q.config, q.strict, q.widened, ${m.exact} AS exact, ${m.rank} AS rank
             FROM ${c.from} WHERE ${m.where}
             ORDER BY exact DESC, rank DESC, c.seq LIMIT ${limit} OFFSET ${offset}) h
       JOIN documents d ON d.seq = h.seq
       ORDER BY h.exact DESC, h.rank DESC, h.seq`,
      [...planParams(plan), DOCUMENT_HEADLINE, ...c.params],
    );
  };
  const rows = await withFallback(db, parsed, search, (r) => r.length < limit);
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

// Claim search goes through documents_fts: a claim's words are all in its document's vector (write.ts), so a
// document holding a matching claim holds the plan's narrowing query. Only those documents' claims are then
// tested against the queries themselves.
export async function searchClaims(db: Queryable, q: string, options: PageOptions = {}): Promise<ClaimHit[]> {
  const parsed = q.trim() ? await parseQuery(db, pgSafe(q)) : null;
  if (parsed === null) return [];
  const { limit, offset } = page(options);
  // The inner query ranks claims by their vectors and keeps a page; the outer one reads those claims
  // from their JSON and marks them.
  const search = async (plan: SearchPlan) => {
    const c = candidates(plan, PLAN_PARAMS + 2, options.collection);
    const m = matching('u.fts');
    return db.query<{ sha256: string; ord: number; claim: string; rank: number; headline: string }>(
      `WITH ${QUERIES(1)}
       SELECT h.sha256, h.ord, c.claim::text AS claim, h.rank, ts_headline(h.config, c.claim ->> 'text', coalesce(h.widened, h.strict), $${PLAN_PARAMS + 1}) AS headline
       FROM (SELECT c.sha256, c.seq, u.ord, q.config, q.strict, q.widened, ${m.exact} AS exact, ${m.rank} AS rank
             FROM ${c.from} JOIN claim_sets cs ON cs.doc = c.seq, unnest(cs.fts) WITH ORDINALITY AS u(fts, ord)
             WHERE ${m.where}
             ORDER BY exact DESC, rank DESC, c.seq, u.ord LIMIT ${limit} OFFSET ${offset}) h
       JOIN claim_sets cs ON cs.doc = h.seq, LATERAL (SELECT cs.claims::json -> (h.ord::int - 1) AS claim) c
       ORDER BY h.exact DESC, h.rank DESC, h.seq, h.ord`,
      [...planParams(plan), CLAIM_HEADLINE, ...c.params],
    );
  };
  const rows = await withFallback(db, parsed, search, (r) => r.length < limit);
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
