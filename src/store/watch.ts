// What `pactwatch watch` keeps between polls (migration 004): per address, its HTTP validators and what was
// stored from it; and what to watch, the user's config (migration 007). Plain SQL on either driver.
import type { Queryable } from './driver.ts';
import { iso } from './read.ts';
import { toPgJson } from './text.ts';
import type { WatchedUrl, WatchStore } from './types.ts';

const COLUMNS = ['etag', 'last_modified', 'sha256', 'collection', 'item_version', 'failures', 'last_error'] as const;

function toWatched(r: Record<string, unknown>): WatchedUrl {
  return {
    url: r.url as string,
    etag: r.etag as string | null,
    last_modified: r.last_modified as string | null,
    sha256: r.sha256 as string | null,
    collection: r.collection as string | null,
    item_version: r.item_version as string | null,
    failures: Number(r.failures),
    last_error: r.last_error as string | null,
    checked_at: iso(r.checked_at),
  };
}

export function watchStoreOn(db: Queryable): WatchStore {
  return {
    async urls(urls) {
      if (!urls.length) return new Map();
      const rows = await db.query('SELECT * FROM watch_urls WHERE url = ANY($1::text[])', [urls]);
      return new Map(rows.map((r) => [r.url as string, toWatched(r)]));
    },
    async saveUrl(url, fields) {
      // Only the fields given change; a new row takes the defaults for the others.
      const given = COLUMNS.filter((c) => fields[c] !== undefined);
      const values = given.map((c) => fields[c]);
      const names = ['url', ...given].join(', ');
      const params = given.map((_, i) => `$${i + 2}`).join(', ');
      const updates = [...given.map((c) => `${c} = EXCLUDED.${c}`), 'checked_at = clock_timestamp()'].join(', ');
      await db.query(`INSERT INTO watch_urls (${names}) VALUES ($1${params ? `, ${params}` : ''}) ON CONFLICT (url) DO UPDATE SET ${updates}`, [
        url,
        ...values,
      ]);
    },
    async config() {
      const [row] = await db.query('SELECT config, updated_at FROM watch_config');
      return row ? { config: row.config, updated_at: iso(row.updated_at) } : null;
    },
    async saveConfig(config) {
      await db.query(
        `INSERT INTO watch_config (config) VALUES ($1::jsonb)
         ON CONFLICT (only_row) DO UPDATE SET config = EXCLUDED.config, updated_at = clock_timestamp()`,
        [toPgJson(config)],
      );
    },
  };
}
