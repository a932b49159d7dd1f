// The watch config kept in the store (migration 007), on both targets: none at first, a saved one comes back
// whole (strings in any script included), a second save replaces the first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { targets, withFreshStore } from './helpers.ts';

const FIRST = {
  agreements: [{ name: 'Compact on the Quillon Shelf', aliases: ['Соглашение о шельфе Квиллон'], parties: ['Oradia', 'Semmerland'], collection: 'quillon' }],
  sources: ['https://wire.example/feeds/all.xml', '/srv/inbox'],
  interval: 120,
  unsorted: 'triage',
  host_interval: null,
};

for (const target of targets) {
  describe(`store watch config (${target.name})`, () => {
    test('none at first; saved, it comes back whole; saved again, it is replaced', async () => {
      await withFreshStore(target, async (store) => {
        assert.equal(await store.watch.config(), null);
        await store.watch.saveConfig(FIRST);
        const first = await store.watch.config();
        assert.deepEqual(first?.config, FIRST);
        assert.match(first?.updated_at ?? '', /^\d{4}-\d{2}-\d{2}T/);
        const second = { ...FIRST, agreements: [], unsorted: 'inbox' };
        await store.watch.saveConfig(second);
        assert.deepEqual((await store.watch.config())?.config, second);
      });
    });
  });
}
