import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dossierOf } from '../conflicts/piles/pile.fixture.ts';

// An invented pile: a wire, a paper that credits the wire, an independent paper, and a party's state agency.
const pile = [
  {
    file: 'wire.txt',
    text: 'OSLO, May 2 (Fjordline) - Norway and Chile signed the Fisheries Cooperation Accord in Oslo on 2 May 2041, officials said.\n\nThe accord sets joint quotas for ten years.',
    lang: 'en',
    hints: { outlet: 'Fjordline Wire', published: '2041-05-02' },
  },
  {
    file: 'paper.txt',
    text: 'Norway and Chile signed the Fisheries Cooperation Accord in Oslo on 2 May 2041, according to Fjordline.\n\nFishermen in the south welcomed the quotas.',
    lang: 'en',
    hints: { outlet: 'Valparaíso Evening Post', published: '2041-05-03' },
  },
  {
    file: 'herald.txt',
    text: 'Chile and Norway signed the Fisheries Cooperation Accord in Oslo on 2 May 2041.\n\nThe Storting is expected to vote on it in June.',
    lang: 'en',
    hints: { outlet: 'Southern Cone Herald', published: '2041-05-04' },
  },
];

test('every fact says how many reports state it and how many independent sources they are', () => {
  const d = dossierOf(pile);
  const a = d.agreements[0];
  assert.deepEqual(a.standing?.signed_date.support, { reports: 3, independent: 2 });
  assert.equal(a.standing?.signed_date.status, 'confirmed');
  assert.deepEqual(
    a.repeats?.map((r) => r.why.split(':')[0]),
    ['credits Fjordline Wire'],
  );
  const signed = a.lifecycle.find((e) => e.step === 'signed');
  assert.equal(signed?.status, 'confirmed');
  assert.match(signed!.status_reason!, /2 independent sources/);
});

test('one source alone only reports; a fact no one states is unknown', () => {
  const d = dossierOf([pile[0]]);
  const a = d.agreements[0];
  assert.equal(a.standing?.signed_date.status, 'reported');
  assert.equal(a.obligations.neutrality.status, 'unknown');
});
