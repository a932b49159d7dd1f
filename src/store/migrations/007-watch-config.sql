-- Pactwatch store, version 7: what to watch, as the user last gave it (PUT /api/watch/config, or
-- `pactwatch watch --config FILE --save-config`): the agreements followed and the sources, in the config file's
-- JSON form (src/watch/config.ts reads it back). One row at most: the key can only be true.
CREATE TABLE watch_config (
  only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  config     jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
