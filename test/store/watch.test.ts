// What `pactwatch watch` keeps between polls (migration 004), on both targets: an address's validators and what
// was stored from it; only the fields given change; unknown addresses are absent.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { targets, withFreshStore } from './helpers.ts';

for (const target of targets) {
  describe(`store watch state (${target.name})`, () => {
    test('an address keeps its validators and what was stored from it', async () => {
      await withFreshStore(target, async (store) => {
        const feed = 'https://news.example/feed.xml';
        const page = 'https://news.example/2031/accord';
        assert.equal((await store.watch.urls([feed, page])).size, 0);
        await store.watch.saveUrl(feed, { etag: '"v1"', last_modified: 'Mon, 03 Mar 2031 10:00:00 GMT' });
        await store.watch.saveUrl(page, { failures: 1, last_error: 'timed out', item_version: '2031-03-03' });
        await store.watch.saveUrl(page, { sha256: 'ab'.repeat(32), collection: 'grey-sea', failures: 0, last_error: null });
        const rows = await store.watch.urls([feed, page, 'https://other.example/']);
        assert.deepEqual([...rows.keys()].sort(), [page, feed].sort());
        const f = rows.get(feed)!;
        assert.deepEqual([f.etag, f.last_modified, f.sha256, f.failures], ['"v1"', 'Mon, 03 Mar 2031 10:00:00 GMT', null, 0]);
        const p = rows.get(page)!;
        assert.deepEqual([p.sha256, p.collection, p.item_version, p.failures, p.last_error], ['ab'.repeat(32), 'grey-sea', '2031-03-03', 0, null]);
        assert.match(p.checked_at, /^\d{4}-\d{2}-\d{2}T/);
      });
    });
  });
}
