-- Pactwatch store, version 5: alerts (issue 16). Each dossier update compares the collection's facts with the
-- snapshot the last update left and stores what changed; both are written in one transaction, so a worker killed
-- mid-update raises each alert once (its job, retried, finds the snapshot already moved on, or nothing written).

CREATE TABLE alert_snapshots (
  collection text PRIMARY KEY,
  facts      jsonb NOT NULL,          -- fact key → { value, status, misstated } (src/alerts/types.ts FactSnapshot)
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE alerts (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- the order subscribers get them in (SSE ids)
  collection text NOT NULL,
  kind       text NOT NULL,           -- event, conflict, status, misstatement
  alert      jsonb NOT NULL,          -- the Alert (src/alerts/types.ts) with its sentences
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX alerts_collection ON alerts (collection, id);
