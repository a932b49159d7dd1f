// The server on a store of N reports: the time to add one report (the dossier recomputed from stored
// claims), and 500 concurrent GETs of the dossier on loopback: with autocannon (a burst, then a sustained
// run; plain and as a browser asks, compressed), and with node's own client, once on 500 new connections
// and then on the same 500 kept-alive ones. The CPU each side spends per GET tells whose time a latency is:
// on a 2-core machine the load generator sits beside the server.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { analyze } from '../src/cli/analyze.ts';
import { openCache } from '../src/cli/cache.ts';

const CONNECTIONS = 500;
/** A burst of 500 concurrent GETs (the figure), then a sustained run at the same concurrency. */
const RUNS = [500, 20_000];
const ADDS = 5;
/** Rounds of 500 concurrent GETs over kept-alive connections. */
const WARM_ROUNDS = 10;
/** What a browser sends; autocannon and curl send no Accept-Encoding unless told. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const ENCODINGS: [string, Record<string, string>][] = [['plain', {}], ['browser', BROWSER]];

async function buildStore(corpus: string, db: string): Promise<void> {
  if (existsSync(join(db, '.complete'))) return;
  const cache = await openCache(db);
  await analyze({ paths: [corpus], quiet: true, cache });
  await cache.close();
  writeFileSync(join(db, '.complete'), '');
}

async function startChild(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'pactwatch.mjs'), 'serve', '--db', db, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (b) => String(b).includes('serving') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const spread = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, p99 ${percentile(s, 99).toFixed(1)} ms`;
};

/** CPU seconds a process has used (Linux /proc), or null elsewhere. */
function cpuOf(pid: number | undefined): number | null {
  const stat = `/proc/${pid}/stat`;
  if (!pid || !existsSync(stat)) return null;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}

interface Got {
  ms: number;
  bytes: number;
  status: number;
}

/** One GET with node's client (llhttp; the body is counted, not decoded). */
function get(url: string, agent: http.Agent, headers: Record<string, string>): Promise<Got> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ ms: performance.now() - t, bytes, status: res.statusCode ?? 0 }));
    }).on('error', reject);
  });
}

async function withNodeClient(url: string, label: string, headers: Record<string, string>): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });
  const burst = () => Promise.all(Array.from({ length: CONNECTIONS }, () => get(url, agent, headers)));
  try {
    const cold = await burst();
    const warm: Got[] = [];
    for (let i = 0; i < WARM_ROUNDS; i++) warm.push(...(await burst()));
    const bad = [...cold, ...warm].filter((g) => g.status !== 200).length;
    console.log(`  node client, ${label}: ${CONNECTIONS} GETs on new connections: ${spread(cold.map((g) => g.ms))}; ` +
      `${WARM_ROUNDS}× ${CONNECTIONS} GETs on kept-alive connections: ${spread(warm.map((g) => g.ms))}; non-200 ${bad}`);
  } finally {
    agent.destroy();
  }
}

async function withAutocannon(url: string, label: string, headers: Record<string, string>, amount: number, server: number | undefined): Promise<void> {
  const latencies: number[] = [];
  const [serverBefore, clientBefore] = [cpuOf(server), process.cpuUsage()];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, amount, timeout: 20, headers }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const client = process.cpuUsage(clientBefore);
  const serverAfter = cpuOf(server);
  const perGet = (seconds: number) => `${((seconds * 1e6) / amount).toFixed(0)} µs`;
  const cpu = serverBefore !== null && serverAfter !== null
    ? `; CPU per GET: server ${perGet(serverAfter - serverBefore)}, autocannon ${perGet((client.user + client.system) / 1e6)}`
    : '';
  console.log(`  autocannon, ${label}, ${amount} requests: ${spread(latencies)}, ${result.requests.average.toFixed(0)} req/s, ` +
    `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}${cpu}`);
}

