// Store throughput: N synthetic reports (~4 KB body, 25 claims each) through putDocuments, then the
// reads the server and the incremental dossier lean on. Prints one line per figure, and the process's
// resident memory: before and right after opening the store, and its peak (the kernel's high-water
// mark, which a timer would miss while PGlite's WASM holds the thread) after the writes and at the end.
// Usage: node --import tsx bench/store.ts [--db PATH_OR_URL] [-n 10000] [--batch 100]
// Without --db: a fresh PGlite folder under the OS temp dir; with a postgres:// URL: a fresh schema
// there. Either is removed afterwards. Batches of 100 by default, as analyze saves them (SAVE_BATCH in
// src/runner/read-documents.ts); the reports of a batch are generated before its putDocuments, which alone is timed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isPostgresUrl, openStore } from '../src/store/index.ts';
import { syntheticDocument } from '../test/store/synthetic.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, n: { type: 'string', short: 'n', default: '10000' }, batch: { type: 'string', default: '100' } },
});
const n = Number(values.n);
const batchSize = Number(values.batch);
const temp = values.db ? null : mkdtempSync(join(tmpdir(), 'pactwatch-bench-'));
const schema = `pactwatch_bench_${process.pid}`;
async function onServer(sql: string): Promise<void> {
  const client = new pg.Client(values.db);
  await client.connect();
  await client.query(sql);
  await client.end();
}
let target = values.db ?? join(temp!, 'db');
if (isPostgresUrl(target)) {
  await onServer(`CREATE SCHEMA ${schema}`);
  target += `${target.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** CPU seconds (utime + stime) of a /proc stat line. */
function statSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ
}

/** CPU seconds of this process's main thread: the store's own work, without GC and compiler threads. */
function mainThreadSeconds(): number {
  return statSeconds(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
}

/** CPU seconds used so far by every local `postgres` process (Linux /proc): the server's share of the work. */
function postgresCpuSeconds(): number {
  let seconds = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes('(postgres)')) seconds += statSeconds(stat);
    } catch {
      // the process ended meanwhile
    }
  }
  return seconds;
}

/** Current and peak resident memory in MB (Linux /proc). */
function memory(): string {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)![1]) / 1024; // kB
  const { heapUsed, external } = process.memoryUsage();
  return `RSS ${kb('VmRSS').toFixed(0)} MB, peak ${kb('VmHWM').toFixed(0)} MB (JS heap ${(heapUsed / 2 ** 20).toFixed(0)} MB, external ${(external / 2 ** 20).toFixed(0)} MB)`;
}
const seconds = (t0: number) => (performance.now() - t0) / 1000;
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  console.log(`${label}: ${(seconds(t0) * 1000).toFixed(1)} ms`);
  return result;
}

const before = memory();
const opened = performance.now();
const store = await openStore(target);
console.log(`store: ${store.kind} ${store.location}; ${n} documents in batches of ${batchSize}`);
console.log(`open: ${seconds(opened).toFixed(2)} s; memory before: ${before}; after: ${memory()}`);
let bytes = 0;
let put = 0;
const cpu = { user: 0, system: 0 };
let server = 0;
let main = 0;
for (let i = 0; i < n; i += batchSize) {
  // Generating the reports is not the store's work: only putDocuments is timed.
  const batch = Array.from({ length: Math.min(batchSize, n - i) }, (_, k) => syntheticDocument(i + k));
  for (const item of batch) bytes += Buffer.byteLength(item.doc.body);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadSeconds();
  const server0 = postgresCpuSeconds();
  await store.putDocuments(batch, 'bench');
  const used = process.cpuUsage(cpu0);
  cpu.user += used.user;
  cpu.system += used.system;
  server += postgresCpuSeconds() - server0;
  main += mainThreadSeconds() - main0;
  put += seconds(t0);
}
// CPU as well as wall time: on PGlite this process does all the work, on PostgreSQL the server does most.
console.log(
  `putDocuments: ${put.toFixed(2)} s, ${(n / put).toFixed(0)} docs/s, ${(bytes / 1e6 / put).toFixed(2)} MB/s of body, ` +
    `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s here (${main.toFixed(2)} s on the main thread) + ${server.toFixed(2)} s in local postgres processes (load average ${loadavg()[0].toFixed(1)})`,
);
console.log(`memory after the writes: ${memory()}`);

const shas = Array.from({ length: n }, (_, i) => syntheticDocument(i).doc.sha256);
await timed(`hasDocuments(${n})`, () => store.hasDocuments(shas));
await timed(`putDocuments again (all present)`, () =>
  store.putDocuments(
    Array.from({ length: Math.min(n, 1000) }, (_, i) => syntheticDocument(i)),
    'bench',
  ),
);
await timed('putDocument (one new)', () => {
  const one = syntheticDocument(n + 1);
  return store.putDocument(one.doc, one.claims, 'bench');
});
await timed('searchDocuments', () => store.searchDocuments('ratification exchange'));
await timed('searchClaims', () => store.searchClaims('"mutual-assistance clause"', { limit: 50 }));
await timed('listDocuments page', () => store.listDocuments({ limit: 50, offset: Math.floor(n / 2) }));
await timed('claimsFor(collection)', () => store.claimsFor({ collection: 'default' }));
await timed('documentsFor(collection)', () => store.documentsFor({ collection: 'default' }));
await timed('signatures()', () => store.signatures());
await store.close();
console.log(`memory at the end: ${memory()}`);
if (temp) rmSync(temp, { recursive: true, force: true });
else await onServer(`DROP SCHEMA ${schema} CASCADE`);
