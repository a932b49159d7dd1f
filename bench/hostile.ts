// Bounded work for any input (issue 15): each large hostile pattern of test/fuzz/hostile-files.ts read (ingest
// and prepare) against ordinary reports, as CPU time per MB of this process (a busy machine slows the wall
// clock, not the ratio). The target: at most 3× the time per MB of ordinary reports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../src/ingest/index.ts';
import { prepareDocument } from '../src/pipeline/index.ts';
import { hostileFiles } from '../test/fuzz/hostile-files.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_RATIO = 3;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms to ingest and prepare one file's bytes. */
async function readTime(name: string, bytes: Uint8Array): Promise<number> {
  const started = cpuMs();
  for (const raw of (await ingestBytes(name, bytes)).docs) prepareDocument(raw);
  return cpuMs() - started;
}

/** Ordinary reports: the examples and the eval cases' documents (our own wording). */
function ordinaryFiles(): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|html|json|jsonl)$/.test(name)) out.push([name, readFileSync(path)]);
    }
  };
  walk(join(ROOT, 'examples'));
  for (const c of readdirSync(join(ROOT, 'test', 'eval-cases'))) walk(join(ROOT, 'test', 'eval-cases', c, 'docs'));
  return out;
}

export async function benchHostile(): Promise<void> {
  const ordinary = ordinaryFiles();
  for (const [name, bytes] of ordinary) await readTime(name, bytes); // compiled and warm, as in a run
  let ms = 0;
  let size = 0;
  while (size < 1_000_000) {
    for (const [name, bytes] of ordinary) {
      ms += await readTime(name, bytes);
      size += bytes.length;
    }
  }
  const perMb = ms / (size / 1e6);
  console.log(`hostile input: ordinary reports ${Math.round(perMb)} ms CPU per MB (target: each pattern ≤ ${TARGET_RATIO}×)`);
  const { files, big } = hostileFiles();
  for (const name of big) {
    const patternPerMb = (await readTime(name, files[name])) / (files[name].length / 1e6);
    const ratio = patternPerMb / perMb;
    console.log(
      `  ${name.padEnd(24)} ${String(Math.round(patternPerMb)).padStart(6)} ms CPU per MB  ${ratio.toFixed(2)}×${ratio > TARGET_RATIO ? '  over target' : ''}`,
    );
  }
}
