// The version of the per-document pipeline (ingest, clean, meta, read): a hash of its source files, so a
// stored document is re-read exactly when the code that read it changed, and never otherwise.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PER_DOCUMENT_STAGES = ['ingest', 'clean', 'text', 'meta', 'read', 'pipeline'];
let cached: Promise<string> | null = null;

export function pipelineVersion(): Promise<string> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<string> {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const stage of PER_DOCUMENT_STAGES) {
    const entries = await readdir(join(src, stage), { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
      .sort();
    for (const f of files) hash.update(f.slice(src.length)).update(await readFile(f));
  }
  return hash.digest('hex').slice(0, 16);
}
