import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Agreement, Dossier, LifecycleEvent } from '../types.ts';
import { formatDate, misstatements, partyName, partyProgress, quoteText, statusHeadline, unsupported, valueLabel } from './view.ts';

const agreement = sampleDossier.agreements[0];
const event = (step: LifecycleEvent['step'], date: string | null, party: string | null = null): LifecycleEvent => ({
  step,
  date,
  party,
  body: null,
  ref: null,
  claims: [],
  docs: [],
});
const withLifecycle = (lifecycle: LifecycleEvent[]): Agreement => ({ ...agreement, lifecycle });

test('formatDate keeps the precision the source gave', () => {
  assert.equal(formatDate('2031-03-04'), '4 Mar 2031');
  assert.equal(formatDate('2030-10'), 'Oct 2030');
  assert.equal(formatDate('1998'), '1998');
  assert.equal(formatDate(null), 'date unknown');
  assert.equal(formatDate('2024-06-19T10:00:00Z'), '19 Jun 2024');
});

test('partyName names ISO codes and keeps names of states without one', () => {
  assert.equal(partyName('RU'), 'Russian Federation');
  assert.equal(partyName('KP'), 'North Korea');
  assert.equal(partyName('Aurelia'), 'Aurelia');
  assert.equal(partyName('X1'), 'X1');
  assert.equal(partyName(null), 'All parties');
});

test('statusHeadline: in force, ended, pending, or nothing known', () => {
  assert.deepEqual(statusHeadline(agreement), { headline: 'Not yet in force', tone: 'pending' });
  assert.equal(statusHeadline(withLifecycle([event('signed', '2030-01-01'), event('entered-into-force', '2030-06-01')])).tone, 'ok');
  assert.deepEqual(statusHeadline(withLifecycle([event('entered-into-force', '2030-06-01'), event('denounced', '2033-01-01', 'Aurelia')])), {
    headline: 'Denounced',
    tone: 'ended',
  });
  assert.equal(statusHeadline(withLifecycle([])).tone, 'unknown');
});

test('partyProgress takes the furthest step even when it has no date', () => {
  const progress = partyProgress(agreement);
  assert.deepEqual(
    progress.map((p) => [p.party, p.event?.step, p.event?.date]),
    [
      ['Aurelia', 'ratified', '2030-11-28'],
      ['Brennmark', 'ratified', null],
    ],
  );
});

test('misstatements: one per document whose value contradicts the resolution, honouring misstated_by', () => {
  assert.deepEqual(
    misstatements(sampleDossier).map((m) => [m.doc.id, m.value.value, m.claims.map((c) => c.id)]),
    [
      ['d2', '5', ['c12']],
      ['d3', '2030-09-11', ['c17']],
    ],
  );
  const d: Dossier = structuredClone(sampleDossier);
  d.conflicts[0].misstated_by = [];
  d.conflicts[1].resolved = null;
  assert.deepEqual(misstatements(d), []);
  assert.deepEqual(
    unsupported(sampleDossier).map((u) => [u.doc.id, u.event.step, u.claims.map((c) => c.id)]),
    [['d2', 'amended', ['c15']]],
  );
});

test('valueLabel and quoteText read as prose', () => {
  assert.equal(valueLabel(sampleDossier.conflicts[0], '5'), 'Article 5');
  assert.equal(valueLabel(sampleDossier.conflicts[1], '2030-09-11'), '11 Sep 2030');
  assert.equal(quoteText(sampleDossier.claims.find((c) => c.id === 'c17')!), 'Signed in Veltrava on 11 September 2030.');
});
