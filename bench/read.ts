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
  const docs: Parameters<typeof readDocument>[0][] = [];
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
  // In CPU time, so other processes on the machine do not count against it. The first pass includes what a
  // process pays once (compiling its patterns, building its matchers, the JIT warming up); the second is the
  // rate a long run reads at.
  const pass = () => {
    const before = process.cpuUsage();
    let claims = 0;
    for (const d of docs) claims += readDocument(d).length;
    const used = process.cpuUsage(before);
    return { claims, s: (used.user + used.system) / 1e6 };
  };
  const first = pass();
  const second = pass();
  const mbps = (s: number) => (bytes / 1e6 / s).toFixed(2);
  console.log(
    `\nreading stage: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB of clean text, ${first.claims} claims, in CPU time on one core: first pass ${first.s.toFixed(2)} s = ${mbps(first.s)} MB/s (with the process's warm-up), second pass ${second.s.toFixed(2)} s = ${mbps(second.s)} MB/s`,
  );
}
