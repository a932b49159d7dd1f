-- Pactwatch store, version 1. PostgreSQL 15 SQL that also runs on PGlite.
-- Ids are content ids: a document is keyed by the sha256 of its raw bytes, so a second run over the
-- same pile (or a run resumed after a kill) stores each report once. Hex keys compare bytewise
-- (COLLATE "C"): no locale rules to run on every index comparison.

CREATE TABLE documents (
  sha256            text COLLATE "C" PRIMARY KEY,
  -- Insertion order: stable listings, and the order in which the export numbers documents.
  seq               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  file              text NOT NULL,
  format            text NOT NULL,
  url               text,
  title             text,
  outlet            text,
  author            text,
  published         text,            -- ISO date, possibly partial: YYYY-MM-DD, YYYY-MM or YYYY
  language          text,            -- ISO 639-1
  kind              text NOT NULL,
  evidence          jsonb NOT NULL DEFAULT '{}',
  body              text NOT NULL,   -- the cleaned text every claim offset refers to
  removed           jsonb NOT NULL DEFAULT '[]',
  warnings          jsonb NOT NULL DEFAULT '[]',
  extra             jsonb NOT NULL DEFAULT '{}', -- fields later stages add to DocumentRecord
  signature         jsonb NOT NULL DEFAULT '[]', -- MinHash signature, for near duplicates of later documents
  near_duplicate_of text COLLATE "C", -- sha256 of the earlier document it repeats
  reader_version    text NOT NULL,   -- version of the reader whose claims are stored
  created_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- 'simple' configuration: no stemming or stop words, so every language is searchable alike.
  -- Only the first 256 K characters are indexed: a tsvector is limited to 1 MB.
  fts               tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('simple', left(body, 262144)), 'B')) STORED
);
CREATE INDEX documents_fts ON documents USING gin (fts);
CREATE INDEX documents_created_at ON documents (created_at);

-- No foreign key to documents: claims are only written in the transaction that writes (or checks)
-- their document, and a per-row key check costs about a tenth of the bulk insert time.
CREATE TABLE claims (
  sha256       text COLLATE "C" NOT NULL,
  ord          integer NOT NULL,      -- 1-based position in the document
  start_offset integer NOT NULL,      -- UTF-16 offsets into the document body
  end_offset   integer NOT NULL,
  text         text NOT NULL,
  kind         text NOT NULL,
  speaker      text,
  unit         text NOT NULL,
  data         jsonb NOT NULL,        -- the claim's other fields (articles, dates, parties, features, …)
  fts          tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
  PRIMARY KEY (sha256, ord)
);
CREATE INDEX claims_fts ON claims USING gin (fts);

-- A pile analyzed together ('default' unless named); a document may belong to several.
CREATE TABLE collection_documents (
  collection text NOT NULL,
  sha256     text COLLATE "C" NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
  added_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (collection, sha256)
);
CREATE INDEX collection_documents_sha256 ON collection_documents (sha256);

-- The current dossier per key, as the server last computed it.
CREATE TABLE dossiers (
  key        text PRIMARY KEY,
  json       jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
