// The home page's facts (view-overview.ts) on the hand-built sample agreement at several stages of its life,
// and a pile of two agreements whose conflicts are told apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Agreement, Conflict, Dossier, LifecycleEvent } from '../types.ts';
import { agreementOverview, agreementStage, collectionOverview, comparison } from './view-overview.ts';

const TODAY = '2031-06-01';
const base = sampleDossier.agreements[0];
const ev = (step: LifecycleEvent['step'], date: string | null, party: string | null = null, extra: Partial<LifecycleEvent> = {}): LifecycleEvent => ({
  step,
  date,
  party,
  body: null,
  ref: null,
  claims: [],
  docs: [],
  ...extra,
});
const withLifecycle = (lifecycle: LifecycleEvent[], extra: Partial<Agreement> = {}): Agreement => ({ ...structuredClone(base), lifecycle, ...extra });

test('the stage is how far the agreement has come, an ending step overriding entry into force', () => {
  assert.deepEqual(agreementStage(base, TODAY), { key: 'instruments-exchanged', label: 'Instruments exchanged', tone: 'pending' });
  assert.equal(agreementStage(withLifecycle([ev('signed', '2030-09-12')]), TODAY).key, 'signed');
  assert.equal(agreementStage(withLifecycle([ev('signed', '2030-09-12'), ev('ratified', '2030-11-28', 'Aurelia')]), TODAY).key, 'ratifying');
  assert.equal(agreementStage(withLifecycle([ev('ratified', '2030-11-28', 'Aurelia'), ev('ratified', '2030-12-01', 'Brennmark')]), TODAY).label, 'Ratified');
  const inForce = withLifecycle([...base.lifecycle, ev('entered-into-force', '2031-02-14')]);
  assert.deepEqual(agreementStage(inForce, TODAY), { key: 'in-force', label: 'In force', tone: 'ok' });
  const suspended = withLifecycle([...inForce.lifecycle, ev('suspended', '2031-05-02', 'Brennmark')]);
  assert.deepEqual(agreementStage(suspended, TODAY), { key: 'suspended', label: 'Suspended', tone: 'ended' });
  assert.equal(agreementStage(withLifecycle([], { signed: { date: null, place: null, claims: [] } }), TODAY).key, 'unknown');
});

test('a projected entry into force counts once its date has passed; a protocol’s steps are not the agreement’s', () => {
  const projected = withLifecycle([...base.lifecycle, ev('entered-into-force', '2031-02-14', null, { projected: true })]);
  assert.equal(agreementStage(projected, '2031-02-01').key, 'instruments-exchanged');
  assert.equal(agreementStage(projected, '2031-03-01').key, 'in-force');
  const protocol = withLifecycle([...base.lifecycle, ev('terminated', '2031-04-01', null, { of: 'protocol' })]);
  assert.equal(agreementStage(protocol, TODAY).key, 'instruments-exchanged');
});

test('an agreement’s overview: newest reported event, entry into force, open conflicts and obligations with their status', () => {
  const projected = withLifecycle([...base.lifecycle, ev('entered-into-force', '2031-02-14', null, { projected: true })], {
    obligations: { ...base.obligations, defense: { ...base.obligations.defense, status: 'confirmed', support: { reports: 2, independent: 2 } } },
  });
  const open: Conflict = { slot: 'place', about: 'the place of signature', values: [], resolved: null };
  const d = { ...sampleDossier, conflicts: [...sampleDossier.conflicts, open] };
  const o = agreementOverview(d, projected, TODAY);
  assert.equal(o.name, 'mutual assistance pact');
  assert.deepEqual(o.latest_event, {
    step: 'instruments-exchanged',
    label: 'Instruments exchanged',
    date: '2031-01-15',
    party: null,
    party_name: null,
    text: 'Instruments exchanged in Veltrava, 15 Jan 2031',
  });
  assert.deepEqual(o.entered_into_force, { date: '2031-02-14', projected: true });
  assert.equal(o.signed, '2030-09-12');
  assert.equal(o.open_conflicts, 1);
  assert.deepEqual(o.obligations.defense, {
    value: true,
    status: 'confirmed',
    status_reason: null,
    support: { reports: 2, independent: 2 },
    conditions: base.obligations.defense.conditions,
  });
  assert.equal(o.obligations.neutrality.value, null);
  assert.deepEqual(Object.keys(o.obligations).length, 7);
});

test('a pile of two agreements counts each one’s conflicts; the unsorted pile stays out of the comparison', () => {
  const other: Agreement = { ...withLifecycle([ev('signed', '2029-04-02', 'Osteria')]), id: 'a2', title: 'Tariff Pact of Vell', aliases: [] };
  const conflicts: Conflict[] = [
    { ...sampleDossier.conflicts[0], agreement: 'a1' },
    { slot: 'date', about: 'the date of signature', values: [], resolved: null, agreement: 'a2' },
    { slot: 'place', about: 'the place of signature', values: [], resolved: null, agreement: 'a2' },
  ];
  const pile: Dossier = { ...sampleDossier, agreements: [base, other], conflicts };
  const both = collectionOverview('pile', pile, false, TODAY);
  assert.deepEqual(
    both.agreements.map((a) => [a.name, a.open_conflicts]),
    [
      ['mutual assistance pact', 0],
      ['Tariff Pact of Vell', 2],
    ],
  );
  assert.equal(both.open_conflicts, 2);
  assert.equal(both.documents, 3);
  const unsorted = collectionOverview('unsorted', { ...sampleDossier, agreements: [other], conflicts: [] }, true, TODAY);
  const table = comparison([both, unsorted]);
  assert.deepEqual(
    table.agreements.map((a) => `${a.collection}/${a.id}`),
    ['pile/a1', 'pile/a2'],
  );
  assert.deepEqual(
    table.obligations.map((o) => o.key),
    ['defense', 'offense', 'neutrality', 'nonaggression', 'consultation', 'no_competing_commitments', 'no_territory_use'],
  );
});
