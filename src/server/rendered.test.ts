import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiate, Rendered } from './rendered.ts';

const json = Buffer.from(
  JSON.stringify({ claims: Array.from({ length: 200 }, (_, i) => ({ id: `c${i + 1}`, text: 'The treaty was signed in the capital.' })) }),
);

test('Accept-Encoding: brotli before gzip, q-values honoured, q=0 refuses', () => {
  assert.equal(negotiate(undefined), 'identity');
  assert.equal(negotiate('gzip, deflate, br, zstd'), 'br');
  assert.equal(negotiate('gzip'), 'gzip');
  assert.equal(negotiate('br;q=0.5, gzip;q=0.8'), 'gzip');
  assert.equal(negotiate('br;q=0, gzip;q=0'), 'identity');
  assert.equal(negotiate('*'), 'br');
  assert.equal(negotiate('*;q=0, gzip'), 'gzip');
  assert.equal(negotiate('identity'), 'identity');
});

test('compressed variants decode to the same bytes and carry their own ETag', async () => {
  const r = new Rendered(json, 'application/json').prepare();
  assert.deepEqual(brotliDecompressSync(await r.variant('br')), json);
  assert.deepEqual(gunzipSync(await r.variant('gzip')), json);
  assert.ok((await r.variant('br')).length < json.length / 5);
  assert.equal(await r.variant('identity'), r.body);
  assert.notEqual(r.etagOf('br'), r.etagOf('gzip'));
  assert.equal(r.etagOf('identity'), r.etag);
  assert.match(r.etag, /^"[\w-]+"$/);
});

test('a small body is sent as it is, whatever the client accepts', async () => {
  const r = new Rendered(Buffer.from('{"ok":true}'), 'application/json');
  assert.equal(r.encodingFor('br, gzip'), 'identity');
  assert.equal(await r.variant('br'), r.body);
});

test('If-None-Match matches the content in any encoding, weak or strong, and nothing else', () => {
  const r = new Rendered(json, 'application/json');
  const other = new Rendered(Buffer.from(json.toString().replace('c1"', 'c0"')), 'application/json');
  assert.ok(r.matches(r.etag));
  assert.ok(r.matches(`W/${r.etagOf('gzip')}`));
  assert.ok(r.matches(`"x", ${r.etagOf('br')}`));
  assert.ok(r.matches('*'));
  assert.ok(!r.matches(undefined));
  assert.ok(!r.matches(other.etag));
  assert.ok(!r.matches(other.etagOf('br')));
});
