// The analyze run end to end on a pile mixing good and bad files: on worker threads with a store, and through
// the CLI writing its JSON to a file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/cli/analyze.ts';
import { openCache, type StoreCache } from '../../src/runner/index.ts';
import { MEMORY } from '../../src/store/pglite.ts';
import { counting } from '../fixtures/counting-cache.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
let pile: string;

before(() => {
  pile = mkdtempSync(join(tmpdir(), 'pactwatch-analyze-'));
  for (const f of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, f), join(pile, f));
  copyFileSync(join(EXAMPLES, '02_signing_wire_report.txt'), join(pile, '02_copy.txt'));
  writeFileSync(join(pile, 'empty.txt'), '');
  writeFileSync(join(pile, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 255, 254]));
});
after(() => rmSync(pile, { recursive: true, force: true }));

test('analyze on workers keeps every good file, names each bad one, and a second run writes nothing new', async () => {
  const cache = await openCache(MEMORY);
  try {
    const first = counting(cache);
    const run = await analyze({ paths: [pile], quiet: true, cache: first, workers: true });
    const reports = run.dossier.documents;
    // Four files, one of them JSONL with several reports; the copy is stored once.
    assert.ok(reports.length >= 5, `${reports.length} documents`);
    assert.equal(first.saved, reports.length);
    assert.deepEqual(run.failedFiles.map((f) => f.split('/').pop()).sort(), ['binary.txt', 'empty.txt']);
    const duplicate = run.dossier.warnings.filter((w) => /exact duplicate/.test(w.message));
    assert.deepEqual(
      duplicate.map((w) => w.file.split('/').pop()),
      ['02_signing_wire_report.txt'],
    );
    assert.match(duplicate[0].message, /02_copy\.txt/);
    assert.equal(run.dossier.agreements.length, 1);
    // The example treaty's record: both states, each step by the right one, the entry into force reported.
    const [treaty] = run.dossier.agreements;
    assert.deepEqual(treaty.parties, ['Kastria', 'Orvenia']);
    assert.deepEqual(
      treaty.lifecycle?.map((e) => [e.step, e.date, e.party]),
      [
        ['signed', '2029-04-12', null],
        ['approved-by-legislature', '2029-06-14', 'Orvenia'],
        ['ratified', '2029-06-20', 'Orvenia'],
        ['approved-by-legislature', '2029-07-04', 'Kastria'],
        ['ratified', '2029-07-10', 'Kastria'],
        ['instruments-exchanged', '2029-09-03', null],
        ['entered-into-force', '2029-10-03', null],
      ],
    );

    const second = counting(cache);
    const again = await analyze({ paths: [pile], quiet: true, cache: second, workers: true });
    assert.equal(second.saved, 0);
    assert.deepEqual(
      again.dossier.claims.map((c) => c.text),
      run.dossier.claims.map((c) => c.text),
    );
    assert.deepEqual(again.dossier.agreements, run.dossier.agreements);
  } finally {
    await cache.close();
  }
});

test('the CLI writes the JSON dossier to --out and exits 1 when a file failed', () => {
  const out = join(pile, '..', `${pile.split('/').pop()}-dossier.json`);
  try {
    const run = spawnSync(process.execPath, ['bin/pactwatch.mjs', 'analyze', pile, '--no-store', '--quiet', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /empty\.txt/);
    const text = readFileSync(out, 'utf8');
    const dossier = JSON.parse(text);
    assert.equal(text, `${JSON.stringify(dossier, null, 2)}\n`);
    assert.ok(dossier.documents.length >= 5);
    assert.equal(dossier.claims.at(-1).id, `c${dossier.claims.length}`);
  } finally {
    rmSync(out, { force: true });
  }
});
