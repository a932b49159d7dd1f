// The HTTP API in process (hono's app.request) over an in-memory PGlite store: routes, OpenAPI, bad input.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createApp } from '../../src/server/app.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import { safeFileName } from '../../src/server/security.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const practice = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'practice-harbour', 'docs');
const HOSTILE = 'Alpha and Beta signed the Treaty on Rivers on 3 March 2030. <script>alert(1)</script> <img src=x onerror=alert(2)> Article 4 covers defence.';

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await openStore('memory://');
  app = createApp({ store, maxUploadBytes: 200_000, maxFileBytes: 100_000 });
});
after(() => store.close());

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('API', () => {
  test('OpenAPI names exactly the routes the app serves', () => {
    const served = new Set(
      app.routes.filter((r) => r.path.startsWith('/api/') && !r.path.includes('*')).map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(Object.entries(openApiDocument().paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)));
    assert.deepEqual([...served].sort(), [...documented].sort());
  });

  test('uploads multipart files and JSON reports, and the dossier reflects them', async () => {
    const form = new FormData();
    for (const f of ['01_official_text.txt', '03_osa_state_media.txt']) form.append('files', new Blob([readFileSync(join(practice, f))]), f);
    const res = await app.request('/api/documents', { method: 'POST', body: form });
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.equal(body.added.length, 2);
    const again = await (await app.request('/api/documents', { method: 'POST', body: form })).json();
    assert.equal(again.added.length, 0);
    assert.equal(again.duplicates.length, 2);
    const json = await postJson({ reports: [{ text: HOSTILE, title: 'Hostile', outlet: 'Example Wire' }] });
    assert.equal(json.status, 201);
    const dossier = await (await app.request('/api/dossier')).json();
    assert.equal(dossier.totals.documents, 3);
    assert.equal((await (await app.request('/api/dossier?full=1')).json()).documents.length, 3);
    const list = await (await app.request('/api/documents?limit=2')).json();
    assert.equal(list.total, 3);
    assert.equal(list.items.length, 2);
  });

  test('one document comes back with its body and claim spans', async () => {
    const { items } = await (await app.request('/api/documents?q=hostile')).json();
    const sha = items[0]?.sha256 ?? (await (await app.request('/api/documents')).json()).items.at(-1).sha256;
    const doc = await (await app.request(`/api/documents/${sha}`)).json();
    assert.ok(doc.claims.length > 0);
    for (const c of doc.claims) assert.equal(doc.body.slice(c.start, c.end), c.text);
    assert.equal((await app.request('/api/documents/not-a-sha')).status, 400);
    assert.equal((await app.request(`/api/documents/${'0'.repeat(64)}`)).status, 404);
  });

  test('every dossier format; the HTML escapes report text and carries a strict CSP', async () => {
    for (const format of ['json', 'md', 'html', 'claimreview']) assert.equal((await app.request(`/api/dossier?format=${format}`)).status, 200, format);
    const html = await app.request('/api/dossier?format=html');
    assert.match(html.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
    const text = await html.text();
    assert.ok(!text.includes('<script>alert(1)'));
    assert.ok(!/<img[^>]*onerror/i.test(text));
    assert.equal((await app.request('/api/dossier?format=pdf')).status, 400);
  });

  test('search and changes', async () => {
    const hits = await (await app.request('/api/search?q=treaty')).json();
    assert.ok(hits.claims.length > 0);
    assert.equal((await app.request('/api/search')).status, 400);
    const changes = await (await app.request('/api/changes?since=2000-01-01')).json();
    assert.equal(changes.documents.length, 3);
    assert.ok(changes.facts.length > 0);
    assert.equal((await (await app.request(`/api/changes?since=${new Date(Date.now() + 60_000).toISOString()}`)).json()).documents.length, 0);
    assert.equal((await app.request('/api/changes?since=yesterday-ish')).status, 400);
  });

  test('bad input: content type, malformed JSON, missing text, huge body, binary, unknown route', async () => {
    const plain = await app.request('/api/documents', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    assert.equal(plain.status, 415);
    assert.equal((await postJson('{"text": ')).status, 400);
    assert.equal((await postJson({ title: 'no text' })).status, 422);
    const huge = await postJson({ text: 'x'.repeat(300_000) });
    assert.equal(huge.status, 413);
    assert.equal((await huge.json()).error.status, 413);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0])]), 'blob.bin');
    const binary = await app.request('/api/documents', { method: 'POST', body: form });
    assert.equal(binary.status, 422);
    assert.match(JSON.stringify((await binary.json()).warnings), /blob\.bin/);
    assert.equal((await app.request('/api/nothing')).status, 404);
  });

  test('upload names never name a path', async () => {
    for (const name of ['../../etc/passwd', '..\\..\\windows\\system32\\x.txt', '/abs/path/a.txt', '....//x', '\u0000evil.txt', '..']) {
      const safe = safeFileName(name, 'fallback');
      assert.ok(!safe.includes('/') && !safe.includes('\\') && !safe.startsWith('.') && !safe.includes('\u0000'), `${name} → ${safe}`);
    }
    const form = new FormData();
    form.append('files', new Blob(['Gamma and Delta signed an agreement on fisheries on 2 May 2031.']), '../../../tmp/owned.txt');
    const res = await (await app.request('/api/documents', { method: 'POST', body: form })).json();
    assert.equal(res.added[0].file, 'owned.txt');
  });

  test('write routes need the bearer token when one is set', async () => {
    const locked = createApp({ store, token: 's3cret' });
    const body = JSON.stringify({ text: 'Epsilon and Zeta signed a pact on 1 June 2032.' });
    const headers = { 'Content-Type': 'application/json' };
    assert.equal((await locked.request('/api/documents', { method: 'POST', headers, body })).status, 401);
    assert.equal((await locked.request('/api/documents', { method: 'POST', headers: { ...headers, Authorization: 'Bearer wrong' }, body })).status, 401);
    assert.equal((await locked.request('/api/documents', { method: 'POST', headers: { ...headers, Authorization: 'Bearer s3cret' }, body })).status, 201);
    assert.equal((await locked.request('/api/dossier')).status, 200);
  });

  test('the served dossier: rendered once, ETag and 304, brotli or gzip when accepted, new after an upload', async () => {
    const plain = await app.request('/api/dossier');
    const bytes = Buffer.from(await plain.arrayBuffer());
    const etag = plain.headers.get('ETag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(plain.headers.get('Cache-Control'), 'no-cache');
    assert.equal(plain.headers.get('Vary'), 'Accept-Encoding');
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(Number(plain.headers.get('Content-Length')), bytes.length);
    assert.equal(plain.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(JSON.parse(bytes.toString()).compact, true);

    const again = await app.request('/api/dossier');
    assert.equal(again.headers.get('ETag'), etag, 'the same bytes until the dossier changes');
    const notModified = await app.request('/api/dossier', { headers: { 'If-None-Match': etag } });
    assert.equal(notModified.status, 304);
    assert.equal((await notModified.arrayBuffer()).byteLength, 0);
    assert.equal(notModified.headers.get('ETag'), etag);
    assert.equal(notModified.headers.get('Content-Security-Policy'), "default-src 'none'; frame-ancestors 'none'");

    const br = await app.request('/api/dossier', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers.get('Content-Encoding'), 'br');
    assert.deepEqual(brotliDecompressSync(Buffer.from(await br.arrayBuffer())), bytes);
    assert.notEqual(br.headers.get('ETag'), etag);
    assert.equal((await app.request('/api/dossier', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.get('ETag')! } })).status, 304);
    const gz = await app.request('/api/dossier', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers.get('Content-Encoding'), 'gzip');
    assert.deepEqual(gunzipSync(Buffer.from(await gz.arrayBuffer())), bytes);

    const html = await app.request('/api/dossier?format=html');
    assert.match(html.headers.get('Content-Security-Policy') ?? '', /style-src 'unsafe-inline'/, 'the export CSP replaces the API one');
    const missing = await app.request('/api/nothing');
    assert.equal(missing.headers.get('X-Content-Type-Options'), 'nosniff', 'errors carry the API headers too');
    const md = await app.request('/api/dossier?format=md', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(md.headers.get('Content-Type'), 'text/markdown; charset=utf-8');
    assert.equal((await app.request('/api/dossier?format=md', { headers: { 'If-None-Match': md.headers.get('ETag')! } })).status, 304);

    assert.equal((await postJson({ text: 'Kappa and Lambda signed a treaty on river ports on 4 April 2031.', title: 'Ports' })).status, 201);
    const changed = await app.request('/api/dossier', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('ETag'), etag);
  });
});
