// The server on a store of N reports: the time to add one report (the dossier recomputed from stored
// claims), and 500 concurrent GETs of the dossier with autocannon on loopback (bounded request count).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { analyze } from '../src/cli/analyze.ts';
import { openCache } from '../src/cli/cache.ts';

const CONNECTIONS = 500;
/** A burst of 500 concurrent GETs (the figure), then a sustained run at the same concurrency. */
const RUNS = [500, 20_000];
const ADDS = 5;

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

export async function benchServer(corpus: string, n: number): Promise<void> {
  const db = join(import.meta.dirname, 'corpus', 'out', `store-${n}`);
  let t = performance.now();
  await buildStore(corpus, db);
  console.log(`\nserver on a PGlite store of ${n} reports (store ready in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  const port = 18000 + Math.floor(Math.random() * 1000);
  const child = await startChild(db, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    t = performance.now();
    await (await fetch(`${base}/api/dossier`)).arrayBuffer();
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

    const size = (await (await fetch(`${base}/api/dossier`)).arrayBuffer()).byteLength;
    for (const amount of RUNS) {
      const latencies: number[] = [];
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon({ url: `${base}/api/dossier`, connections: CONNECTIONS, amount, timeout: 20 }, (err, r) => (err ? reject(err) : resolve(r)));
        instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
      });
      latencies.sort((a, b) => a - b);
      console.log(
        `GET /api/dossier (${(size / 1024).toFixed(0)} KB), ${CONNECTIONS} connections, ${amount} requests: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ${result.requests.average.toFixed(0)} req/s, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
  }
}
