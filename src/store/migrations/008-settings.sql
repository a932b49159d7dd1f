-- Pactwatch store, version 8: settings a user gives through the API and every process on the store shares, one
-- JSON value per key (src/store/settings.ts). The first is the user's outlet register (PUT /api/outlets), merged
-- over the bundled one whenever a dossier is served.
CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
