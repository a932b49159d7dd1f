import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vote } from './merge.ts';

const own = (doc: string) => doc;
const said = (pairs: [string, string][]) => pairs.map(([value, doc]) => ({ value, doc }));

test('the day most sources give wins over another day, though a month agrees with both', () => {
  const values = said([
    ['2031-06-19', 'a'],
    ['2031-06-19', 'b'],
    ['2031-06-20', 'c'],
    ['2031-06', 'd'],
    ['2031-06', 'e'],
  ]);
  assert.equal(vote(values, own), '2031-06-19');
});

test('two days as many sources give each: the month they share', () => {
  const values = said([
    ['2031-06-19', 'a'],
    ['2031-06-20', 'b'],
    ['2031-06', 'c'],
  ]);
  assert.equal(vote(values, own), '2031-06');
});

test('a day a month-only source agrees with is that day', () => {
  assert.equal(
    vote(
      said([
        ['2031-06-19', 'a'],
        ['2031-06', 'b'],
        ['2031-06', 'c'],
      ]),
      own,
    ),
    '2031-06-19',
  );
});

test('an assembly that approves the agreement again, after a veto, takes a second step; a date slip stays one', async () => {
  const { buildLifecycle } = await import('./index.ts');
  const { makeDoc, makeRecord } = await import('./testing.ts');
  const parts = [
    makeDoc('a', { kind: 'factbox', published: '2031-12-01' }, [
      {
        text: '- 20 June 2031: The Assembly of Valdoria approves the agreement.',
        dates: [['20 June 2031', '2031-06-20']],
        parties: [['Valdoria', 'VD']],
        bodies: [['Assembly', 'Assembly', 'legislature', 'VD']],
      },
      {
        text: '- 5 July 2031: The Assembly approves the agreement again after the president’s veto.',
        dates: [['5 July 2031', '2031-07-05']],
        bodies: [['Assembly', 'Assembly', 'legislature', null]],
      },
    ]),
    makeDoc('b', { published: '2031-06-22' }, [
      {
        text: 'The Assembly of Valdoria approved the agreement on 21 June 2031.',
        dates: [['21 June 2031', '2031-06-21']],
        parties: [['Valdoria', 'VD']],
        bodies: [['Assembly', 'Assembly', 'legislature', 'VD']],
      },
    ]),
  ];
  const docs = parts.map((p) => p.doc);
  const record = makeRecord(docs, { parties: ['VD', 'OS'], signed: { date: '2031-06-17', place: null } });
  const r = buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    record,
  );
  assert.deepEqual(
    r.lifecycle.filter((e) => e.step === 'approved-by-legislature').map((e) => [e.party, e.docs]),
    [
      ['VD', ['a', 'b']],
      ['VD', ['a']],
    ],
  );
});
