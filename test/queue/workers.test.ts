// The queue on PostgreSQL: `pactwatch worker` processes share the jobs (each taken by one), a worker killed with
// SIGKILL in the middle of a batch loses and duplicates nothing (its jobs come back after their expiry, set short
// here, and another worker does them), webhook POSTs carry a valid signature, and GET /api/events gets the alerts
// that workers in other processes find.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { type Alert, listenAlerts } from '../../src/alerts/index.ts';
import { type BossQueue, openBossQueue, prepareJob } from '../../src/queue/index.ts';
import { createApp } from '../../src/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import { cleanUp, freshSchemaUrl, readEvents, until, webhookReceiver } from './helpers.ts';
import { AUSTRAL, filler } from './reports.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'pactwatch.mjs');
/** Short enough that a killed worker's jobs come back within the test. */
const EXPIRE_SECONDS = 3;
const children: ChildProcess[] = [];
after(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await cleanUp();
});

interface Worker {
  child: ChildProcess;
  log: string[];
  ready: Promise<void>;
}

/** A worker process; `expire` makes its jobs expire after EXPIRE_SECONDS (a job held longer by a live worker is
 *  given to another too: only the kill test wants that). */
function startWorker(url: string, extra: string[] = [], expire = false): Worker {
  const short = expire ? { PACTWATCH_QUEUE_EXPIRE_SECONDS: String(EXPIRE_SECONDS) } : {};
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, ...extra], {
    env: { ...process.env, ...short, PACTWATCH_QUEUE_MAINTENANCE_SECONDS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  const log: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log.push(...chunk.split('\n').filter(Boolean));
      if (chunk.includes('taking jobs')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${log.join('\n')}`)));
  });
  return { child, log, ready };
}

const reports = (n: number) => [
  ...Object.entries(AUSTRAL).map(([name, text]) => prepareJob('austral', `${name}.txt`, Buffer.from(text))),
  ...Array.from({ length: n }, (_, i) => prepareJob('austral', `filler-${i}.txt`, Buffer.from(filler(i)))),
];

async function jobRows(queue: BossQueue, name: string): Promise<{ state: string; retry_count: number; n: number }[]> {
  const { rows } = await queue.pool.query(`SELECT state::text, retry_count, count(*)::int AS n FROM ${queue.schema}.job WHERE name = $1 GROUP BY 1, 2`, [name]);
  return rows;
}

async function counts(url: string): Promise<{ documents: number; members: number; alerts: string[]; urls: string[] }> {
  const client = new pg.Client(url);
  await client.connect();
  const [d, m, a, u] = await Promise.all([
    client.query('SELECT count(*)::int AS n FROM documents'),
    client.query(`SELECT count(*)::int AS n FROM collection_documents WHERE collection = 'austral'`),
    // An alert is a change: its fact, from what to what. The same change twice would be a duplicate.
    client.query(
      `SELECT concat_ws(' | ', kind, alert->>'fact', alert->>'before', alert->>'value', alert->>'status_before', alert->>'status') AS k FROM alerts ORDER BY id`,
    ),
    client.query('SELECT url FROM documents WHERE url IS NOT NULL'),
  ]);
  await client.end();
  return { documents: d.rows[0].n, members: m.rows[0].n, alerts: a.rows.map((r) => r.k), urls: u.rows.map((r) => r.url) };
}

const done = async (queue: BossQueue) => (await queue.pending()) === 0;

test('two workers share the jobs: each report taken once, stored once; alerts signed on the webhook and live on SSE', { timeout: 120_000 }, async () => {
  const url = await freshSchemaUrl();
  await (await openStore(url)).close(); // migrated before the workers race to it
  const receiver = await webhookReceiver('shared secret');
  const hook = ['--webhook', receiver.url, '--webhook-secret', 'shared secret', '--allow-private-network'];
  // A page a watched feed listed: fetched by a worker (the watch command's fetcher: robots.txt first, a 404 here).
  const page = `${AUSTRAL.ratifiedIs}\nThe vote in the Althing was 51 to 6.\n`;
  const pages = createServer((req, res) => {
    if (req.url === '/news/ratified.txt') res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/news/ratified.txt`;
  const workers = [startWorker(url, hook), startWorker(url, hook)];
  await Promise.all(workers.map((w) => w.ready));
  const queue = await openBossQueue(url, { maintain: false });
  // A server in this process, its alerts from the workers' NOTIFYs.
  const feed = await listenAlerts(url);
  const app = createApp({ store: await openStore(url), alerts: feed });
  const response = await app.request('/api/events?collection=austral');
  const streamed: Alert[] = [];
  const reading = readEvents(response.body!, (e) => {
    if (e.event === 'alert') streamed.push(JSON.parse(e.data));
    return streamed.some((a) => a.kind === 'misstatement');
  });
  try {
    const jobs = reports(20);
    await queue.sendMany('prepare', jobs);
    await queue.sendMany('prepare', jobs.slice(0, 10)); // sent twice: the same jobs, not new ones
    await queue.send('fetch', { url: pageUrl, collection: 'austral' });
    await until(() => done(queue), 90_000, 'the queue to empty');
    // One more prepare job: the fetched page's.
    assert.deepEqual(await jobRows(queue, 'prepare'), [{ state: 'completed', retry_count: 0, n: jobs.length + 1 }]);
    assert.deepEqual(await jobRows(queue, 'fetch'), [{ state: 'completed', retry_count: 0, n: 1 }]);
    const { documents, members, alerts, urls } = await counts(url);
    assert.equal(documents, jobs.length + 1);
    assert.equal(members, jobs.length + 1);
    assert.ok(urls.includes(pageUrl), 'the fetched page is stored under its address');
    assert.equal(new Set(alerts).size, alerts.length, `an alert twice: ${alerts}`);
    assert.ok(
      alerts.some((a) => a.startsWith('misstatement')),
      alerts.join('\n'),
    );
    // Both workers prepared reports.
    for (const w of workers)
      assert.ok(
        w.log.some((l) => /prepared \d+ report/.test(l)),
        w.log.join('\n'),
      );
    await until(() => receiver.alerts.length >= alerts.length, 20_000, 'the webhook deliveries');
    assert.equal(receiver.refused, 0);
    assert.equal(receiver.alerts.length, alerts.length);
    await reading;
    const misstatement = streamed.find((a) => a.kind === 'misstatement')!;
    assert.equal(misstatement.evidence[0].doc.file, 'misdated.txt');
    assert.match(misstatement.evidence[0].text, /March 5, 2025/);
  } finally {
    await feed.close();
    await queue.close();
    await receiver.close();
    pages.close();
    for (const w of workers) w.child.kill('SIGTERM');
  }
});

test('kill -9 of a worker in the middle of a batch: its jobs come back after expiry, nothing lost or stored twice', { timeout: 120_000 }, async () => {
  const url = await freshSchemaUrl();
  await (await openStore(url)).close();
  const first = startWorker(url, [], true);
  await first.ready;
  const queue = await openBossQueue(url, { maintain: false });
  try {
    const jobs = reports(20);
    await queue.sendMany('prepare', jobs);
    await until(async () => (await jobRows(queue, 'prepare')).some((r) => r.state === 'active'), 30_000, 'a job to be taken');
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const lost = (await jobRows(queue, 'prepare')).filter((r) => r.state === 'active').reduce((n, r) => n + r.n, 0);
    assert.ok(lost > 0, 'the killed worker held jobs');
    const second = startWorker(url, [], true);
    await second.ready;
    await until(() => done(queue), 90_000, 'the queue to empty');
    const rows = await jobRows(queue, 'prepare');
    assert.ok(
      rows.every((r) => r.state === 'completed'),
      JSON.stringify(rows),
    );
    assert.equal(
      rows.reduce((n, r) => n + r.n, 0),
      jobs.length,
    );
    // The jobs the killed worker held were taken again (retried after their expiry).
    assert.ok(
      rows.some((r) => r.retry_count > 0),
      JSON.stringify(rows),
    );
    const { documents, members, alerts } = await counts(url);
    assert.equal(documents, jobs.length);
    assert.equal(members, jobs.length);
    assert.equal(new Set(alerts).size, alerts.length, `an alert twice: ${alerts}`);
    assert.ok(alerts.some((a) => a.startsWith('event')));
    second.child.kill('SIGTERM');
  } finally {
    await queue.close();
  }
});
