import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { inlinePreparer } from '../runner/index.ts';
import { parseConfig } from './config.ts';
import { rss } from './feeds.fixture.ts';
import { pollSource } from './poll.ts';
import { startTestServer, type TestServer } from './server.fixture.ts';
import { openWatchSession, type WatchSession, watchForever } from './session.ts';

let server: TestServer;
let session: WatchSession;
const folder = mkdtempSync(join(tmpdir(), 'pactwatch-watch-'));

const config = parseConfig({
  agreements: [
    {
      name: 'Treaty on the Lumen Strait',
      aliases: ['traité sur le détroit de Lumen', 'Vertrag über die Lumen-Straße'],
      parties: ['Varnessa', 'Tollund'],
      collection: 'lumen',
    },
    { name: 'Accord on Herring Fisheries in the Amber Sea', parties: ['Norhaven', 'Brevland'], collection: 'herring' },
  ],
});

before(async () => {
  server = await startTestServer();
  session = await openWatchSession({
    db: 'memory://',
    config,
    // A loaded CI machine can take over a second to answer: the timeout here is no subject of the tests.
    policy: { allowPrivateNetwork: true, hostIntervalMs: 0, totalTimeoutMs: 10_000, maxBytes: 1024 * 1024 },
    preparer: inlinePreparer,
  });
});
after(async () => {
  await session.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const feed = (path: string) => `${server.base}${path}`;
const placed = (r: { stored: { url: string; collection: string }[] }) => r.stored.map((s) => [new URL(s.url).pathname, s.collection]);

test('a feed is read once: each item page is stored in the collection of its agreement; the second poll gets a 304', async () => {
  const first = await pollSource(feed('/feeds/rss.xml'), session);
  assert.deepEqual(first.problems, []);
  assert.deepEqual(placed(first).sort(), [
    ['/news/strait-treaty-ratified-fr', 'lumen'],
    ['/news/strait-treaty-signed', 'lumen'],
  ]);
  const doc = await session.cache.store.getDocumentBySha(first.stored[0].sha256);
  assert.equal(doc?.file, first.stored[0].url);
  const members = await session.cache.store.documentsFor({ collection: 'lumen' });
  assert.equal(members.length, 2);

  const second = await pollSource(feed('/feeds/rss.xml'), session);
  assert.deepEqual([second.notModified, second.stored.length], [true, 0]);
  assert.ok(server.log.filter((r) => r.path === '/feeds/rss.xml').at(-1)?.ifNoneMatch);
});

test('Atom, RDF and JSON Feed items go where they belong; a page that fails is one problem, the others carry on', async () => {
  assert.deepEqual(placed(await pollSource(feed('/feeds/atom.xml'), session)), [['/news/strait-treaty-de', 'lumen']]);
  assert.deepEqual(placed(await pollSource(feed('/feeds/rdf.xml'), session)), [['/news/fisheries-accord', 'herring']]);
  const json = await pollSource(feed('/feeds/feed.json'), session);
  assert.equal(json.failed, false);
  assert.deepEqual(placed(json), [['/news/harbour-festival', 'unsorted']]);
  assert.equal(json.stored[0].reason, 'names no followed agreement');
  assert.deepEqual(json.problems.map((p) => [new URL(p.where).pathname, p.message.replace(/\d+/g, 'N')]).sort(), [
    ['/error', 'HTTP N'],
    ['/private/memo', 'disallowed by http://N.N.N.N:N/robots.txt'],
  ]);
});

test('a sitemap index leads to its news sitemap, whose pages are stored already: nothing new', async () => {
  const r = await pollSource(feed('/feeds/sitemap-index.xml'), session);
  assert.deepEqual([r.failed, r.stored, r.problems], [false, [], []]);
});

test('a new item in a feed is fetched; an item whose page is the same bytes as a stored one is filed, not new', async () => {
  server.feeds['/feeds/rss.xml'] = rss(server.base, ['/news/strait-treaty-signed', '/news/strait-treaty-ratified-fr', '/gzip/strait']);
  const r = await pollSource(feed('/feeds/rss.xml'), session);
  assert.equal(r.notModified, false);
  // /gzip/strait serves the same page as /news/strait-treaty-signed: stored once, under its first address.
  assert.deepEqual([r.stored, r.problems], [[], []]);
  const rows = await session.cache.store.watch.urls([feed('/gzip/strait')]);
  assert.equal(rows.get(feed('/gzip/strait'))?.collection, 'lumen');
});

test('a feed that cannot be read fails as a whole, in one sentence', async () => {
  const broken = await pollSource(feed('/feeds/broken.xml'), session);
  assert.equal(broken.failed, true);
  assert.match(broken.problems[0].message, /^not a readable feed or sitemap: /);
  const missing = await pollSource(feed('/feeds/none.xml'), session);
  assert.deepEqual([missing.failed, missing.problems[0].message], [true, 'HTTP 404']);
});

test('a folder: each new file is stored once, by the agreement it names', async () => {
  writeFileSync(join(folder, 'a.txt'), 'Orsa, 3 March 2031. Tollund and Varnessa signed the Treaty on the Lumen Strait in Halden on Monday.');
  const first = await pollSource(folder, session);
  assert.deepEqual(
    first.stored.map((s) => s.collection),
    ['lumen'],
  );
  assert.deepEqual((await pollSource(folder, session)).stored, []);
  writeFileSync(join(folder, 'b.txt'), 'Veldt, 12 June 2031. Brevland ratified the Accord on Herring Fisheries in the Amber Sea on Thursday.');
  const second = await pollSource(folder, session);
  assert.deepEqual(
    second.stored.map((s) => [s.url.endsWith('b.txt'), s.collection]),
    [[true, 'herring']],
  );
});

test('the loop polls every source each interval and stops when told, after the round under way', async () => {
  const stop = new AbortController();
  const rounds: string[][] = [];
  let current: string[] = [];
  const sources = [feed('/feeds/rdf.xml'), feed('/feeds/atom.xml')];
  const started = Date.now();
  await watchForever(sources, session, {
    intervalMs: 200,
    signal: stop.signal,
    onResult: (r) => {
      current.push(r.notModified ? 'not modified' : 'read');
      if (current.length < sources.length) return;
      rounds.push(current);
      current = [];
      if (rounds.length === 2) stop.abort();
    },
  });
  assert.deepEqual(rounds, [
    ['not modified', 'not modified'],
    ['not modified', 'not modified'],
  ]);
  assert.ok(Date.now() - started >= 200, 'the second round waited for the interval');
});
