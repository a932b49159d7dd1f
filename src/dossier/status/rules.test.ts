import assert from 'node:assert/strict';
import { test } from 'node:test';
import { standingOf, type Voices } from './rules.ts';

// d1 official text; d2, d3 independent papers; d4 a copy of d3; d5, d6 state media of party NO; d7 of party CL.
const PARTY: Record<string, string> = { d5: 'NO', d6: 'NO', d7: 'CL' };
const voices: Voices = {
  sourceOf: (d) => (d === 'd4' ? 'd3' : d),
  isOfficial: (d) => d === 'd1',
  partyOf: (d) => PARTY[d] ?? null,
  nameOf: (d) => `outlet ${d}`,
};

test('the official text confirms', () => {
  assert.equal(standingOf(['d1'], voices).status, 'confirmed');
});

test('two independent sources confirm; a copy does not add one', () => {
  const two = standingOf(['d2', 'd3'], voices);
  assert.deepEqual([two.status, two.support], ['confirmed', { reports: 2, independent: 2 }]);
  const copy = standingOf(['d3', 'd4'], voices);
  assert.deepEqual([copy.status, copy.support], ['reported', { reports: 2, independent: 1 }]);
});

test("one party's state media alone only report, however many; two parties' or one with a paper confirm", () => {
  const own = standingOf(['d5', 'd6'], voices);
  assert.equal(own.status, 'reported');
  assert.match(own.status_reason, /only NO's own voice/);
  assert.equal(standingOf(['d5', 'd7'], voices).status, 'confirmed');
  assert.equal(standingOf(['d5', 'd2'], voices).status, 'confirmed');
});

test('a dispute or a fact no report states: disputed, unknown', () => {
  assert.equal(standingOf(['d2', 'd3'], voices, { disputed: 'sources disagree' }).status, 'disputed');
  assert.equal(standingOf([], voices).status, 'unknown');
  assert.equal(standingOf([], voices, { notReported: 'projected' }).status_reason, 'projected');
});
