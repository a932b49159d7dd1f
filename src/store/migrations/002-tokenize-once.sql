-- Pactwatch store, version 2: each text tokenized once, and one row of claims per document.
-- In version 1 both tsvectors were generated columns, so a claim's text was tokenized again inside its
-- document's body, and 25-odd claim rows per document each carried a jsonb parse, a primary key entry
-- under a random sha256 and a GIN entry: most of the write time. Now the writer (write.ts) tokenizes a
-- document as pieces in body order (its claims and the text between them), keeps each claim's tsvector,
-- and concatenates the pieces into the document's tsvector (|| shifts positions: the result equals
-- to_tsvector of the body). Claim search finds documents through documents_fts first, then tests the
-- claims' own vectors (search.ts).

-- tsvector || tsvector as an aggregate: a document's vector from its pieces, in order.
CREATE AGGREGATE tsvector_concat_agg (tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Same values, now written by the writer.
ALTER TABLE documents ALTER COLUMN fts DROP EXPRESSION;
-- A row of a few KB stays in its page as it is, rather than compressed and moved to the TOAST table
-- (a second heap insert and index entry per document): some 3% of the write time, for pages that hold
-- about one report each.
ALTER TABLE documents SET (toast_tuple_target = 8160);

-- No foreign key, as for claims before: a set is only written in the statement that writes its document.
CREATE TABLE claim_sets (
  doc    bigint PRIMARY KEY,     -- documents.seq
  -- JSON array of the document's claims as the reader gave them; a claim's ord is its index + 1. Text,
  -- not json: the store never looks inside on the way in, and json would parse it once more.
  claims text NOT NULL,
  fts    tsvector[] NOT NULL     -- fts[ord] = to_tsvector('simple', text of claim ord)
);
-- Compressed in the row rather than moved out of line: one heap tuple per document.
ALTER TABLE claim_sets ALTER COLUMN claims SET STORAGE MAIN, ALTER COLUMN fts SET STORAGE MAIN;

INSERT INTO claim_sets (doc, claims, fts)
SELECT d.seq,
       coalesce(json_agg(jsonb_build_object('start', c.start_offset, 'end', c.end_offset, 'text', c.text, 'kind', c.kind,
                                            'speaker', c.speaker, 'unit', c.unit) || c.data ORDER BY c.ord)
                FILTER (WHERE c.ord IS NOT NULL), '[]')::text,
       coalesce(array_agg(c.fts ORDER BY c.ord) FILTER (WHERE c.ord IS NOT NULL), '{}')
FROM documents d LEFT JOIN claims c ON c.sha256 = d.sha256
GROUP BY d.seq;
DROP TABLE claims;

-- linkCollection inserts only sha256s it finds in documents, and documents are never deleted: the key's
-- per-row check (a query each) cost some 3% of the write time.
ALTER TABLE collection_documents DROP CONSTRAINT collection_documents_sha256_fkey;

-- A document's vector must hold every claim's words (claim search relies on it). Version 1 indexed the
-- first 256 K characters only: add the lexemes (strip: no positions) of longer documents' claims.
UPDATE documents d SET fts = d.fts || setweight(strip(x.words), 'B')
FROM (SELECT s.doc, (SELECT tsvector_concat_agg(v) FROM unnest(s.fts) AS v) AS words FROM claim_sets s) x
WHERE x.doc = d.seq AND length(d.body) > 262144 AND x.words IS NOT NULL;
