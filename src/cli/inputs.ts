// Placeholder until the ingest helper lands the file walker.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warning } from '../types.ts';
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; warnings: Warning[] }> {
  const files: string[] = [];
  for (const p of paths) {
    const s = await stat(p);
    if (s.isDirectory()) for (const f of (await readdir(p)).sort()) files.push(join(p, f));
    else files.push(p);
  }
  return { files, warnings: [] };
}
export async function readInputFile(file: string, maxBytes: number): Promise<{ bytes?: Uint8Array; warning?: Warning }> {
  return { bytes: await readFile(file) };
}
