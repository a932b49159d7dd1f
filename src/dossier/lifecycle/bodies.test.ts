// A chamber's step told without its state ("May 27 - The Senate approves the treaty") in a bilateral agreement
// whose other reports name that chamber's state; sentences of our own wording (a fictional Danube accord).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLifecycle } from './index.ts';
import { makeDoc, makeRecord, type SentenceSpec } from './testing.ts';

const SENATE = (state: string | null): [string, string, 'legislature', string | null] => ['Senate', 'Senate', 'legislature', state];

function lifecycleOf(sentences: SentenceSpec[], parties: string[], multilateral = false) {
  const { doc, claims } = makeDoc('d1', { published: '2025-06-30' }, sentences);
  const record = makeRecord([doc], { parties, signed: { date: '2001-05-04', place: null } });
  if (multilateral) record.agreement.multilateral = true;
  return buildLifecycle([doc], claims, record)
    .lifecycle.filter((e) => e.step !== 'signed')
    .map((e) => [e.step, e.date, e.party]);
}

const SENT: SentenceSpec = {
  text: 'The Czech government sent the accord to the Senate on 3 June 2001.',
  dates: [['3 June 2001', '2001-06-03']],
  parties: [['Czech', 'CZ']],
  bodies: [SENATE('CZ')],
};
const APPROVES: SentenceSpec = {
  text: '- 9 July 2001 - The Senate approves the accord by 60 votes to 12.',
  dates: [['9 July 2001', '2001-07-09']],
  bodies: [SENATE(null)],
  unit: 'list-item',
};

test("bilateral: a chamber's step told without its state is the state's the pile names for that chamber", () => {
  assert.deepEqual(lifecycleOf([SENT, APPROVES], ['CZ', 'SK']), [
    ['submitted-for-ratification', '2001-06-03', 'CZ'],
    ['approved-by-legislature', '2001-07-09', 'CZ'],
  ]);
});

test('multilateral: many states have a senate, the step keeps no state', () => {
  assert.deepEqual(lifecycleOf([SENT, APPROVES], ['CZ', 'SK', 'AT'], true), [
    ['submitted-for-ratification', '2001-06-03', 'CZ'],
    ['approved-by-legislature', '2001-07-09', null],
  ]);
});
