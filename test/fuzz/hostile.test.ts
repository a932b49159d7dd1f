// Bounded work for any input (issue 15, deliver 2): hostile files (./hostile-files.ts) beside three good
// reports. Each large pattern is read (ingest and prepare) in at most 3× the time per MB of ordinary reports
// measured in the same run, both as this process's CPU time (a busy CI machine slows the wall clock, not the
// ratio); then the whole pile goes through `analyze` on its workers: no crash, every good report in the
// dossier, and every cap said as a warning on its document.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/cli/analyze.ts';
import { ingestBytes } from '../../src/ingest/index.ts';
import { prepareDocument } from '../../src/pipeline/index.ts';
import type { Dossier } from '../../src/types.ts';
import { GOOD, hostileFiles, writePile } from './hostile-files.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Time per MB of a hostile pattern, at most this many times that of ordinary reports (issue 15). */
const MAX_RATIO = 3;

let pile: string;
before(() => {
  pile = mkdtempSync(join(tmpdir(), 'pactwatch-hostile-'));
  writePile(pile);
});
after(() => rmSync(pile, { recursive: true, force: true }));

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

/** Ordinary reports: the examples and the eval cases' documents (our own wording), read until 1 MB is. */
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

test('each large hostile pattern is read in at most 3× the time per MB of ordinary reports', async (t) => {
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
  t.diagnostic(`ordinary reports: ${Math.round(perMb)} ms CPU per MB`);
  const { files, big } = hostileFiles();
  assert.ok(big.length >= 5, `large patterns: ${big.join(', ')}`);
  const slow: string[] = [];
  for (const name of big) {
    const patternPerMb = (await readTime(name, files[name])) / (files[name].length / 1e6);
    t.diagnostic(`${name}: ${Math.round(patternPerMb)} ms CPU per MB (${(patternPerMb / perMb).toFixed(2)}×)`);
    if (patternPerMb > MAX_RATIO * perMb) slow.push(`${name} ${(patternPerMb / perMb).toFixed(1)}×`);
  }
  assert.deepEqual(slow, []);
});

test('analyze reads a pile of every hostile file beside good reports: no crash, every good report, caps warned', async () => {
  const run = await analyze({ paths: [pile], quiet: true, cache: null, workers: true });
  const dossier: Dossier = run.dossier;
  const docs = new Map(dossier.documents.map((d) => [d.file.split('/').pop()!.replace(/#\d+$/, ''), d]));
  for (const name of Object.keys(GOOD)) assert.ok(docs.has(name), `good report ${name} in the dossier`);
  const warned = (name: string, pattern: RegExp) => {
    const doc = docs.get(name);
    assert.ok(doc, `${name} read`);
    assert.ok(
      doc.warnings.some((w) => pattern.test(w)),
      `${name}: ${JSON.stringify(doc.warnings)}`,
    );
    assert.ok(
      dossier.warnings.some((w) => w.file.includes(name) && pattern.test(w.message)),
      `${name} in the run's warnings`,
    );
  };
  warned('dates.txt', /pieces of sentences too long/);
  warned('word.txt', /pieces of sentences too long/);
  warned('deep.html', /^HTML nested \d+ elements deep/);
  warned('tables.html', /^HTML nested \d+ elements deep|^HTML tables nested/);
  warned('deep.json', /nested more than 100 levels deep/);
  warned('deep-author.jsonl', /nested more than 100 levels deep/);
  warned('paras.txt', /only the first 50000 were read as claims/);
  warned('nul.txt', /control character/);
  warned('ctrl.txt', /control character/);
  assert.equal(docs.get('ja-utf16.txt')?.language, 'ja');
  for (const name of ['spaces.txt', 'markers.txt', 'markers-lines.txt', 'deep-text.html', 'mixed.txt']) assert.ok(docs.has(name), `${name} read`);
  // What is no report is refused, with the reason, and nothing else is; four charsets in one file may be either.
  const failed = run.failedFiles.map((f) => f.split('/').pop()!).filter((f) => f !== 'mixed-many.txt');
  assert.deepEqual(failed.sort(), ['controls.txt', 'deep-array.json']);
  if (!docs.has('mixed-many.txt')) assert.ok(dossier.warnings.some((w) => w.file.endsWith('mixed-many.txt') && /^undecodable: /.test(w.message)));
  const claims = dossier.claims.filter((c) => c.doc === docs.get('good-wire.txt')!.id);
  assert.ok(claims.some((c) => /Twelve states signed/.test(c.text)));
});
