// Errors keep their meaning (issue 15): a broken percent escape is the client's 400, a store that cannot be
// reached (PostgreSQL down) a 503 with Retry-After, never a 500.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createApp } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

test('a malformed URL is a 400', async () => {
  const store = await openStore('memory://');
  const web = mkdtempSync(join(tmpdir(), 'pactwatch-web-'));
  try {
    writeFileSync(join(web, 'index.html'), '<p>ui</p>');
    const app = createApp({ store, webDir: web });
    const res = await app.request('/%E0%A4%A');
    assert.equal(res.status, 400);
    assert.match((await res.json()).error.message, /^malformed URL/);
  } finally {
    rmSync(web, { recursive: true, force: true });
    await store.close();
  }
});

test('a store that cannot be reached is a 503', async () => {
  const store = await openStore('memory://');
  try {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const down = new Proxy(store, {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? async () => Promise.reject(refused) : value;
      },
    }) as Store;
    const app = createApp({ store: down });
    for (const path of ['/api/documents', '/api/dossier', '/api/search?q=treaty']) {
      const res = await app.request(path);
      assert.equal(res.status, 503, path);
      assert.equal(res.headers.get('retry-after'), '5');
      assert.deepEqual(await res.json(), { error: { status: 503, message: 'the store is unavailable; try again later' } });
    }
  } finally {
    await store.close();
  }
});
