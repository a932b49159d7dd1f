// `pactwatch watch` and the config kept in the store (PUT /api/watch/config): with no --config and no source
// argument, `--once` polls the stored config's sources and files reports by its agreements and unsorted pile;
// --config wins over it and leaves it be unless --save-config (then the file's config is kept, folders absolute).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  dir = mkdtempSync(join(tmpdir(), 'pactwatch-watch-stored-'));
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
    child.on('close', (status, signal) => resolve({ status: status ?? signal, stdout, stderr }));
  });
}

async function withStore<T>(db: string, use: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

test('watch --once with no source and no --config reads the stored config: its sources, agreements and unsorted pile', async () => {
  const db = join(dir, 'db-stored');
  await withStore(db, (store) =>
    store.watch.saveConfig({
      agreements: [{ name: 'Accord on Herring Fisheries in the Amber Sea', parties: ['Ostmark', 'Brevland'], collection: 'herring' }],
      sources: [`${server.base}/feeds/rdf.xml`, `${server.base}/feeds/atom.xml`],
      interval: null,
      unsorted: 'triage',
      host_interval: 0.05,
    }),
  );
  const run = await pactwatch('watch', '--once', '--db', db, '--quiet', '--allow-private-network');
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n').sort();
  assert.equal(lines.length, 2, run.stdout);
  assert.match(lines[0], new RegExp(`^stored ${server.base}/news/fisheries-accord in herring \\(about "Accord on Herring Fisheries in the Amber Sea"`));
  assert.equal(lines[1], `stored ${server.base}/news/strait-treaty-de in triage (names no followed agreement)`);
  await withStore(db, async (store) => {
    assert.deepEqual((await store.collections()).map((c) => [c.name, c.documents]).sort(), [
      ['herring', 1],
      ['triage', 1],
    ]);
  });
});

test('--config wins over the stored config and is kept only with --save-config', async () => {
  const db = join(dir, 'db-file');
  const stored = { agreements: [], sources: ['https://elsewhere.example/feed.xml'], interval: null, unsorted: 'stored-pile', host_interval: null };
  await withStore(db, (store) => store.watch.saveConfig(stored));
  mkdirSync(join(dir, 'inbox'));
  const file = join(dir, 'watch.json');
  writeFileSync(file, JSON.stringify({ sources: ['inbox', `${server.base}/feeds/atom.xml`], unsorted: 'file-pile', host_interval: 0.05 }));

  const plain = await pactwatch('watch', '--once', '--config', file, '--db', db, '--quiet', '--allow-private-network');
  assert.equal(plain.status, 0, plain.stderr);
  assert.equal(plain.stdout.trim(), `stored ${server.base}/news/strait-treaty-de in file-pile (no agreement is followed)`);
  assert.ok(!plain.stderr.includes('elsewhere.example'), 'the stored sources were not polled');
  await withStore(db, async (store) => assert.deepEqual((await store.watch.config())?.config, stored));

  const saved = await pactwatch('watch', '--once', '--config', file, '--save-config', '--db', db, '--quiet', '--allow-private-network');
  assert.equal(saved.status, 0, saved.stderr);
  await withStore(db, async (store) =>
    assert.deepEqual((await store.watch.config())?.config, {
      agreements: [],
      sources: [join(dir, 'inbox'), `${server.base}/feeds/atom.xml`],
      interval: null,
      unsorted: 'file-pile',
      host_interval: 0.05,
    }),
  );

  const alone = await pactwatch('watch', '--once', '--save-config', '--db', db);
  assert.equal(alone.status, 2);
  assert.match(alone.stderr, /--save-config .* give --config FILE/);
});
