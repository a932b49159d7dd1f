// Bounded work for any input (issue 15, deliver 2): hostile files (./hostile-files.ts) beside three good
// reports go through `analyze` on its workers: no crash, every good report in the dossier, and every cap said
// as a warning on its document. The time each pattern takes is measured in bench/hostile.ts, not here.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyze } from '../../src/cli/analyze.ts';
import type { Dossier } from '../../src/types.ts';
import { GOOD, writePile } from './hostile-files.ts';

let pile: string;
before(() => {
  // What is asserted here is the caps, not the time (test/fuzz/isolation.test.ts tests the budget): a loaded
  // machine must not turn a slow read into a failed one.
  process.env.PACTWATCH_DOCUMENT_SECONDS ??= '300';
  pile = mkdtempSync(join(tmpdir(), 'pactwatch-hostile-'));
  writePile(pile);
});
after(() => rmSync(pile, { recursive: true, force: true }));

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
