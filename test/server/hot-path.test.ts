// The hot path answers GET /api/dossier from memory with exactly what the routed request answers, and leaves
// every other request (other formats, the full dossier, a collection not loaded yet) to the app.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../src/server/app.ts';
import { Collections } from '../../src/server/collections.ts';
import { withHotPath } from '../../src/server/hot-path.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const practice = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'practice-harbour', 'docs');

let store: Store;
let app: ReturnType<typeof createApp>;
let server: http.Server;
let base: string;
let routed: string[] = [];

before(async () => {
  store = await openStore('memory://');
  const collections = new Collections(store);
  app = createApp({ store, collections });
  const form = new FormData();
  for (const f of ['01_official_text.txt', '03_osa_state_media.txt']) form.append('files', new Blob([readFileSync(join(practice, f))]), f);
  assert.equal((await app.request('/api/documents', { method: 'POST', body: form })).status, 201);
  const rendered = await (await collections.get()).rendered('json', false);
  await Promise.all([rendered.variant('br'), rendered.variant('gzip')]);
  const listener = getRequestListener(app.fetch);
  server = http.createServer(withHotPath(collections, (req, res) => (routed.push(req.url!), listener(req, res))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
      })
      .on('error', reject);
  });
}

/** The same request through the app alone (the routed path), in process. */
async function viaApp(path: string, sent: Record<string, string> = {}): Promise<Raw> {
  const res = await app.request(path, { headers: sent });
  const headers: IncomingHttpHeaders = {};
  res.headers.forEach((value, name) => (headers[name] = value));
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) };
}

const SAME = [
  'content-type',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
];
const pick = (h: IncomingHttpHeaders) => Object.fromEntries(SAME.map((k) => [k, h[k]]));

describe('hot path', () => {
  for (const encoding of ['br', 'gzip', 'identity']) {
    test(`answers the compact dossier (${encoding}) from memory, byte for byte as the app does`, async () => {
      routed = [];
      const headers = { 'accept-encoding': encoding };
      const hot = await get('/api/dossier', headers);
      assert.deepEqual(routed, []);
      const app = await viaApp('/api/dossier', headers);
      assert.equal(hot.status, 200);
      assert.deepEqual(pick(hot.headers), pick(app.headers));
      assert.ok(hot.body.equals(app.body));
      assert.equal(hot.headers['content-encoding'], encoding === 'identity' ? undefined : encoding);
    });
  }

  test('answers a held version with 304, and names the collection and format as the route does', async () => {
    routed = [];
    const first = await get('/api/dossier?collection=default&format=json', { 'accept-encoding': 'br' });
    assert.equal(first.status, 200);
    const again = await get('/api/dossier', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.deepEqual(routed, []);
  });

  test('leaves other formats, the full dossier, unknown parameters and unloaded collections to the app', async () => {
    routed = [];
    const paths = ['/api/dossier?format=md', '/api/dossier?full=1', '/api/dossier?x=1', '/api/dossier?collection=other', '/api/health'];
    for (const path of paths) assert.equal((await get(path)).status, 200, path);
    assert.deepEqual(routed, paths);
    const bad = await get('/api/dossier?collection=../etc');
    assert.equal(bad.status, 400);
  });
});
