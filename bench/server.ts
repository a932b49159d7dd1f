// The server on a store of N reports: the time to add one report (the dossier recomputed from stored
// claims), and 500 concurrent GETs of the dossier on loopback, plain and as a browser asks (compressed):
// with autocannon (a burst, then a sustained run; the CPU each side spends per GET tells whose time a latency
// is, since on a 2-core machine the load generator sits beside the server), then with ./load-client.ts and
// with wrk when installed (bursts on new connections and sustained runs, each beside a bare node:http server
// sending the same bytes).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { analyze } from '../src/cli/analyze.ts';
import { openCache } from '../src/runner/index.ts';
import type { LoadResult } from './load-client.ts';

const CONNECTIONS = 500;
/** A burst of 500 concurrent GETs (the issue's figure), then a sustained run at the same concurrency. */
const RUNS = [500, 20_000];
/** Uploads one after another, each sent as the last is answered: enough to span one of V8's own full
 *  collections of the old generation (one every 30 to 45 adds at 10,000 reports). */
const ADDS = 45;
/** Uploads with a pause between them, as reports arrive in use: the server collects in the pauses
 *  (src/server/garbage.ts), every dozen adds at 10,000 reports. */
const PAUSED_ADDS = 30;
const PAUSE_MS = 500;
/** What a browser sends; autocannon and curl send no Accept-Encoding unless told. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const ENCODINGS: [string, Record<string, string>][] = [
  ['plain', {}],
  ['browser', BROWSER],
];

async function buildStore(corpus: string, db: string): Promise<void> {
  if (existsSync(join(db, '.complete'))) return;
  const cache = await openCache(db);
  await analyze({ paths: [corpus], quiet: true, cache });
  await cache.close();
  writeFileSync(join(db, '.complete'), '');
}

async function startChild(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'pactwatch.mjs'), 'serve', '--db', db, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
    http
      .get(url, { agent, headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ ms: performance.now() - t, bytes, status: res.statusCode ?? 0 }));
      })
      .on('error', reject);
  });
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
  const cpu =
    serverBefore !== null && serverAfter !== null
      ? `; CPU per GET: server ${perGet(serverAfter - serverBefore)}, autocannon ${perGet((client.user + client.system) / 1e6)}`
      : '';
  console.log(
    `  autocannon, ${label}, ${amount} requests: ${spread(latencies)}, ${result.requests.average.toFixed(0)} req/s, ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}${cpu}`,
  );
}

/** wrk (Debian package `wrk`), when installed: a C load generator that costs the 2-core machine far less
 *  than autocannon, so its latencies are the server's. One thread: one core for wrk, one for the server.
 *  The thread stops after `amount` GETs and says so; wrk itself would wait out its whole duration, so it is then
 *  interrupted (SIGINT: it prints its figures). A burst counts responses, so that every GET of it is waited
 *  for; a sustained run counts requests as they are sent, since a response callback makes wrk copy every body
 *  (a quarter of the plain throughput at 251 KB a body), and drops the few in flight when it stops. The script
 *  prints the percentiles wrk's summary leaves out, and the mean and duration a run is checked with. */
const WRK_THREADS = 1;
const WRK_SCRIPT = `
local limit = tonumber(os.getenv("PW_LIMIT"))
local count = 0
local encoding = os.getenv("PW_ENCODING")
if encoding ~= "" then wrk.headers["Accept-Encoding"] = encoding end
local function reached() io.write("limit reached\\n"); io.flush(); wrk.thread:stop() end
if os.getenv("PW_COUNT") == "responses" then
  response = function() count = count + 1; if count == limit then reached() end end
else
  local req = nil
  request = function() count = count + 1; if count == limit + 1 then reached() elseif count > limit then wrk.thread:stop() end; req = req or wrk.format(); return req end
end
done = function(s, latency)
  local e = s.errors
  io.write(string.format("%.2f %.2f %.2f %.2f %d %d %d %d %d\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.mean / 1000,
    s.duration, s.requests, e.connect + e.read + e.write, e.timeout, e.status))
end`;

const hasWrk = () => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { status?: number }).status === 1; // wrk --version prints its banner and exits 1
  }
};

