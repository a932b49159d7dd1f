// The queue on PostgreSQL (issue 16): N reports of the synthetic corpus through `pactwatch worker` processes, 1, 2
// and 4 of them on this machine (throughput, and the scaling ratio against one), then the delay from a feed item's
// appearance to its alert at a sustained rate (p50, p95). Each run gets a fresh schema on the server that
// PACTWATCH_BENCH_DATABASE_URL or PACTWATCH_TEST_DATABASE_URL names, else on a throwaway local server (the tests'
// embedded PostgreSQL: fsync off).
//
// The delay: an in-process HTTP server publishes report pages, each announcing that one more state ratified an
// invented convention (so each report makes a new lifecycle event); "appearing" is the moment the bench enqueues
// the fetch job a watch would send for the new item (the feed's poll interval is the watch's setting, outside the
// queue). Measured up to the moment the bench, a LISTEN subscriber like any server, gets the alert quoting it.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import pg from 'pg';
import { type Alert, listenAlerts } from '../src/alerts/index.ts';
import { type BossQueue, openBossQueue, type PrepareJob, prepareJob } from '../src/queue/index.ts';
import { openStore } from '../src/store/index.ts';
import { stopTestDatabase, testDatabaseUrl } from '../test/store/postgres-server.ts';
import { generateCorpus } from './corpus/generate.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'pactwatch.mjs');
/** Outlets' hosts in the delay run: the fetcher asks each at most once a second, so 50 reports/s need 50 or more. */
const HOSTS = 100;

export interface QueueBenchOptions {
  /** Reports through the queue per worker count (default 100,000). */
  reports: number;
  workers: number[];
  /** Collections the reports are spread over (a watch follows many agreements). */
  collections: number;
  /** New reports per second, and for how long, in the delay run. */
  rate: number;
  seconds: number;
}

export const QUEUE_DEFAULTS: QueueBenchOptions = { reports: 100_000, workers: [1, 2, 4], collections: 20, rate: 50, seconds: 60 };

async function freshSchema(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `pw_bench_${randomBytes(3).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client(base);
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await run(`CREATE SCHEMA ${schema}`);
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  await (await openStore(url)).close();
  return { url, drop: () => run(`DROP SCHEMA ${schema}, ${schema}_jobs CASCADE`) };
}

function startWorkers(url: string, n: number): { children: ChildProcess[]; ready: Promise<void> } {
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, [BIN, 'worker', '--db', url, '--allow-private-network'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PACTWATCH_QUEUE_MAINTENANCE_SECONDS: '5' },
    }),
  );
  const ready = Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve, reject) => {
          let log = '';
          child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
            log += chunk;
            if (log.includes('taking jobs')) resolve();
          });
          child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${log.slice(-2000)}`)));
        }),
    ),
  ).then(() => {});
  return { children, ready };
}

/** CPU seconds a process has used so far, all its threads (Linux /proc; 0 elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

const load = () => loadavg()[0].toFixed(1);

const stop = async (children: ChildProcess[]) => {
  await Promise.all(
    children.map((c) => {
      if (c.exitCode !== null) return;
      const gone = new Promise((resolve) => c.once('exit', resolve));
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 10_000).unref();
      return gone;
    }),
  );
};

async function stateCounts(queue: BossQueue): Promise<{ prepared: number; pending: number }> {
  const { rows } = await queue.pool.query<{ prepared: string; pending: string }>(
    `SELECT count(*) FILTER (WHERE name = 'prepare' AND state = 'completed') AS prepared, count(*) FILTER (WHERE state < 'completed') AS pending FROM ${queue.schema}.job`,
  );
  return { prepared: Number(rows[0].prepared), pending: Number(rows[0].pending) };
}

/** The corpus's files as prepare jobs (a JSONL file holds 20 reports), spread over the collections. */
function corpusJobs(reports: number, collections: number): { jobs: PrepareJob[]; reports: number; mb: number } {
  const files = generateCorpus(reports);
  const jobs = files.map((f, i) => prepareJob(`bench-${i % collections}`, f.name, Buffer.from(f.content)));
  return { jobs, reports: files.reduce((n, f) => n + f.reports, 0), mb: files.reduce((n, f) => n + Buffer.byteLength(f.content), 0) / 1e6 };
}

