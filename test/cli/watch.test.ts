// `pactwatch watch --once` end to end: the CLI against the in-process news server (src/watch/server.fixture.ts)
// and an embedded store in a temp folder. Each stored report is one line naming its address and collection; a
// second run stores nothing and asks for the feeds conditionally; without --allow-private-network nothing is
// fetched from loopback.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { startTestServer, type TestServer } from '../../src/watch/server.fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let server: TestServer;
let dir: string;

before(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'pactwatch-watch-cli-'));
  writeFileSync(
    join(dir, 'watch.json'),
    JSON.stringify({
      agreements: [
        {
          name: 'Treaty on the Lumen Strait',
          aliases: ['traité sur le détroit de Lumen', 'Vertrag über die Lumen-Straße'],
          parties: ['Varnessa', 'Tollund'],
          collection: 'lumen',
        },
        { name: 'Accord on Herring Fisheries in the Amber Sea', parties: ['Ostmark', 'Brevland'], collection: 'herring' },
      ],
      sources: [`${server.base}/feeds/atom.xml`, `${server.base}/feeds/feed.json`],
      host_interval: 0.05,
    }),
  );
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI without blocking this process's event loop (the server answers from it). */
function pactwatch(...args: string[]): Promise<{ status: number | string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/pactwatch.mjs', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    // A signal that ended it stands in for the status, so a failure names it.
    child.on('close', (status, signal) => resolve({ status: status ?? signal, stdout, stderr }));
  });
}

const watchOnce = (...extra: string[]) =>
  pactwatch('watch', `${server.base}/feeds/rss.xml`, '--once', '--config', join(dir, 'watch.json'), '--db', join(dir, 'db'), '--quiet', ...extra);

test("watch --once stores each new report in its agreement's collection, one line each; a second run stores nothing", async () => {
  const first = await watchOnce('--allow-private-network');
  assert.equal(first.status, 0, first.stderr);
  const lines = first.stdout
    .trim()
    .split('\n')
    .map((l) => l.replace(/names it \d+ time/, 'names it N time'))
    .sort();
  const url = (path: string) => `${server.base}${path}`;
  assert.deepEqual(
    lines,
    [
      `stored ${url('/news/harbour-festival')} in unsorted (names no followed agreement)`,
      `stored ${url('/news/strait-treaty-de')} in lumen (about "Treaty on the Lumen Strait": names it N time(s))`,
      `stored ${url('/news/strait-treaty-ratified-fr')} in lumen (about "Treaty on the Lumen Strait": names it N time(s))`,
      `stored ${url('/news/strait-treaty-signed')} in lumen (about "Treaty on the Lumen Strait": names it N time(s))`,
    ].sort(),
  );
  // The JSON feed's page behind robots.txt and its failing page: a warning line each; the run still succeeds.
  assert.match(first.stderr, /^warning: http:\/\/127\.0\.0\.1:\d+\/private\/memo: disallowed by .*robots\.txt$/m);
  assert.match(first.stderr, /^warning: http:\/\/127\.0\.0\.1:\d+\/error: HTTP 500$/m);

  const feedRequests = () => server.log.filter((r) => r.path.startsWith('/feeds/'));
  const before = feedRequests().length;
  const second = await watchOnce('--allow-private-network');
  assert.equal(second.status, 0, second.stderr);
  assert.equal(second.stdout, '');
  const again = feedRequests().slice(before);
  assert.equal(again.length, 3);
  assert.ok(
    again.every((r) => r.ifNoneMatch),
    'every feed was asked for conditionally',
  );

  const store = await openStore(join(dir, 'db'));
  try {
    assert.equal((await store.documentsFor({ collection: 'lumen' })).length, 3);
    assert.equal((await store.documentsFor({ collection: 'unsorted' })).length, 1);
    const [doc] = await store.documentsFor({ collection: 'unsorted' });
    assert.equal(doc.file, url('/news/harbour-festival'));
  } finally {
    await store.close();
  }
});

test('without --allow-private-network a loopback source is refused and the run fails', async () => {
  const from = server.log.length;
  const run = await pactwatch('watch', `${server.base}/feeds/rss.xml`, '--once', '--db', join(dir, 'db2'), '--quiet');
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(
    run.stderr,
    /^error: http:\/\/127\.0\.0\.1:\d+\/feeds\/rss\.xml: 127\.0\.0\.1 resolves to 127\.0\.0\.1, a private, loopback or link-local address: not fetched \(--allow-private-network allows it\)$/m,
  );
  assert.equal(server.log.length, from, 'nothing reached the server');
});

test('usage errors: no source, a bad config', async () => {
  const none = await pactwatch('watch', '--once', '--db', join(dir, 'db3'));
  assert.equal(none.status, 2);
  assert.match(none.stderr, /name at least one feed/);
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ agreements: [{ aliases: ['x'] }] }));
  const bad = await pactwatch('watch', 'inbox', '--once', '--config', join(dir, 'bad.json'));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--config .*bad\.json: agreements\[0\]\.name must be a non-empty string/);
});
