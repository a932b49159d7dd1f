-- Pactwatch store, version 6: search that finds word forms (issue 15). Each document is tokenized with the text
-- search configuration of its language (stems: 'ratified' and 'ratify' are both 'ratifi' in English,
-- 'ратифицировал' and 'ратифицировала' both 'ратифицирова' in Russian), 'simple' when the language is unknown or
-- has none; a query is stemmed with each document's own configuration (search.ts). Where stems do not meet
-- (German compounds, a report whose language is unknown), each query word is widened to its near spellings among
-- the words the store holds: those it begins with, and those holding most of its trigrams (pg_trgm): 'Ratifikation'
-- finds 'Ratifikationsurkunden'.

-- ISO 639-1 → configuration, for the snowball configurations this server has (PostgreSQL adds languages over
-- versions). A language without a row is searched with 'simple'. Data, not code: a row added here is used by the
-- next write and search (older documents keep the vectors they were written with).
CREATE TABLE search_configs (
  language text PRIMARY KEY,
  config   regconfig NOT NULL
);
INSERT INTO search_configs (language, config)
SELECT v.language, v.config::regconfig
FROM (VALUES ('ar', 'arabic'), ('hy', 'armenian'), ('eu', 'basque'), ('ca', 'catalan'), ('da', 'danish'),
             ('nl', 'dutch'), ('en', 'english'), ('et', 'estonian'), ('fi', 'finnish'), ('fr', 'french'),
             ('de', 'german'), ('el', 'greek'), ('hi', 'hindi'), ('hu', 'hungarian'), ('id', 'indonesian'),
             ('ga', 'irish'), ('it', 'italian'), ('lt', 'lithuanian'), ('ne', 'nepali'), ('no', 'norwegian'),
             ('nb', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'), ('ru', 'russian'), ('sr', 'serbian'),
             ('es', 'spanish'), ('sv', 'swedish'), ('ta', 'tamil'), ('tr', 'turkish'), ('yi', 'yiddish')) AS v (language, config)
WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config c WHERE c.cfgname = v.config);

-- The configuration a document of this language is tokenized and searched with.
CREATE FUNCTION search_config(lang text) RETURNS regconfig LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce((SELECT config FROM search_configs WHERE language = lang), 'simple'::regconfig)
$$;
-- A query is stemmed only in the configurations of languages the store holds (search-plan.ts).
CREATE INDEX documents_language ON documents (language);

-- Every word (lexeme) the documents' vectors hold, for trigram matching: a few hundred thousand rows where the
-- vectors hold millions of entries. Filled by the triggers below on every write of a document; words are never
-- removed (documents are not deleted; a word no document holds any more widens a query to nothing).
CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY);

CREATE FUNCTION search_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM written, unnest(tsvector_to_array(written.fts)) AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
-- One per event: a trigger with transition tables takes a single event.
CREATE TRIGGER documents_words_inserted AFTER INSERT ON documents
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
CREATE TRIGGER documents_words_updated AFTER UPDATE ON documents
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();

-- A word's near spellings among search_words, at most per_word of them, the nearest first: a word that is the
-- query word's beginning ('ратифицир' of 'ратифицирова': the share of its characters is the score), and, when
-- `trigrams` is asked for and pg_trgm is there (below), one that holds most of the query word's trigrams in a row
-- (word similarity: 'ratifikation' in 'ratifikationsurkund'); at least min_similarity, and min_chars long.
-- Beginnings are looked up by the primary key; trigrams by their own index, a search of a few hundred words'
-- posting lists, which search.ts asks for only when stems and beginnings leave its page short.
CREATE FUNCTION search_similar_words(words text[], min_similarity real, per_word integer, min_chars integer, trigrams boolean)
  RETURNS TABLE (word text, near text) LANGUAGE sql STABLE AS $$
  SELECT q.word, s.word
  FROM unnest(words) AS q (word),
       LATERAL (SELECT w.word FROM search_words w
                WHERE w.word = ANY (ARRAY(SELECT left(q.word, n) FROM generate_series(min_chars, length(q.word) - 1) AS n))
                  AND length(w.word) >= min_similarity * length(q.word)
                ORDER BY length(w.word) DESC LIMIT per_word) AS s