async function throughput(base: string, options: QueueBenchOptions): Promise<void> {
  const { jobs, reports, mb } = corpusJobs(options.reports, options.collections);
  console.log(
    `\nqueue throughput: ${reports} reports (${jobs.length} files, ${mb.toFixed(0)} MB) over ${options.collections} collections, fresh schema per run`,
  );
  console.log('workers  reports/s  MB/s   prepared s  total s  scaling  worker CPU ms/report  load before→after');
  let one = 0;
  for (const n of options.workers) {
    const { url, drop } = await freshSchema(base);
    const { children, ready } = startWorkers(url, n);
    const queue = await openBossQueue(url, { maintain: false });
    try {
      await ready;
      // Each worker's reading threads start (a few seconds) on a report of a collection of its own, not timed.
      await queue.sendMany(
        'prepare',
        jobs.slice(0, 4 * n).map((j, i) => ({ ...j, collection: `warm-${i}` })),
      );
      while ((await stateCounts(queue)).pending) await new Promise((r) => setTimeout(r, 200));
      const loadBefore = load();
      const cpuBefore = children.reduce((t, c) => t + cpuSeconds(c.pid), 0);
      const started = performance.now();
      await queue.sendMany('prepare', jobs);
      let prepared = 0;
      for (;;) {
        const counts = await stateCounts(queue);
        if (!prepared && counts.prepared >= jobs.length + 4 * n) prepared = performance.now() - started;
        if (counts.pending === 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const total = (performance.now() - started) / 1000;
      const cpu = children.reduce((t, c) => t + cpuSeconds(c.pid), 0) - cpuBefore;
      const rate = reports / total;
      if (n === options.workers[0]) one = rate;
      console.log(
        `${String(n).padEnd(8)} ${rate.toFixed(1).padStart(9)} ${(mb / total).toFixed(2).padStart(6)} ${(prepared / 1000).toFixed(1).padStart(11)} ${total.toFixed(1).padStart(8)} ${(rate / one).toFixed(2).padStart(7)}× ${((cpu * 1000) / reports).toFixed(1).padStart(21)}  ${loadBefore}→${load()}`,
      );
    } finally {
      await stop(children);
      await queue.close();
      await drop();
    }
  }
}

/** English short names of states, simple ones (no commas or parentheses), that the reader knows as states. */
function stateNames(): string[] {
  countries.registerLocale(en);
  return Object.values(countries.getNames('en', { select: 'official' })).filter((name) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(name));
}

const page = (
  state: string,
  convention: string,
  day: number,
) => `<!doctype html><html><head><title>${state} ratifies ${convention}</title></head><body><article>
<h1>${state} ratifies ${convention}</h1>
<p>By Desk ${day}, Lagoon Wire</p>
<p>SUVA, May ${1 + (day % 28)}, 2025 — The parliament of ${state} ratified the ${convention} on May ${1 + (day % 28)}, 2025, the foreign ministry said.</p>
<p>The convention was signed in Suva on March 3, 2024, and enters into force after the fortieth ratification.</p>
</article></body></html>`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function latency(base: string, options: QueueBenchOptions, workers: number): Promise<void> {
  const states = stateNames();
  const total = options.rate * options.seconds;
  // Each collection follows its own convention; each report there names a state not named before in it.
  const collections = Math.ceil(total / states.length) + 4;
  const pages = new Map<string, string>();
  // Outlets on hosts of their own (127.0.0.1 … 127.0.0.HOSTS, all loopback on Linux): the workers' fetcher asks
  // each host at most once a second, as it would a real outlet.
  const servers = Array.from({ length: HOSTS }, () =>
    createServer((req, res) => {
      const body = pages.get(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body ?? '');
    }),
  );
  const origins = await Promise.all(
    servers.map(
      (server, i) =>
        new Promise<string>((resolve) =>
          server.listen(0, `127.0.0.${i + 1}`, () => resolve(`http://127.0.0.${i + 1}:${(server.address() as AddressInfo).port}`)),
        ),
    ),
  );
  const { url, drop } = await freshSchema(base);
  const { children, ready } = startWorkers(url, workers);
  const queue = await openBossQueue(url, { maintain: false });
  const feed = await listenAlerts(url);
  const appeared = new Map<string, number>();
  const delays: number[] = [];
  feed.subscribe((a: Alert) => {
    const from = a.kind === 'event' ? a.evidence[0]?.doc.url : undefined;
    const at = from ? appeared.get(from) : undefined;
    if (at === undefined) return;
    appeared.delete(from!);
    delays.push(performance.now() - at);
  });
  try {
    await ready;
    const publish = async (i: number, collection: string, convention: string, state: string) => {
      const path = `/${collection}/${i}.html`;
      const origin = origins[(i + origins.length) % origins.length];
      pages.set(path, page(state, convention, i));
      appeared.set(`${origin}${path}`, performance.now());
      await queue.send('fetch', { url: `${origin}${path}`, collection });
    };
    // Warm-up: every worker's reading threads and every collection's first dossier, not timed.
    for (let c = 0; c < collections; c++) await publish(-1 - c, `lag-${c}`, `Convention on Lagoon Fisheries Number ${c + 1}`, states.at(-1)!);
    while ((await stateCounts(queue)).pending) await new Promise((r) => setTimeout(r, 200));
    appeared.clear();
    delays.length = 0;
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const c = i % collections;
      void publish(i, `lag-${c}`, `Convention on Lagoon Fisheries Number ${c + 1}`, states[Math.floor(i / collections) % (states.length - 1)]);
    }
    const sent = (performance.now() - started) / 1000;
    const deadline = performance.now() + 60_000;
    while (appeared.size && performance.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const sorted = [...delays].sort((a, b) => a - b);
    console.log(
      `\nalert delay: ${total} reports at ${options.rate}/s (sent in ${sent.toFixed(1)} s) over ${collections} collections, ${workers} workers, load ${load()}`,
    );
    console.log(
      `  alerts for ${delays.length} of ${total} reports; delay p50 ${(percentile(sorted, 50) / 1000).toFixed(2)} s, p95 ${(percentile(sorted, 95) / 1000).toFixed(2)} s, max ${(sorted.at(-1)! / 1000).toFixed(2)} s`,
    );
  } finally {
    await stop(children);
    await feed.close();
    await queue.close();
    await drop();
    for (const server of servers) server.close();
  }
}

export async function benchQueue(options: QueueBenchOptions): Promise<void> {
  const base = process.env.PACTWATCH_BENCH_DATABASE_URL ?? (await testDatabaseUrl());
  try {
    if (options.reports > 0) await throughput(base, options);
    if (options.seconds > 0) await latency(base, options, Math.max(...options.workers.filter((n) => n <= 2)));
  } finally {
    await stopTestDatabase();
  }
}
