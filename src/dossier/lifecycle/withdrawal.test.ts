// A withdrawal told in two steps, and several states signing at once, with sentences of our own wording (a fictional Danube accord between Hungary
// and Slovakia; a fictional multilateral river convention): the notice, then the withdrawal taking effect.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLifecycle } from './index.ts';
import { makeDoc, makeRecord, type SentenceSpec } from './testing.ts';

const HU = ['Hungary', 'HU'] as [string, string];
const SK = ['Slovakia', 'SK'] as [string, string];

function lifecycleOf(sentences: SentenceSpec[], parties: string[], multilateral = false) {
  const { doc, claims } = makeDoc('d1', { published: '2025-06-30' }, sentences);
  const record = makeRecord([doc], { parties, signed: { date: '2001-05-04', place: null } });
  if (multilateral) record.agreement.multilateral = true;
  return buildLifecycle([doc], claims, record)
    .lifecycle.filter((e) => e.step !== 'signed' || e.party)
    .map((e) => [e.step, e.date, e.party]);
}

const NOTICE: SentenceSpec = {
  text: 'Hungary served formal notice of its withdrawal from the accord on 9 May 2024.',
  dates: [['9 May 2024', '2024-05-09']],
  parties: [HU],
};
const EFFECT: SentenceSpec = {
  text: 'Hungary withdrew from the accord on 9 November 2024, six months after serving notice.',
  dates: [['9 November 2024', '2024-11-09']],
  parties: [HU],
};

test('bilateral: the notice is the denunciation, the withdrawal taking effect ends the treaty', () => {
  assert.deepEqual(lifecycleOf([NOTICE, EFFECT], ['HU', 'SK']), [
    ['denounced', '2024-05-09', 'HU'],
    ['terminated', '2024-11-09', null],
  ]);
});

test('bilateral: a timeline line telling the withdrawal taking effect ends the treaty', () => {
  const line: SentenceSpec = {
    text: '- 9 November 2024 - The Hungarian withdrawal takes effect.',
    dates: [['9 November 2024', '2024-11-09']],
    unit: 'list-item',
  };
  assert.deepEqual(lifecycleOf([line], ['HU', 'SK']), [['terminated', '2024-11-09', null]]);
});

test("multilateral: the notice is the state's denunciation, the withdrawal taking effect its termination", () => {
  assert.deepEqual(
    lifecycleOf(
      [NOTICE, EFFECT, { text: 'Slovakia ratified the convention on 3 March 2003.', dates: [['3 March 2003', '2003-03-03']], parties: [SK] }],
      ['HU', 'SK', 'AT'],
      true,
    ),
    [
      ['ratified', '2003-03-03', 'SK'],
      ['denounced', '2024-05-09', 'HU'],
      ['terminated', '2024-11-09', 'HU'],
    ],
  );
});

test('a protocol on the exchange of instruments is no amendment', () => {
  const { doc, claims } = makeDoc('d1', { published: '2025-06-30' }, [
    'The two deputy ministers signed the protocol on the exchange at a ceremony in the capital.',
  ]);
  const record = makeRecord([doc], { parties: ['HU', 'SK'], signed: { date: '2001-05-04', place: null } });
  assert.deepEqual(
    buildLifecycle([doc], claims, record).lifecycle.filter((e) => e.step === 'amended'),
    [],
  );
});

test('multilateral: two states signing on a day of their own are each its own signature; bilateral: the signing', () => {
  const line: SentenceSpec = {
    text: '- 9 July 2019 - Togo and Niger sign the convention at a summit in Lomé.',
    dates: [['9 July 2019', '2019-07-09']],
    parties: [
      ['Togo', 'TG'],
      ['Niger', 'NE'],
    ],
    unit: 'list-item',
  };
  assert.deepEqual(lifecycleOf([line], ['TG', 'NE', 'GH'], true), [
    ['signed', '2019-07-09', 'TG'],
    ['signed', '2019-07-09', 'NE'],
  ]);
  assert.deepEqual(lifecycleOf([line], ['TG', 'NE']), []);
});
