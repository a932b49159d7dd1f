// What a search query becomes before the documents are read (search.ts). Each document is tokenized with its
// language's configuration (migration 006), so the query is parsed once per configuration the store's documents
// use: its stems in each ('ratify' → 'ratifi' in English, 'ратифицировал' → 'ратифицирова' in Russian). Each
// positive word and stem is then widened to the stored words spelled nearly alike (search_words): those it begins
// with ('ратифицирова' → 'ратифицир'), and, in the fallback plan, those holding most of its trigrams in a row
// (pg_trgm: 'ratifikation' → 'ratifikationsurkund'). A document matches by its own configuration's stems or,
// after all of those, by the near spellings.
import type { Queryable } from './driver.ts';

/** Words shorter than this are neither widened nor a widening: a short word's trigrams are in too many others. */
export const MIN_WIDENED_CHARS = 5;
/** A near spelling holds this share of the query word's trigrams in a row (pg_trgm word_similarity; the index's own
 *  threshold, 0.6, lets more through), or is the query word's beginning with this share of its characters. 0.7 keeps
 *  "ratify" → "ratified" (0.71), "Ratifikation" → "Ratifikationsurkunden" (0.92) and "ратифицирова" → "ратифицир"
 *  (0.75); drops "signed" → "signature" (0.57), "minister" → "ministry" (0.67) and "statement" → "state" (0.56). */
export const MIN_WORD_SIMILARITY = 0.7;
/** At most this many near spellings per word, the most similar first. */
export const MAX_SIMILAR_WORDS = 8;

/** A query parsed in each configuration the store's documents use. */
export interface ParsedQuery {
  configs: string[];
  /** The query's stems in each configuration (websearch syntax kept), tsquery texts. */
  strict: string[];
  /** Their positive parts (querytree): '' for no word, 'T' when nothing narrows ('-word'). */
  trees: string[];
}

export interface SearchPlan {
  configs: string[];
  strict: string[];
  /** `strict` widened to its near spellings (negated words stay as they are), tsquery texts. */
  widened: string[];
  /** What every matching document's vector holds (the positive words, widened, phrases loosened to AND: a long
   *  document keeps few positions per word), for its GIN index; null when nothing narrows the query ('-word'). */
  narrow: string | null;
  /** How many near spellings the words were widened to. */
  near: number;
}

/** A quoted lexeme of a tsquery's text ('it''s'), with its prefix or weight marks (:*, :AB). */
const LEXEME = /'(?:[^']|'')*'(?::[*A-D]+)?/y;
/** Phrase operators (<->, <2>), loosened to AND; lexemes are matched first so that their text is left alone. */
const PHRASE = /'(?:[^']|'')*'|<(?:\d+|-)>/g;

const quoted = (word: string) => `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** The lexemes of a tsquery text, as words. */
function lexemes(query: string): string[] {
  return [...query.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replaceAll("''", "'"));
}

/** A tsquery text with each lexeme that is not negated (under a `!`) replaced by itself or its near spellings. */
export function widen(query: string, similar: Map<string, string[]>): string {
  let out = '';
  const negatedGroups: boolean[] = [];
  let bang = false;
  for (let i = 0; i < query.length; ) {
    const ch = query[i];
    if (ch === "'") {
      LEXEME.lastIndex = i;
      const token = LEXEME.exec(query)![0];
      const marked = !token.endsWith("'");
      const alternatives = bang || negatedGroups.includes(true) || marked ? [] : (similar.get(lexemes(token)[0]) ?? []);
      out += alternatives.length ? `( ${[token, ...alternatives.map(quoted)].join(' | ')} )` : token;
      i += token.length;
      bang = false;
      continue;
    }
    if (ch === '!') bang = true;
    else if (ch === '(') {
      negatedGroups.push(bang);
      bang = false;
    } else if (ch === ')') negatedGroups.pop();
    out += ch;
    i++;
  }
  return out;
}

export const loosen = (tree: string) => tree.replace(PHRASE, (m) => (m.startsWith("'") ? m : '&'));

/** The query parsed in each configuration in use, or null when it has no word to look for. `q` is safe for
 *  PostgreSQL (pgSafe). */
export async function parseQuery(db: Queryable, q: string): Promise<ParsedQuery | null> {
  const parsed = await db.query<{ config: string; query: string; tree: string }>(
    `SELECT c.config::text AS config, websearch_to_tsquery(c.config, $1)::text AS query, querytree(websearch_to_tsquery(c.config, $1)) AS tree
     FROM (SELECT s.config FROM search_configs s WHERE EXISTS (SELECT 1 FROM documents d WHERE d.language = s.language)
           UNION SELECT 'simple'::regconfig) AS c (config)
     ORDER BY 1`,
    [q],
  );
  if (parsed.every((p) => p.tree === '')) return null;
  return { configs: parsed.map((p) => p.config), strict: parsed.map((p) => p.query), trees: parsed.map((p) => p.tree) };
}

/** The plan of a parsed query: its words widened to the stored words they begin with, and, with `trigrams`, to
 *  those holding most of their trigrams (pg_trgm; a costlier lookup, search.ts's fallback). */
export async function planSearch(db: Queryable, parsed: ParsedQuery, trigrams: boolean): Promise<SearchPlan> {
  const words = [...new Set(parsed.trees.flatMap(lexemes))].filter((w) => [...w].length >= MIN_WIDENED_CHARS);
  const similar = new Map<string, string[]>();
  let near = 0;
  if (words.length) {
    const rows = await db.query<{ word: string; near: string }>(`SELECT word, near FROM search_similar_words($1::text[], $2, $3, $4, $5)`, [
      words,
      MIN_WORD_SIMILARITY,
      MAX_SIMILAR_WORDS,
      MIN_WIDENED_CHARS,
      trigrams,
    ]);
    for (const r of rows) {
      if (r.near === r.word) continue;
      similar.set(r.word, [...(similar.get(r.word) ?? []), r.near]);
      near++;
    }
  }
  const narrow = parsed.trees.includes('T')
    ? null
    : [...new Set(parsed.trees.filter((t) => t !== '').map((t) => `( ${loosen(widen(t, similar))} )`))].join(' | ');
  return { configs: parsed.configs, strict: parsed.strict, widened: parsed.strict.map((q) => widen(q, similar)), narrow, near };
}
