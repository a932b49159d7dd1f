-- Pactwatch store, version 3: who publishes each document (issue 14): its source type (state-media, government,
-- wire, press, research, or NULL when nothing shows it), the state behind it, and the words that decided. Columns
-- of their own, so listings read them without the `extra` jsonb.
ALTER TABLE documents ADD COLUMN source_type text, ADD COLUMN source_state text, ADD COLUMN source_evidence text;

-- Rows written after the reader typed sources but before these columns kept the fields in `extra`: move them.
UPDATE documents
SET source_type = extra->>'source_type', source_state = extra->>'source_state', source_evidence = extra->>'source_evidence',
    extra = extra - 'source_type' - 'source_state' - 'source_evidence'
WHERE extra ? 'source_evidence';

-- Any other row was read before sources were typed: its source_evidence stays NULL, which means "never typed"
-- (a typed document always has evidence, even for a NULL type). Its reader version is older than any that types
-- sources, so `analyze` reads it again; whatever loads it meanwhile types it on the way (src/runner/cache.ts).
