// A document's identity reused from the last update (identityAgain) is the one identityOf gives now: reused
// while nothing it was read against changed, read again when the candidates or a tie's support did.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identityAgain, identityOf } from './identity.ts';
import type { RunProfile } from './profile.ts';

/** A run naming the rail treaty and the fishing accord twice each, and signing one of them on a date. */
const run: RunProfile = {
  doc: 'd1',
  named: new Map([
    ['rail|2031', { count: 2, sides: [] }],
    ['fish|2030', { count: 2, sides: [] }],
  ]),
  signed: [{ date: '2031-03-03', sigs: ['rail|2031'], parties: ['AR', 'BE'] }],
  mentioned: new Set(['AR', 'BE']),
};
const candidate = new Map([
  ['rail|2031', 0],
  ['fish|2030', 1],
]);
const PILE = 'rail|2031\u0002fish|2030';

test('a tie between two named agreements follows their support, reused or not', () => {
  const railBacked = identityAgain('d1', [run], candidate, [5, 3], PILE);
  assert.deepEqual(railBacked, identityOf('d1', [run], candidate, [5, 3]));
  assert.equal(railBacked.instrument, 0);
  assert.equal(identityAgain('d1', [run], candidate, [5, 3], PILE), railBacked, 'nothing changed: the same object');
  // The fishing accord now has more reports behind it: the tie goes the other way.
  const fishBacked = identityAgain('d1', [run], candidate, [3, 5], PILE);
  assert.equal(fishBacked.instrument, 1);
  assert.deepEqual(fishBacked, identityOf('d1', [run], candidate, [3, 5]));
});

test('an identity is read again when the candidates of the pile change', () => {
  const before = identityAgain('d2', [{ ...run, doc: 'd2' }], candidate, [5, 3], PILE);
  const swapped = new Map([
    ['rail|2031', 1],
    ['fish|2030', 0],
  ]);
  const after = identityAgain('d2', [{ ...run, doc: 'd2' }], swapped, [3, 5], 'fish|2030\u0002rail|2031');
  assert.notEqual(after, before);
  assert.deepEqual(after, identityOf('d2', [{ ...run, doc: 'd2' }], swapped, [3, 5]));
});
