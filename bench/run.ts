// `npm run bench`: throughput, memory and scaling of analyze on the synthetic corpus, on PGlite and (when
// PACTWATCH_BENCH_DATABASE_URL or PACTWATCH_TEST_DATABASE_URL is set) PostgreSQL; the reading stage alone;
// and extraction side by side with plain @mozilla/readability.
// and the server: adding one report to the largest store, and 500 concurrent GETs of its dossier.
// and hostile input: each fuzz pattern's CPU time per MB against ordinary reports.
// Runs as the CLI does, with patterns compiled natively at first use (src/runner/regexp-tier.ts).
// and the queue on PostgreSQL: N reports through 1, 2 and 4 worker processes, and the delay from a feed item to its alert.
// usage: npm run bench [-- --sizes 1000,10000] [--only analyze|read|extraction|hostile|server|queue]
//        queue: [--reports 100000] [--workers 1,2,4] [--rate 50] [--seconds 60]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.ts';
import { benchExtraction } from './extraction.ts';
import { benchHostile } from './hostile.ts';
import { benchQueue, QUEUE_DEFAULTS } from './queue.ts';
import { benchRead } from './read.ts';
import { benchServer } from './server.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    only: { type: 'string' },
    reports: { type: 'string' },
    workers: { type: 'string' },
    rate: { type: 'string' },
    seconds: { type: 'string' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const here = import.meta.dirname;

function corpusDir(n: number): string {
  const dir = join(here, 'corpus', 'out', String(n));
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of generateCorpus(n)) writeFileSync(join(dir, f.name), f.content);
    writeFileSync(join(dir, '.complete'), '');
  }
  return dir;
}

const dirBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

function measure(dir: string, db: string): Record<string, any> {
  const out = execFileSync(process.execPath, ['--no-regexp-tier-up', '--import', 'tsx', join(here, 'child.ts'), dir, db], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

function benchAnalyze(): void {
  const pg = process.env.PACTWATCH_BENCH_DATABASE_URL ?? process.env.PACTWATCH_TEST_DATABASE_URL;
  console.log('analyze (ingest + clean + meta + read + store, then the dossier, then its JSON written to a file), fresh store each run');
  console.log('store      N       docs/s   MB/s   documents s  dossier s  output s  total s  RSS MB: documents  total');
  for (const n of sizes) {
    const dir = corpusDir(n);
    const mb = dirBytes(dir) / 1e6;
    const stores: [string, () => string][] = [['pglite', () => mkdtempSync(join(tmpdir(), 'pactwatch-bench-'))]];
    if (pg) stores.push(['postgres', () => pg]);
    for (const [name, target] of stores) {
      const db = target();
      if (name === 'postgres') execFileSync(process.execPath, ['--import', 'tsx', join(here, 'reset-db.ts'), db]);
      const r = measure(dir, db);
      const s = r.ms / 1000;
      console.log(
        `${name.padEnd(9)} ${String(n).padEnd(7)} ${(r.docs / s).toFixed(0).padStart(6)} ${(mb / s).toFixed(2).padStart(6)} ${(r.timings.documents / 1000).toFixed(1).padStart(12)} ${(r.timings.dossier / 1000).toFixed(1).padStart(10)} ${(r.timings.output / 1000).toFixed(1).padStart(9)} ${s.toFixed(1).padStart(8)} ${r.documentsPeakRssMB.toFixed(0).padStart(18)} ${r.maxRssMB.toFixed(0).padStart(6)}`,
      );
      if (name === 'pglite') rmSync(db, { recursive: true, force: true });
    }
  }
}

if (!values.only || values.only === 'analyze') benchAnalyze();
if (!values.only || values.only === 'read') await benchRead(corpusDir(Math.min(...sizes)));
if (!values.only || values.only === 'extraction') benchExtraction();
if (!values.only || values.only === 'hostile') await benchHostile();
if (!values.only || values.only === 'server') await benchServer(corpusDir(Math.max(...sizes)), Math.max(...sizes));
if (!values.only || values.only === 'queue')
  await benchQueue({
    ...QUEUE_DEFAULTS,
    ...(values.reports ? { reports: Number(values.reports) } : {}),
    ...(values.workers ? { workers: values.workers.split(',').map(Number) } : {}),
    ...(values.rate ? { rate: Number(values.rate) } : {}),
    ...(values.seconds ? { seconds: Number(values.seconds) } : {}),
  });
