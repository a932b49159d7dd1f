// The CLI links a syndicated copy to the report it repeats (near_duplicate_of in the dossier), and leaves an
// independent report of the same event unlinked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Dossier } from '../../src/types.ts';
import { COPY, INDEPENDENT, ORIGINAL } from '../fixtures/syndicated.ts';

const BIN = fileURLToPath(new URL('../../bin/pactwatch.mjs', import.meta.url));

test('analyze links a syndicated copy to the report it repeats, and only that one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-near-duplicates-'));
  try {
    const out = join(dir, 'dossier.json');
    for (const [name, text] of [
      ['1-wire.txt', ORIGINAL],
      ['2-reaction.txt', INDEPENDENT],
      ['3-ledger.txt', COPY],
    ]) {
      writeFileSync(join(dir, name), text);
    }
    const r = spawnSync(process.execPath, [BIN, 'analyze', dir, '--no-store', '--quiet', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const dossier: Dossier = JSON.parse(readFileSync(out, 'utf8'));
    const byFile = Object.fromEntries(dossier.documents.map((d) => [d.file.split('/').pop(), d]));
    assert.deepEqual(Object.keys(byFile).sort(), ['1-wire.txt', '2-reaction.txt', '3-ledger.txt']);
    assert.equal(byFile['1-wire.txt'].near_duplicate_of, null);
    assert.equal(byFile['2-reaction.txt'].near_duplicate_of, null);
    assert.equal(byFile['3-ledger.txt'].near_duplicate_of, byFile['1-wire.txt'].id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
