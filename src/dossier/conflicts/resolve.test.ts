import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ResolveContext, settle } from './resolve.ts';

// s1, s2 state media of one party; s3 of the other party; p1, p2 independent papers.
const ctx: ResolveContext = {
  officialDocs: new Set(),
  sourceOf: (d) => d,
  partyOf: (d) => ({ s1: 'NO', s2: 'NO', s3: 'CL' })[d] ?? null,
};

test("a party's state media never outvote an independent source", () => {
  const c = settle(
    'date',
    'the date of the signing',
    [
      { value: '2041-05-02', docs: ['s1', 's2', 's3'], claims: [] },
      { value: '2041-05-03', docs: ['p1'], claims: [] },
    ],
    ctx,
  );
  assert.equal(c.resolved?.value, '2041-05-03');
  assert.match(c.resolved!.basis, /own media not counted/);
});

test('when independent sources split evenly, state media do not break the tie', () => {
  const c = settle(
    'place',
    'the place of the signing',
    [
      { value: 'Bergen', docs: ['p1', 's1'], claims: [] },
      { value: 'Oslo', docs: ['p2'], claims: [] },
    ],
    ctx,
  );
  assert.equal(c.resolved, null);
});

test('state media count when no independent source takes a side', () => {
  const c = settle(
    'date',
    'the date of the signing',
    [
      { value: '2041-05-02', docs: ['s1', 's3'], claims: [] },
      { value: '2041-05-03', docs: ['s2'], claims: [] },
    ],
    ctx,
  );
  assert.equal(c.resolved?.value, '2041-05-02');
});
