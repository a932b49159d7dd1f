// The values of a conflict as statements give them (distinctValues), and settle's edge cases: one value, three
// values, two official texts that disagree, a party's voice beside an independent one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctValues, type ResolveContext, settle } from './resolve.ts';

const ctx = (over: Partial<ResolveContext> = {}): ResolveContext => ({ officialDocs: new Set(), sourceOf: (d) => d, ...over });

test('distinctValues: one value per key, shown as first written, each document and claim once', () => {
  assert.deepEqual(
    distinctValues([
      { value: '4 May 2033', key: '2033-05-04', doc: 'd1', claim: 'c1' },
      { value: 'May 4', key: '2033-05-04', doc: 'd1', claim: 'c2' },
      { value: '4 May 2033', key: '2033-05-04', doc: 'd1', claim: 'c1' },
      { value: '5 May 2033', key: '2033-05-05', doc: 'd2', claim: null },
      { value: 'May 4, 2033', key: '2033-05-04', doc: 'd3', claim: 'c5' },
    ]),
    [
      { value: '4 May 2033', docs: ['d1', 'd3'], claims: ['c1', 'c2', 'c5'] },
      { value: '5 May 2033', docs: ['d2'], claims: [] },
    ],
  );
});

test('distinctValues: a document that gives two different values abstains, whatever their order', () => {
  const statements = [
    { value: 'Kessa', doc: 'd1', claim: 'c1' },
    { value: 'Ostberg', doc: 'd1', claim: 'c2' },
    { value: 'Kessa', doc: 'd1', claim: 'c3' },
    { value: 'Ostberg', doc: 'd2', claim: 'c4' },
  ];
  assert.deepEqual(distinctValues(statements), [{ value: 'Ostberg', docs: ['d2'], claims: ['c4'] }]);
  assert.deepEqual(distinctValues([...statements].reverse()), [{ value: 'Ostberg', docs: ['d2'], claims: ['c4'] }]);
});

test('settle: a single value is no conflict to settle', () => {
  const c = settle('place', 'the place of the signing', [{ value: 'Kessa', docs: ['d1', 'd2'], claims: [] }], ctx());
  assert.equal(c.resolved, null);
  assert.equal(c.misstated_by, undefined);
});

test('settle: with three values the basis counts each, and every document of a losing value misstated it', () => {
  const c = settle(
    'date',
    'the signing date',
    [
      { value: '2033-05-04', docs: ['d1', 'd2'], claims: [] },
      { value: '2033-05-05', docs: ['d3'], claims: [] },
      { value: '2033-05-06', docs: ['d4'], claims: [] },
    ],
    ctx(),
  );
  assert.deepEqual(c.resolved, { value: '2033-05-04', basis: 'majority of independent sources (2 vs 1 vs 1)' });
  assert.deepEqual(c.misstated_by, ['d3', 'd4']);
});

test('settle: when two official texts disagree the majority decides, and an official text is never accused', () => {
  const c = settle(
    'date',
    'the signing date',
    [
      { value: '2033-05-04', docs: ['o1', 'd1', 'd2'], claims: [] },
      { value: '2033-05-05', docs: ['o2', 'd3'], claims: [] },
    ],
    ctx({ officialDocs: new Set(['o1', 'o2']) }),
  );
  assert.equal(c.resolved?.value, '2033-05-04');
  assert.deepEqual(c.misstated_by, ['d3']);
});

test("settle: a party's voice is set aside, and said so, as soon as one independent source takes a side", () => {
  const partyOf = (d: string) => ({ s1: 'VL', s2: 'VL', s3: 'OS' })[d] ?? null;
  // Only one value has an independent source: it wins 1 to 0, however many state media give the other.
  const one = settle(
    'place',
    'the place of the signing',
    [
      { value: 'Kessa', docs: ['s1', 'p1'], claims: [] },
      { value: 'Ostberg', docs: ['s2', 's3'], claims: [] },
    ],
    ctx({ partyOf }),
  );
  assert.deepEqual(one.resolved, { value: 'Kessa', basis: "majority of independent sources (1 vs 0); a party's own media not counted against them" });
  // A party's voice beside independent ones on the winning side is set aside too, and the basis says so.
  const mixed = settle(
    'place',
    'the place of the signing',
    [
      { value: 'Kessa', docs: ['p1', 'p2', 's1'], claims: [] },
      { value: 'Ostberg', docs: ['p3'], claims: [] },
    ],
    ctx({ partyOf }),
  );
  assert.deepEqual(mixed.resolved, { value: 'Kessa', basis: "majority of independent sources (2 vs 1); a party's own media not counted against them" });
  // No party voice at all: nothing set aside.
  const plain = settle(
    'place',
    'the place of the signing',
    [
      { value: 'Kessa', docs: ['p1', 'p2'], claims: [] },
      { value: 'Ostberg', docs: ['p3'], claims: [] },
    ],
    ctx({ partyOf }),
  );
  assert.equal(plain.resolved?.basis, 'majority of independent sources (2 vs 1)');
});

test('settle: the official text settles a value against a majority of reports, and is said to', () => {
  const c = settle(
    'date',
    'the signing date',
    [
      { value: '2033-05-04', docs: ['o1', 'd3'], claims: [] },
      { value: '2033-05-05', docs: ['d1', 'd2'], claims: [] },
    ],
    ctx({ officialDocs: new Set(['o1']) }),
  );
  assert.deepEqual(c.resolved, { value: '2033-05-04', basis: 'official text' });
  assert.deepEqual(c.misstated_by, ['d1', 'd2']);
});
