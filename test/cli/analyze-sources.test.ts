// Source types are the same however a document reaches the dossier: read now (`analyze --no-store`), read and
// stored, loaded back from the store by a second run, or loaded by the server (Collection.load); and a user's outlet
// register given at analyze time types stored documents as it types fresh ones. On examples/ plus a small pile of
// our own wording (invented outlets): a state agency, a ministry's address, a research bulletin, an untyped report.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/cli/analyze.ts';
import type { OutletRegister } from '../../src/meta/index.ts';
import { openCache } from '../../src/runner/index.ts';
import { Collection } from '../../src/server/collection.ts';
import { MEMORY } from '../../src/store/pglite.ts';
import type { Dossier } from '../../src/types.ts';
import { counting } from '../fixtures/counting-cache.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const PROSE =
  'The two governments agreed to review the river quotas every four years and to set up a joint commission that meets twice a year in either capital.';

const OWN: Record<string, string> = {
  'state-agency.txt': [
    "Lusitania Press Agency | Portugal's state news agency",
    '',
    'Portugal ratifies the Lisbon fisheries accord',
    '',
    `LISBON, 4 May (LPA) - ${PROSE}`,
  ].join('\n'),
  'ministry.json': JSON.stringify({
    url: 'https://www.mfa.gov.sg/newsroom/press-statements/2031/ratification',
    title: 'Singapore deposits its instrument of ratification',
    text: `Singapore deposits its instrument of ratification\n\n${PROSE}`,
  }),
  'bulletin.txt': [
    'FACTBOX: The Baltic cable accord',
    PROSE,
    'Baltic Security Notes is published by the Riga Institute for Strategic Studies. Unsubscribe',
  ].join('\n\n'),
  'bare.txt': ['Harbour accord hailed', 'Officials said on Tuesday that the accord was a milestone.', PROSE].join('\n\n'),
};

/** The user's register: the examples' French paper is a state outlet of its own (invented for this test). */
const USER: OutletRegister = { outlets: [{ names: ['Le Courrier de Merovo'], type: 'state-media', state: 'FR' }] };

let pile: string;
before(() => {
  pile = mkdtempSync(join(tmpdir(), 'pactwatch-sources-'));
  for (const f of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, f), join(pile, f));
  for (const [name, text] of Object.entries(OWN)) writeFileSync(join(pile, name), text);
});
after(() => rmSync(pile, { recursive: true, force: true }));

const sources = (dossier: Dossier) =>
  dossier.documents.map((d) => ({ file: d.file.slice(pile.length + 1), type: d.source_type, state: d.source_state, evidence: d.source_evidence }));

test('the same source types with the store (first run, second run, server load) as without', async () => {
  const alone = sources((await analyze({ paths: [pile], quiet: true, cache: null, workers: false })).dossier);
  // Every kind shows up, and a report with nothing to go on stays null with its reason.
  const byFile = Object.fromEntries(alone.map((s) => [s.file, [s.type, s.state]]));
  assert.deepEqual(byFile['state-agency.txt'], ['state-media', 'PT']);
  assert.deepEqual(byFile['ministry.json#1'], ['government', 'SG']);
  assert.deepEqual(byFile['bulletin.txt'], ['research', null]);
  assert.deepEqual(byFile['bare.txt'], [null, null]);
  assert.deepEqual(byFile['01_velna_treaty_official_text.txt'], ['government', null]);
  assert.deepEqual(byFile['02_signing_wire_report.txt'], ['wire', null]);
  assert.ok(alone.every((s) => typeof s.evidence === 'string' && s.evidence.length > 0));

  const cache = await openCache(MEMORY);
  try {
    const first = counting(cache);
    assert.deepEqual(sources((await analyze({ paths: [pile], quiet: true, cache: first, workers: false })).dossier), alone);
    assert.equal(first.saved, alone.length);
    const second = counting(cache);
    assert.deepEqual(sources((await analyze({ paths: [pile], quiet: true, cache: second, workers: false })).dossier), alone);
    assert.equal(second.saved, 0, 'the second run loads every document from the store');

    // What `serve` shows: the collection loaded from the store (its full JSON, and the documents its compact dossier
    // keeps), and the API's document listing.
    const served = await Collection.load(cache.store, 'default');
    const full = JSON.parse(String((await served.rendered('json', true)).body)) as Dossier;
    assert.deepEqual(
      full.documents.map((d) => [d.source_type, d.source_state, d.source_evidence]),
      alone.map((s) => [s.type, s.state, s.evidence]),
    );
    const compact = served.compactDossier.documents;
    assert.ok(compact.length > 0);
    for (const d of compact) {
      const same = alone.find((s) => join(pile, s.file) === d.file);
      assert.ok(same, d.file);
      assert.deepEqual([d.source_type, d.source_state, d.source_evidence], [same?.type, same?.state, same?.evidence], d.file);
    }
    const listed = await cache.store.listDocuments({ limit: 100 });
    assert.deepEqual(
      listed.items.map((d) => [d.source_type, d.source_state, d.source_evidence]),
      alone.map((s) => [s.type, s.state, s.evidence]),
    );
  } finally {
    await cache.close();
  }
});

test("a user's register at analyze time types stored documents as it types fresh ones", async () => {
  const alone = sources((await analyze({ paths: [pile], quiet: true, cache: null, workers: false, outlets: USER })).dossier);
  const french = alone.find((s) => s.file === '03_assemblee_nationale_approbation_fr.html');
  assert.deepEqual([french?.type, french?.state], ['state-media', 'FR']);
  assert.match(french?.evidence ?? '', /the user's register entry/);

  const cache = await openCache(MEMORY);
  try {
    // Stored without the register, then loaded with it; and the register does not leak into the store.
    await analyze({ paths: [pile], quiet: true, cache, workers: false });
    const second = counting(cache);
    assert.deepEqual(sources((await analyze({ paths: [pile], quiet: true, cache: second, workers: false, outlets: USER })).dossier), alone);
    assert.equal(second.saved, 0);
    const stored = (await cache.store.listDocuments({ limit: 100 })).items.find((d) => d.file.endsWith('03_assemblee_nationale_approbation_fr.html'));
    assert.equal(stored?.source_type, 'press');
  } finally {
    await cache.close();
  }
});
