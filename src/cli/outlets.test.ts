import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadOutletRegister, OUTLETS_ENV } from './outlets.ts';

const dir = mkdtempSync(join(tmpdir(), 'pw-outlets-'));
const good = join(dir, 'good.json');
const bad = join(dir, 'bad.json');
writeFileSync(good, JSON.stringify({ outlets: [{ names: ['Fjord Courier'], type: 'press', state: null }] }));
writeFileSync(bad, JSON.stringify({ outlets: [{ names: ['Fjord Courier'], type: 'blog' }] }));

test('outlets: the flag names the register; without it the environment does; neither gives none', async () => {
  assert.equal((await loadOutletRegister(good, {}))?.outlets[0].names[0], 'Fjord Courier');
  assert.equal((await loadOutletRegister(undefined, { [OUTLETS_ENV]: good }))?.outlets.length, 1);
  assert.equal(await loadOutletRegister(undefined, {}), null);
});

test('outlets: a malformed or missing file is one error naming the file and the problem', async () => {
  await assert.rejects(loadOutletRegister(bad, {}), /bad\.json: outlets\[0\]: "type" is one of/);
  await assert.rejects(loadOutletRegister(join(dir, 'none.json'), {}), /none\.json: ENOENT/);
});
