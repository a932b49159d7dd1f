// The eval floor: analyze each shared eval case and require the scorer's overall to stay at or above a floor
// that is raised as quality rises. The scorer and cases live in ../shared, beside the repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/cli/analyze.ts';
import { render } from '../src/export/index.ts';

const shared = join(import.meta.dirname, '..', '..', 'shared', 'eval');
const FLOORS: Record<string, number> = { seeds: 95, 'practice-harbour': 97 };

for (const [name, floor] of Object.entries(FLOORS)) {
  test(`eval ${name}: overall ≥ ${floor}%`, async () => {
    const { dossier } = await analyze({ paths: [join(shared, name, 'docs')], quiet: true, cache: null });
    const file = join(mkdtempSync(join(tmpdir(), 'pactwatch-eval-')), 'dossier.json');
    writeFileSync(file, render(dossier, 'json'));
    const out = execFileSync(process.execPath, [join(shared, 'score.mjs'), '--dossier', file, '--gold', join(shared, name, 'gold.json')], { encoding: 'utf8' });
    const overall = Number(/overall: ([\d.]+)%/.exec(out)?.[1]);
    assert.ok(overall >= floor, `overall ${overall}% < floor ${floor}%\n${out}`);
  });
}
