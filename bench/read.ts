// The reading stage alone, on one core: MB/s of clean text turned into claims, and of its segmentation alone
// (which should keep above SEGMENT_FLOOR_MBPS; a unit test used to assert it, but speed is measured here).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../src/clean/index.ts';
import { ingestBytes } from '../src/ingest/index.ts';
import { extractMeta } from '../src/meta/index.ts';
import { readDocument } from '../src/read/index.ts';
import { segment } from '../src/read/segment/index.ts';

/** Sentence segmentation alone should read at least this many MB of report text per second of CPU. */
const SEGMENT_FLOOR_MBPS = 5;

/** Segmentation of the same text 40 times over, in CPU time (other processes do not count against it). */
function benchSegment(docs: { body: string; language: string | null }[]): void {
  const body = docs
    .map((d) => d.body)
    .join('\n\n')
    .repeat(40);
  segment(body.slice(0, 10_000), 'en'); // warm up
  const before = process.cpuUsage();
  segment(body, 'en');
  const used = process.cpuUsage(before);
  const mbps = body.length / 1e6 / ((used.user + used.system) / 1e6);
  console.log(
    `segmentation: ${(body.length / 1e6).toFixed(1)} MB in ${mbps.toFixed(1)} MB/s of CPU${mbps < SEGMENT_FLOOR_MBPS ? ` (below ${SEGMENT_FLOOR_MBPS} MB/s)` : ''}`,
  );
}

export async function benchRead(dir: string): Promise<void> {
  const docs = [];
  for (const name of readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()) {
    const { docs: raws } = await ingestBytes(name, readFileSync(join(dir, name)));
    for (const raw of raws) {
      const cleaned = cleanDocument(raw);
      const meta = extractMeta(raw, cleaned);
      docs.push({ id: raw.sha256, body: cleaned.body, language: meta.language, published: meta.published, kind: meta.kind, title: meta.title });
    }
  }
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
  benchSegment(docs);
  readDocument(docs[0]); // warm up lazily built matchers
  const started = performance.now();
  let claims = 0;
  for (const d of docs) claims += readDocument(d).length;
  const s = (performance.now() - started) / 1000;
  console.log(
    `\nreading stage: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB of clean text, ${claims} claims in ${s.toFixed(2)} s = ${(bytes / 1e6 / s).toFixed(2)} MB/s on one core`,
  );
}