/** One bounded run of a load generator: latencies in ms. */
interface Run {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Milliseconds. */
  duration: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx responses. */
  failures: number;
}

/** One bounded wrk run: 500 connections until `amount` responses. Asynchronous, so a server in this
 *  process (the bare baseline) can answer. */
async function wrk(url: string, encoding: string, amount: number, script: string, count: 'responses' | 'requests'): Promise<Run> {
  const env = { ...process.env, PW_LIMIT: String(Math.ceil(amount / WRK_THREADS)), PW_ENCODING: encoding, PW_COUNT: count };
  const child = spawn('wrk', ['-t', String(WRK_THREADS), '-c', String(CONNECTIONS), '-d', '60s', '--timeout', '20s', '-s', script, url], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    out += text;
    if (out.split('limit reached').length - 1 >= WRK_THREADS) child.kill('SIGINT');
  });
  await new Promise((resolve) => child.once('close', resolve));
  const last = out.trim().split('\n').at(-1)!;
  if (!/^([\d.]+ ){4}\d+( \d+){4}$/.test(last)) throw new Error(`wrk printed no figures:\n${out}`);
  const [p50, p95, p99, mean, duration, requests, errors, timeouts, non2xx] = last.split(' ').map(Number);
  return { p50, p95, p99, mean, duration: duration / 1000, requests, failures: errors + timeouts + non2xx };
}

/**
 * What a run's latencies can at most average. With one request in flight per connection, the latencies of a
 * run sum to at most connections × duration, so their mean is at most connections × duration / requests
 * (Little's law). Some of wrk's runs on this 2-core machine report a mean far above it (115 ms against 11.7 ms,
 * at 44,000 GETs/s) and p95 in the hundreds of ms: latencies no request can have had. Each sustained run
 * prints both, so a reader can tell a measurement from an artefact.
 */
const bound = (r: Run) => (CONNECTIONS * r.duration) / r.requests;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Bursts of 500 GETs on 500 new connections: one burst is a small sample, so several are run. */
const BURSTS = 5;
/** A sustained run: a few seconds at this machine's rate, so that connecting is a small part of it. */
const SUSTAINED = 100_000;
const SUSTAINED_RUNS = 3;

/** Bursts, then sustained runs, with one load generator at one encoding: the spread of the bursts' p95, and
 *  the median percentiles of the sustained runs with each run's p95, and its mean against what it can be. */
async function measureSet(label: string, run: (amount: number, count: 'responses' | 'requests') => Promise<Run>): Promise<void> {
  const bursts: Run[] = [];
  for (let i = 0; i < BURSTS; i++) bursts.push(await run(CONNECTIONS, 'responses'));
  const p95s = bursts.map((r) => r.p95).sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < SUSTAINED_RUNS; i++) runs.push(await run(SUSTAINED, 'requests'));
  const failures = [...bursts, ...runs].reduce((n, r) => n + r.failures, 0);
  console.log(
    `  ${label}: ${BURSTS} bursts of ${CONNECTIONS} on new connections: p95 median ${median(p95s).toFixed(1)} ms ` +
      `(${p95s.map((x) => x.toFixed(0)).join(', ')} ms); ${runs.length} × ${SUSTAINED} GETs on ${CONNECTIONS} connections: ` +
      `median p50 ${median(runs.map((r) => r.p50)).toFixed(1)} ms, p95 ${median(runs.map((r) => r.p95)).toFixed(1)} ms ` +
      `(${runs.map((r) => r.p95.toFixed(0)).join(', ')}), p99 ${median(runs.map((r) => r.p99)).toFixed(1)} ms, ` +
      `${median(runs.map((r) => r.requests / (r.duration / 1000))).toFixed(0)} GETs/s; ` +
      `mean against its bound ${runs.map((r) => `${r.mean.toFixed(0)}/${bound(r).toFixed(0)}`).join(', ')} ms; errors, timeouts and non-2xx ${failures}`,
  );
}

/** One run of ./load-client.ts in its own process (so a server in this process, the bare baseline, can answer). */
async function loadClient(url: string, encoding: string, amount: number): Promise<Run> {
  const client = join(import.meta.dirname, 'load-client.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', client, url, String(CONNECTIONS), String(amount), encoding], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (out += text));
  await new Promise((resolve) => child.once('close', resolve));
  const r = JSON.parse(out) as LoadResult;
  return { ...r, failures: r.errors + r.non200 };
}

