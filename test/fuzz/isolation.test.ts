// Isolation (issue 15, deliver 3): each document is prepared on a worker under a time budget; a stuck worker is
// stopped and replaced, a dead one replaced, and only that document fails, with an error that says why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocuments, workerPreparer } from '../../src/runner/index.ts';
import type { RawDocument, Warning } from '../../src/types.ts';

const FIXTURE = new URL('./worker-fixture.mjs', import.meta.url);
const raw = (file: string, text: string): RawDocument => ({ file, sha256: file, format: 'text', text, html: null, hints: {}, charset: 'UTF-8', warnings: [] });

test('a stuck worker fails its document after the budget and the others are prepared, in order', async () => {
  const preparer = workerPreparer({ size: 2, entry: FIXTURE, budgetMs: () => 1500 });
  const warnings: Warning[] = [];
  try {
    const inputs = [
      raw('a.txt', 'fine'),
      raw('stuck.txt', 'hang'),
      raw('b.txt', 'fine'),
      raw('dead.txt', 'crash'),
      raw('bug.txt', 'throw'),
      raw('c.txt', 'fine'),
    ];
    const more = Array.from({ length: 6 }, (_, i) => raw(`n${i}.txt`, 'fine'));
    const { items } = await readDocuments([...inputs, ...more], { cache: null, version: 'test', collection: 'default', preparer, warnings });
    assert.deepEqual(
      items.map((p) => p.doc.file),
      ['a.txt', 'b.txt', 'c.txt', ...more.map((r) => r.file)],
    );
    const errors = Object.fromEntries(warnings.map((w) => [w.file, w.message]));
    assert.match(errors['stuck.txt'], /^could not be analyzed: not prepared within its time budget \(1\.5 s\): its worker was stopped$/);
    assert.match(errors['dead.txt'], /^could not be analyzed: its worker stopped \(exit code 3\)$/);
    assert.equal(errors['bug.txt'], 'could not be analyzed: a bug');
    assert.equal(warnings.length, 3);
  } finally {
    await preparer.close();
  }
});

test("a document's budget starts once its worker has loaded: a slow start fails nothing", async () => {
  // Workers start with a copy of the environment when the first document comes.
  process.env.FIXTURE_START_MS = '1200';
  const preparer = workerPreparer({ size: 1, entry: FIXTURE, budgetMs: () => 400 });
  const warnings: Warning[] = [];
  try {
    const { items } = await readDocuments([raw('a.txt', 'fine'), raw('b.txt', 'fine')], {
      cache: null,
      version: 'test',
      collection: 'default',
      preparer,
      warnings,
    });
    assert.deepEqual(
      items.map((p) => p.doc.file),
      ['a.txt', 'b.txt'],
    );
    assert.deepEqual(warnings, []);
  } finally {
    delete process.env.FIXTURE_START_MS;
    await preparer.close();
  }
});

test('a worker that cannot start fails every document with the reason, and the run ends', async () => {
  const preparer = workerPreparer({ size: 1, entry: new URL('./no-such-worker.mjs', import.meta.url) });
  const warnings: Warning[] = [];
  try {
    const { items } = await readDocuments([raw('a.txt', 'x'), raw('b.txt', 'y')], { cache: null, version: 'test', collection: 'default', preparer, warnings });
    assert.equal(items.length, 0);
    assert.equal(warnings.length, 2);
    for (const w of warnings) assert.match(w.message, /^could not be analyzed: no worker could start: /);
  } finally {
    await preparer.close();
  }
});

test('the real worker prepares a report', async () => {
  const preparer = workerPreparer({ size: 1 });
  try {
    const p = await preparer.prepare(raw('ok.txt', 'Ardenia and Belmark signed a treaty on river transport on 3 March 2031 in Ardport.'));
    assert.equal(p.doc.file, 'ok.txt');
    assert.ok(p.claims.length >= 1);
  } finally {
    await preparer.close();
  }
});
