// The home page's parts in a DOM made by linkedom (no browser): the collections and the comparison drawn from
// the API's JSON with hostile strings kept as text, and alerts read from stream messages defensively.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { collectionOverview, comparison } from '../../src/export/view-overview.ts';
import type { Agreement, Dossier } from '../../src/types.ts';
import { sampleDossier } from '../fixtures/export/sample-dossier.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

before(() => {
  const { document, Node } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document, Node });
});

function hostilePile(): Dossier {
  const a: Agreement = {
    ...structuredClone(sampleDossier.agreements[0]),
    title: `Pact ${HOSTILE}`,
    aliases: [`pact ${HOSTILE}`],
    parties: [HOSTILE, 'Brennmark'],
  };
  return { ...sampleDossier, agreements: [a] };
}

test('the collections, the unsorted pile and the comparison, every report string as text', async () => {
  const { homeSections } = await import('../../web/src/home.ts');
  const pile = collectionOverview(`pile"${HOSTILE}`, hostilePile(), false, '2031-06-01');
  const unsorted = collectionOverview('unsorted', { ...sampleDossier, agreements: [], conflicts: [] }, true, '2031-06-01');
  const sections = homeSections([pile, unsorted], comparison([pile, unsorted]), null);
  assert.equal(
    sections.map((s) => s.querySelectorAll('img, script').length).reduce((a, b) => a + b),
    0,
    'no element made from a report string',
  );
  const [list, apart, table] = sections;
  const row = list.querySelector('tr.collection')!;
  assert.equal(row.querySelector('.collection-link')!.textContent, `Pact ${HOSTILE}`);
  const href = row.querySelector('.collection-link')!.getAttribute('href')!;
  assert.equal(new URL(href, 'http://pactwatch.test').searchParams.get('collection'), `pile"${HOSTILE}`);
  assert.equal(row.querySelector('.stage')!.textContent, 'Instruments exchanged');
  assert.equal(row.querySelector('.reports-cell')!.textContent, '3');
  assert.match(apart.textContent!, /Unsorted: 3 reports not matched to any agreement/);
  assert.equal(table.querySelectorAll('thead th[data-collection]').length, 1, 'the unsorted pile is not compared');
  assert.match(table.querySelector('tr[data-row=parties] td')!.textContent!, /^<img src=x onerror=alert\(1\)> · Brennmark$/);
  assert.match(table.querySelector('tr[data-row=defense] td')!.textContent!, /^Yes/);
});

test('an empty store has no home sections: the drop zone is the page', async () => {
  const { homeSections } = await import('../../web/src/home.ts');
  assert.deepEqual(homeSections([], null, null), []);
});

test('an alert is read from its message field by field; other shapes are dropped', async () => {
  const { kindLabel, readAlert } = await import('../../web/src/alert-data.ts');
  const sha = 'a'.repeat(64);
  const alert = readAlert(
    JSON.stringify({
      id: 7,
      collection: 'tavria',
      kind: 'event',
      agreement: { id: 'a1', title: 'Pact' },
      summary: `Ratified by Lundmark ${HOSTILE}`,
      evidence: [{ text: 'The king signed the ratification law.', start: 10, end: 48, doc: { sha256: sha, file: 'x.txt', outlet: 'Lundmark Daily' } }],
      at: '2031-03-11T09:00:00Z',
    }),
  );
  assert.deepEqual(alert, {
    kind: 'event',
    collection: 'tavria',
    agreement: 'Pact',
    summary: `Ratified by Lundmark ${HOSTILE}`,
    at: '2031-03-11T09:00:00Z',
    sentence: { text: 'The king signed the ratification law.', start: 10, end: 48, doc: { sha256: sha, name: 'Lundmark Daily' } },
  });
  assert.equal(kindLabel('event'), 'New lifecycle event');
  assert.equal(kindLabel('constructor'), 'Alert');
  for (const bad of ['not json', 'null', '5', '{}', JSON.stringify({ collection: 'x' }), JSON.stringify({ collection: 3, summary: 'y' })])
    assert.equal(readAlert(bad), null, bad);
  // A sentence that cannot be found in its document is quoted without a link to it.
  const unplaced = readAlert(JSON.stringify({ collection: 'x', summary: 'y', evidence: [{ text: 'z', start: -1, end: 2, doc: { sha256: '../etc' } }] }));
  assert.deepEqual(unplaced?.sentence, { text: 'z', start: 0, end: 2, doc: { sha256: '', name: 'Source' } });
});
