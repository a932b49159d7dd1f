// Settings kept in the store (migration 008): one JSON value per key, as last saved. Plain SQL on either driver;
// the caller checks a value before saving it (the store keeps any JSON).
import type { Queryable } from './driver.ts';
import { iso } from './read.ts';
import { toPgJson } from './text.ts';
import type { SettingsStore } from './types.ts';

export function settingsStoreOn(db: Queryable): SettingsStore {
  return {
    async get(key) {
      const [row] = await db.query('SELECT value, updated_at FROM settings WHERE key = $1', [key]);
      return row ? { value: row.value, updated_at: iso(row.updated_at) } : null;
    },
    async save(key, value) {
      await db.query(
        `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = clock_timestamp()`,
        [key, toPgJson(value)],
      );
    },
  };
}
