import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { estimatedJaccard, linkNearDuplicates, minhashSignature, NEAR_DUPLICATE_THRESHOLD, SIGNATURE_SIZE } from './near-duplicates.ts';

const harbour = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'practice-harbour', 'docs');
const docs = readdirSync(harbour)
  .sort()
  .map((f) => ({ id: f, body: readFileSync(join(harbour, f), 'utf8') }));

test('near duplicates: the syndicated copy (new header, one changed sentence) is linked to the original', () => {
  const links = linkNearDuplicates(docs);
  assert.deepEqual([...links], [['09_coastal_herald_syndicated.txt', '02_meridian_wire_signing.txt']]);
});

test('near duplicates: the pair scores far above the threshold, every unrelated pair far below', () => {
  const sig = new Map(docs.map((d) => [d.id, minhashSignature(d.body)]));
  const pair = estimatedJaccard(sig.get('02_meridian_wire_signing.txt')!, sig.get('09_coastal_herald_syndicated.txt')!);
  assert.ok(pair >= 0.65, `02/09: ${pair}`);
  let highest = 0;
  for (const a of docs)
    for (const b of docs) {
      if (a.id < b.id && !(a.id.startsWith('02') && b.id.startsWith('09'))) highest = Math.max(highest, estimatedJaccard(sig.get(a.id)!, sig.get(b.id)!));
    }
  assert.ok(highest < 0.15 && highest < NEAR_DUPLICATE_THRESHOLD, `highest unrelated pair: ${highest}`);
});

test('minhash signature: fixed size, deterministic across runs (stored signatures stay comparable)', () => {
  const body = 'The two governments signed the treaty on the shared river on Tuesday in the border town.';
  const sig = minhashSignature(body);
  assert.equal(sig.length, SIGNATURE_SIZE);
  assert.deepEqual(minhashSignature(body), sig);
  assert.deepEqual(sig.slice(0, 3), [254031774, 259461443, 32250963]);
  assert.equal(estimatedJaccard(sig, minhashSignature(body.toUpperCase())), 1);
  assert.equal(estimatedJaccard(sig, minhashSignature('')), 0);
});

test('near duplicates: bodies under 20 words are never linked, the earliest copy wins, precomputed signatures are used', () => {
  const short = 'Treaty signed on Tuesday.';
  const long = docs[1].body;
  const links = linkNearDuplicates([
    { id: 's1', body: short },
    { id: 's2', body: short },
    { id: 'a', body: long },
    { id: 'b', body: long + ' One more line.' },
    { id: 'c', body: long, signature: minhashSignature(long) },
  ]);
  assert.deepEqual(
    [...links],
    [
      ['b', 'a'],
      ['c', 'a'],
    ],
  );
});

/** Deterministic synthetic reports: 60 words drawn from a 2,000-word vocabulary. */
function synthetic(n: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
  const vocab = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}`);
  return Array.from({ length: n }, () => Array.from({ length: 60 }, () => vocab[next() % vocab.length]).join(' '));
}

test('near duplicates at scale: LSH buckets (over 500 documents) find the copy and nothing else', () => {
  const bodies = synthetic(700, 7);
  const words = bodies[123].split(' ');
  words.splice(30, 3, 'a', 'changed', 'phrase');
  const pile = [...bodies.map((body, i) => ({ id: `d${i}`, body })), { id: 'copy', body: `New header line here. ${words.join(' ')}` }];
  assert.deepEqual([...linkNearDuplicates(pile)], [['copy', 'd123']]);
});

test('near duplicates: linking decides exactly as the estimate does, for templated reports around the threshold', () => {
  // Reports from one template: a shared part and a varying part, so pairs score on both sides of 0.5.
  const template = synthetic(1, 11)[0];
  const bodies = synthetic(120, 13).map(
    (own, i) =>
      `${template} ${own
        .split(' ')
        .slice(0, 10 + ((i * 7) % 90))
        .join(' ')}`,
  );
  const pile = bodies.map((body, i) => ({ id: `t${i}`, body }));
  const sig = pile.map((d) => minhashSignature(d.body));
  const expected = pile.flatMap((d, j) => {
    const i = sig.findIndex((s, k) => k < j && estimatedJaccard(s, sig[j]) >= NEAR_DUPLICATE_THRESHOLD);
    return i >= 0 ? [[d.id, pile[i].id]] : [];
  });
  assert.ok(expected.length > 10 && expected.length < 110, `linked: ${expected.length}`);
  assert.deepEqual([...linkNearDuplicates(pile)], expected);
});