$$;

-- pg_trgm is one per database, in the schema it was created in: stores that share a database in schemas of their
-- own (tests, several collections' deployments) use one copy, found wherever it is, and the index and the lookup
-- function name that schema. Where it cannot be had (a server without contrib, no right to create it) the lookup
-- above stays (beginnings only), and the server's log says why once.
DO $$
DECLARE
  trgm text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('pactwatch-pg_trgm'));
  SELECT n.nspname INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
  IF trgm IS NULL THEN
    BEGIN
      CREATE SCHEMA IF NOT EXISTS extensions;
      CREATE EXTENSION pg_trgm SCHEMA extensions;
      trgm := 'extensions';
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'pg_trgm is not available (%): near spellings are only the beginnings of words', SQLERRM;
    END;
  END IF;
  IF trgm IS NOT NULL THEN
    EXECUTE format('CREATE INDEX search_words_trigrams ON search_words USING gin (word %I.gin_trgm_ops)', trgm);
    -- The planner costs %> as a plain comparison and so scans a few thousand words rather than the index; each
    -- similarity takes a thousand times longer (tens of microseconds on PGlite). Only the extension's owner may say so.
    BEGIN
      EXECUTE format('ALTER FUNCTION %I.word_similarity_commutator_op(text, text) COST 1000', trgm);
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    -- %> uses the index at pg_trgm's threshold (0.6 unless set); min_similarity narrows it.
    EXECUTE format($f$
      CREATE OR REPLACE FUNCTION search_similar_words(words text[], min_similarity real, per_word integer, min_chars integer, trigrams boolean)
        RETURNS TABLE (word text, near text) LANGUAGE sql STABLE AS $body$
        SELECT q.word, s.word
        FROM unnest(words) AS q (word),
             LATERAL (SELECT x.word FROM (
                        SELECT w.word, length(w.word)::real / length(q.word) AS score
                        FROM search_words w
                        WHERE w.word = ANY (ARRAY(SELECT left(q.word, n) FROM generate_series(min_chars, length(q.word) - 1) AS n))
                        UNION ALL
                        SELECT w.word, %1$I.word_similarity(q.word, w.word)
                        FROM search_words w
                        WHERE trigrams AND w.word OPERATOR(%1$I.%%>) q.word AND length(w.word) >= min_chars
                      ) AS x
                      GROUP BY x.word HAVING max(x.score) >= min_similarity
                      ORDER BY max(x.score) DESC, length(x.word), x.word
                      LIMIT per_word) AS s
      $body$ $f$, trgm);
  END IF;
END
$$;

-- Vectors of documents in a language with a configuration, made again with it (the others' are 'simple' already):
-- the claims' first, then the document's from its title, body and claims, as the writer makes them (write.ts).
UPDATE claim_sets s
SET fts = (SELECT coalesce(array_agg(to_tsvector(search_config(d.language), c.claim ->> 'text') ORDER BY c.ord), '{}')
           FROM json_array_elements(s.claims::json) WITH ORDINALITY AS c (claim, ord))
FROM documents d
WHERE d.seq = s.doc AND search_config(d.language) <> 'simple'::regconfig;

UPDATE documents d
SET fts = setweight(to_tsvector(search_config(d.language), coalesce(d.title, '')), 'A')
          || setweight(to_tsvector(search_config(d.language), left(d.body, 262144))
                       || coalesce((SELECT strip(tsvector_concat_agg(v)) FROM claim_sets s, unnest(s.fts) AS v WHERE s.doc = d.seq), ''), 'B')
WHERE search_config(d.language) <> 'simple'::regconfig;

-- The words of the documents the update above did not touch.
INSERT INTO search_words (word)
SELECT DISTINCT w FROM documents d, unnest(tsvector_to_array(d.fts)) AS w
WHERE search_config(d.language) = 'simple'::regconfig
ON CONFLICT DO NOTHING;