/** wrk (Debian package `wrk`), when installed: a C load generator that costs the 2-core machine far less
 *  than autocannon, so its latencies are the server's. Each of its threads stops after its share of `amount`
 *  responses; the script prints the percentiles wrk's summary leaves out. */
const WRK_THREADS = 2;
const WRK_SCRIPT = `
local limit = tonumber(os.getenv("PW_LIMIT"))
local seen = 0
local encoding = os.getenv("PW_ENCODING")
if encoding ~= "" then wrk.headers["Accept-Encoding"] = encoding end
response = function() seen = seen + 1; if seen >= limit then wrk.thread:stop() end end
done = function(s, latency)
  local e = s.errors
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d requests, errors %d, timeouts %d, non-2xx %d\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, s.requests,
    e.connect + e.read + e.write, e.timeout, e.status))
end`;

const hasWrk = () => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { status?: number }).status === 1; // wrk --version prints its banner and exits 1
  }
};

function withWrk(url: string, label: string, headers: Record<string, string>, amount: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-wrk-'));
  try {
    const script = join(dir, 'bounded.lua');
    writeFileSync(script, WRK_SCRIPT);
    const env = { ...process.env, PW_LIMIT: String(Math.ceil(amount / WRK_THREADS)), PW_ENCODING: headers['accept-encoding'] ?? '' };
    const out = execFileSync('wrk', ['-t', String(WRK_THREADS), '-c', String(CONNECTIONS), '-d', '60s', '--timeout', '20s', '-s', script, url], { env, encoding: 'utf8' });
    console.log(`  wrk, ${label}, ${amount} requests: ${out.trim().split('\n').at(-1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchServer(corpus: string, n: number): Promise<void> {
  const db = join(import.meta.dirname, 'corpus', 'out', `store-${n}`);
  let t = performance.now();
  await buildStore(corpus, db);
  console.log(`\nserver on a PGlite store of ${n} reports (store ready in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  const port = 18000 + Math.floor(Math.random() * 1000);
  const child = await startChild(db, port);
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/api/dossier`;
  try {
    t = performance.now();
    await (await fetch(url)).arrayBuffer();
    console.log(`first GET /api/dossier (loads the collection from the store): ${((performance.now() - t) / 1000).toFixed(2)} s`);
    const adds: number[] = [];
    for (let i = 0; i < ADDS; i++) {
      const text = `Lumeria and Tarsis signed an agreement on rail links on ${i + 1} May 2033 in Lumport. Article ${i + 2} provides for a joint commission. The parliament of Lumeria approved it on ${i + 10} June 2033. Bench report ${Date.now()}-${i}.`;
      t = performance.now();
      const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, title: `bench ${i}` }) });
      await res.json();
      adds.push(performance.now() - t);
    }
    adds.sort((a, b) => a - b);
    console.log(`add one report and update the stored dossier: median ${adds[Math.floor(ADDS / 2)].toFixed(0)} ms, max ${adds.at(-1)!.toFixed(0)} ms (${ADDS} adds)`);

    const agent = new http.Agent();
    const size = async (encoding: string) => `${((await get(url, agent, { 'accept-encoding': encoding })).bytes / 1024).toFixed(1)} KB ${encoding}`;
    console.log(`GET /api/dossier, ${CONNECTIONS} concurrent connections; the response is ${[await size('identity'), await size('gzip'), await size('br')].join(', ')}`);
    agent.destroy();
    for (const [label, headers] of ENCODINGS) {
      for (const amount of RUNS) await withAutocannon(url, label, headers, amount, child.pid);
    }
    for (const [label, headers] of ENCODINGS) await withNodeClient(url, label, headers);
    if (hasWrk()) for (const [label, headers] of ENCODINGS) for (const amount of RUNS) withWrk(url, label, headers, amount);
    else console.log('  wrk: not installed (apt-get install wrk) — skipped');
  } finally {
    child.kill('SIGTERM');
  }
}
