-- Pactwatch store, version 4: what `pactwatch watch` remembers between polls (issue 16). One row per address it
-- fetched or met: a feed or sitemap (its validators, for conditional GET) or an article or local file (the content
-- last stored from it, the collection it went to, the date its source gave it, and its failures). Keyed by the
-- address as fetched, fragment removed; a local file by its file:// URL.
CREATE TABLE watch_urls (
  url          text COLLATE "C" PRIMARY KEY,
  etag         text,
  last_modified text,
  -- sha256 of the content last stored from it; NULL while nothing was (not yet fetched, or every try failed).
  sha256       text COLLATE "C",
  collection   text,
  -- What the source said of the item when last seen (its date, or a file's size and time): a change means read again.
  item_version text,
  failures     integer NOT NULL DEFAULT 0,
  last_error   text,
  checked_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