/** Responses as the server sent them (status, headers, bytes), to replay from a bare server. */
function capture(url: string, headers: Record<string, string>): Promise<{ headers: http.OutgoingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => {
          const { connection, date, 'keep-alive': keepAlive, ...kept } = res.headers;
          resolve({ headers: kept, body: Buffer.concat(parts) });
        });
      })
      .on('error', reject);
  });
}

/**
 * The same runs against the server, and against a bare node:http server in this process that sends the same
 * captured bytes and headers and does nothing else: the floor this machine sets for one node process. Each
 * encoding with ./load-client.ts, then with wrk when installed.
 */
async function againstBare(url: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-wrk-'));
  const script = join(dir, 'bounded.lua');
  writeFileSync(script, WRK_SCRIPT);
  const captured = { br: await capture(url, { 'accept-encoding': 'br' }), plain: await capture(url, {}) };
  const bare = http.createServer((req, res) => {
    const r = String(req.headers['accept-encoding'] ?? '').includes('br') ? captured.br : captured.plain;
    res.writeHead(200, r.headers).end(r.body);
  });
  await new Promise<void>((resolve) => bare.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/api/dossier`;
  const withWrk = hasWrk();
  try {
    for (const [label, headers] of ENCODINGS) {
      const encoding = headers['accept-encoding'] ?? '';
      for (const [server, target] of [
        ['pactwatch', url],
        ['bare node:http with the same bytes', bareUrl],
      ]) {
        await measureSet(`load client, ${label}, ${server}`, (amount) => loadClient(target, encoding, amount));
      }
      for (const [server, target] of withWrk
        ? [
            ['pactwatch', url],
            ['bare node:http with the same bytes', bareUrl],
          ]
        : []) {
        await measureSet(`wrk, ${label}, ${server}`, (amount, count) => wrk(target, encoding, amount, script, count));
      }
    }
    if (!withWrk) console.log('  wrk: not installed (apt-get install wrk) — skipped');
  } finally {
    bare.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Uploads `count` reports, `pause` ms apart, and prints how long each took to be read, stored and to update
 *  the stored dossier. */
async function timeAdds(base: string, label: string, count: number, pause: number): Promise<void> {
  const adds: number[] = [];
  for (let i = 0; i < count; i++) {
    const text = `Lumeria and Tarsis signed an agreement on rail links on ${(i % 28) + 1} May 2033 in Lumport. Article ${(i % 9) + 2} provides for a joint commission. The parliament of Lumeria approved it on ${(i % 18) + 10} June 2033. Bench report ${Date.now()}-${i}.`;
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    const t = performance.now();
    const res = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, title: `bench ${i}` }),
    });
    await res.json();
    adds.push(performance.now() - t);
  }
  const sorted = [...adds].sort((a, b) => a - b);
  console.log(
    `add one report and update the stored dossier, ${count} adds ${label}: median ${sorted[Math.floor(count / 2)].toFixed(0)} ms, ` +
      `max ${sorted.at(-1)!.toFixed(0)} ms, ${adds.filter((ms) => ms >= 1000).length} over 1 s (in order: ${adds.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
  );
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
    await timeAdds(base, 'one after another', ADDS, 0);
    await timeAdds(base, `${PAUSE_MS} ms apart`, PAUSED_ADDS, PAUSE_MS);

    const agent = new http.Agent();
    const size = async (encoding: string) => `${((await get(url, agent, { 'accept-encoding': encoding })).bytes / 1024).toFixed(1)} KB ${encoding}`;
    console.log(
      `GET /api/dossier, ${CONNECTIONS} concurrent connections; the response is ${[await size('identity'), await size('gzip'), await size('br')].join(', ')}`,
    );
    agent.destroy();
    for (const [label, headers] of ENCODINGS) {
      for (const amount of RUNS) await withAutocannon(url, label, headers, amount, child.pid);
    }
    await againstBare(url);
  } finally {
    child.kill('SIGTERM');
  }
}
