// A last check on the shared eval cases (the evidence above is the unit tests): each case's source types, scored
// as the scorer's meta.source-type family scores them, reach 90% with the register emptied, so the evidence
// rules, not a list of outlets, carry them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cleanDocument } from '../../clean/index.ts';
import { ingestBytes } from '../../ingest/index.ts';
import { extractMeta } from '../index.ts';
import { retypeSource } from './index.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval');
const CASES = ['seeds', 'practice-harbour', 'russia-iran-2025', 'russia-dprk-2024-ratification'];
const FLOOR = 0.9;

interface GoldDoc {
  source_type?: string | null;
  source_state?: string | null;
}

for (const name of CASES) {
  const dir = join(SHARED, name);
  test(`shared case ${name}: source types ≥ ${FLOOR * 100}% with an empty register`, { skip: !existsSync(dir) }, async () => {
    const gold: Record<string, GoldDoc> = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')).documents;
    let right = 0;
    let scored = 0;
    const misses: string[] = [];
    for (const file of readdirSync(join(dir, 'docs')).sort()) {
      const { docs } = await ingestBytes(join(dir, 'docs', file), readFileSync(join(dir, 'docs', file)));
      docs.forEach((raw, i) => {
        const g = gold[file] ?? gold[`${file}#${i + 1}`];
        if (!g || !('source_type' in g)) return;
        const cleaned = cleanDocument(raw);
        const meta = extractMeta(raw, cleaned);
        const doc = { ...meta, url: cleaned.hints.url ?? raw.hints.url ?? null, body: cleaned.body, removed: cleaned.removed };
        const got = retypeSource(doc, { register: { outlets: [] } });
        const stateOk = g.source_state == null || /^X\d$/.test(g.source_state) || got.source_state === g.source_state;
        scored++;
        if (got.source_type === (g.source_type ?? null) && stateOk) right++;
        else misses.push(`${file}: ${got.source_type}/${got.source_state} ≠ ${g.source_type}/${g.source_state}`);
      });
    }
    assert.ok(scored > 0 && right / scored >= FLOOR, `${right}/${scored}\n${misses.join('\n')}`);
  });
}
