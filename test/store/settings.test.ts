// Settings kept in the store (migration 008), on both targets: none at first, a saved value comes back whole
// (strings in any script included), a second save of a key replaces the first, and keys stay apart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { targets, withFreshStore } from './helpers.ts';

const REGISTER = { outlets: [{ names: ['Вестник Орвении', 'Orvenian Herald'], domains: ['herald.orv.example'], type: 'state-media', state: 'OR' }] };

for (const target of targets) {
  describe(`store settings (${target.name})`, () => {
    test('none at first; saved, a value comes back whole; saved again, it is replaced; keys stay apart', async () => {
      await withFreshStore(target, async (store) => {
        assert.equal(await store.settings.get('outlet-register'), null);
        await store.settings.save('outlet-register', REGISTER);
        const first = await store.settings.get('outlet-register');
        assert.deepEqual(first?.value, REGISTER);
        assert.match(first?.updated_at ?? '', /^\d{4}-\d{2}-\d{2}T/);
        await store.settings.save('outlet-register', { outlets: [], defaults: false });
        assert.deepEqual((await store.settings.get('outlet-register'))?.value, { outlets: [], defaults: false });
        await store.settings.save('other', [1, 'два']);
        assert.deepEqual((await store.settings.get('other'))?.value, [1, 'два']);
        assert.deepEqual((await store.settings.get('outlet-register'))?.value, { outlets: [], defaults: false });
      });
    });
  });
}
