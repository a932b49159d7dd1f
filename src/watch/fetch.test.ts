import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Fetcher } from './fetch.ts';
import { BIG_PAGE_BYTES, startTestServer, type TestServer } from './server.fixture.ts';

let server: TestServer;
let fetcher: Fetcher;
const MiB = 1024 * 1024;

before(async () => {
  server = await startTestServer();
  fetcher = new Fetcher({ allowPrivateNetwork: true, hostIntervalMs: 0, totalTimeoutMs: 1500, maxBytes: MiB });
});
after(async () => {
  await fetcher.close();
  await server.close();
});

const failure = async (url: string, f = fetcher) => {
  try {
    await f.get(url);
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail(`${url} was fetched`);
};

test('a page is fetched with its validators; sent back, they get a 304', async () => {
  const got = await fetcher.get(`${server.base}/feeds/rss.xml`);
  assert.equal(got.status, 'ok');
  if (got.status !== 'ok') return;
  assert.match(Buffer.from(got.bytes).toString(), /<rss/);
  assert.ok(got.etag);
  assert.equal(got.lastModified, 'Mon, 02 Jun 2031 08:00:00 GMT');
  const again = await fetcher.get(`${server.base}/feeds/rss.xml`, { etag: got.etag, lastModified: got.lastModified });
  assert.equal(again.status, 'not-modified');
  const sent = server.log.filter((r) => r.path === '/feeds/rss.xml').at(-1);
  assert.deepEqual([sent?.ifNoneMatch, sent?.ifModifiedSince], [got.etag, got.lastModified]);
});

test('robots.txt is read once per host and its disallow holds for our agent', async () => {
  assert.match(await failure(`${server.base}/private/memo`), /disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
  await fetcher.get(`${server.base}/news/fisheries-accord`);
  assert.equal(server.log.filter((r) => r.path === '/robots.txt').length, 1);
});

test('a slow answer times out, a 500 fails, each in one sentence', async () => {
  const started = Date.now();
  assert.equal(await failure(`${server.base}/slow`), 'timed out after 1.5 s');
  assert.ok(Date.now() - started < 4000);
  assert.equal(await failure(`${server.base}/error`), 'HTTP 500');
});

test('a 50 MB page is stopped at the size limit while streaming, and refused outright when it declares its length', async () => {
  assert.match(await failure(`${server.base}/big`), /over the size limit: .* > 1 MB .*; the download was stopped there/);
  assert.ok(server.bigPageSent < BIG_PAGE_BYTES / 2, `${server.bigPageSent} bytes were sent`);
  assert.match(await failure(`${server.base}/big-declared`), /Content-Length 52428800 > 1048576 bytes; not downloaded/);
});

test('redirects are followed to a limit; a loop is named as one', async () => {
  const moved = await fetcher.get(`${server.base}/moved/strait`);
  assert.equal(moved.url, `${server.base}/news/strait-treaty-signed`);
  assert.match(await failure(`${server.base}/loop/a`), /^redirect loop: .*\/loop\/b leads back to .*\/loop\/a$/);
  assert.match(await failure(`${server.base}/chain/1`), /^more than 5 redirects \(last to .*\/chain\/7\)$/);
});

test('a compressed body is decompressed', async () => {
  const got = await fetcher.get(`${server.base}/gzip/strait`);
  assert.ok(got.status === 'ok' && Buffer.from(got.bytes).toString().includes('Treaty on the Lumen Strait'));
});

test('loopback and private addresses are refused without --allow-private-network, by IP and by name', async () => {
  const strict = new Fetcher({ hostIntervalMs: 0 });
  const before = server.log.length;
  try {
    assert.equal(
      await failure(`${server.base}/news/fisheries-accord`, strict),
      '127.0.0.1 resolves to 127.0.0.1, a private, loopback or link-local address: not fetched (--allow-private-network allows it)',
    );
    const port = new URL(server.base).port;
    assert.match(await failure(`http://localhost:${port}/news/fisheries-accord`, strict), /localhost resolves to .*loopback/);
    assert.match(await failure(`http://[::1]:${port}/`, strict), /::1 resolves to ::1/);
    assert.match(await failure('http://169.254.169.254/latest/meta-data/', strict), /link-local/);
    assert.match(await failure('ftp://127.0.0.1/file', strict), /only http and https/);
    assert.equal(server.log.length, before, 'no request reached the server');
  } finally {
    await strict.close();
  }
});

test('requests to one host keep the interval between their starts', async () => {
  const polite = new Fetcher({ allowPrivateNetwork: true, hostIntervalMs: 300 });
  try {
    const from = server.log.length;
    await Promise.all([polite.get(`${server.base}/news/harbour-festival`), polite.get(`${server.base}/news/strait-treaty-de`)]);
    // robots.txt is the first request of this fetcher; then the two pages, each an interval after the one before.
    const times = server.log.slice(from).map((r) => r.at);
    assert.equal(times.length, 3);
    for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] >= 280, `${times[i] - times[i - 1]} ms apart`);
  } finally {
    await polite.close();
  }
});
