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
