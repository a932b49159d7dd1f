// One measured analyze run in its own process, so peak RSS is this run's: prints a JSON line of figures.
import { createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/cli/analyze.ts';
import { writeChunks } from '../src/cli/write.ts';
import { renderChunks } from '../src/export/index.ts';
import { openCache } from '../src/runner/index.ts';

const [dir, db] = process.argv.slice(2);
const cache = await openCache(db);
const started = performance.now();
const { dossier, timings, documentsPeakRssMB } = await analyze({ paths: [dir], quiet: true, cache });
// The JSON dossier written as the CLI writes it with --out: part of the whole run.
const out = join(tmpdir(), `pactwatch-bench-${process.pid}.json`);
const outputStarted = performance.now();
await writeChunks(renderChunks(dossier, 'json'), createWriteStream(out));
const output = performance.now() - outputStarted;
rmSync(out);
const ms = performance.now() - started;
await cache?.close();
const bytes = dossier.documents.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
console.log(
  JSON.stringify({
    ms,
    timings: { ...timings, output },
    docs: dossier.documents.length,
    claims: dossier.claims.length,
    bodyBytes: bytes,
    documentsPeakRssMB,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
