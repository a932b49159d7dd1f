// One measured analyze run in its own process, so peak RSS is this run's: prints a JSON line of figures.
import { analyze } from '../src/cli/analyze.ts';
import { openCache } from '../src/cli/cache.ts';

const [dir, db] = process.argv.slice(2);
const cache = await openCache(db);
const started = performance.now();
const { dossier, timings } = await analyze({ paths: [dir], quiet: true, cache });
const ms = performance.now() - started;
await cache?.close();
const bytes = dossier.documents.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
console.log(JSON.stringify({ ms, timings, docs: dossier.documents.length, claims: dossier.claims.length, bodyBytes: bytes, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
