// The comparison of a claim's facts with its article's, on facts built by hand: the guards that keep a reading
// of the clause from counting as a misstatement of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../types.ts';
import { contradictions, type Reading } from './compare.ts';
import type { Fact } from './facts.ts';

const claim = { id: 'c1', doc: 'd1', text: 'x' } as Claim;
const fact = (key: string, value: string, unit: string | null = 'year'): Fact => ({ key, value, unit, claim, start: 0, end: 1 });
const reading = (facts: Fact[], more: Partial<Reading> = {}): Reading => ({
  facts,
  quantities: facts.filter((f) => f.unit),
  hedged: false,
  sameSubject: true,
  entryIntoForce: false,
  ...more,
});
const ARTICLE = [fact('term', '15 years'), fact('renewal', '3 years'), fact('trigger', 'automatically', null)];

test('a term its renewals add up to, told as a total or with the renewal, is no misstated term', () => {
  assert.deepEqual(contradictions(reading([fact('term', '21 years')], { hedged: true }), ARTICLE, []), []);
  assert.deepEqual(contradictions(reading([fact('term', '21 years'), fact('renewal', '3 years')]), ARTICLE, []), []);
  assert.equal(contradictions(reading([fact('term', '21 years')]), ARTICLE, []).length, 1);
  assert.equal(contradictions(reading([fact('term', '20 years')], { hedged: true }), ARTICLE, []).length, 1);
});

test('an open-ended term against a term that renews itself is a reading, not a misstatement', () => {
  assert.deepEqual(contradictions(reading([fact('term', 'indefinite')]), ARTICLE, []), []);
  assert.equal(contradictions(reading([fact('term', 'indefinite')]), [fact('term', '15 years')], []).length, 1);
});

test("another article's value is a wrong number, unless the claim names its own article's subject", () => {
  const elsewhere = [fact('term', '20 years')];
  assert.deepEqual(contradictions(reading([fact('term', '20 years')], { sameSubject: false }), ARTICLE, elsewhere), []);
  assert.equal(contradictions(reading([fact('term', '20 years')]), ARTICLE, elsewhere).length, 1);
});

test('numbers in other units, and a claim that also writes the right value, are not compared', () => {
  assert.deepEqual(contradictions(reading([fact('notice', '180 days', 'day')]), [fact('notice', '6 months', 'month')], []), []);
  assert.deepEqual(
    contradictions(reading([fact('term', '20 years')], { quantities: [fact('quantity:year', '20 years'), fact('quantity:year', '15 years')] }), ARTICLE, []),
    [],
  );
});

test('years and months, weeks and days are one measure; months and days are not compared', () => {
  const withdrawal = [fact('offset:withdrawal:agreement', '1 year')];
  assert.deepEqual(contradictions(reading([fact('offset:withdrawal:agreement', '12 months', 'month')]), withdrawal, []), []);
  assert.equal(contradictions(reading([fact('offset:withdrawal:agreement', '6 months', 'month')]), withdrawal, []).length, 1);
  assert.deepEqual(
    contradictions(reading([fact('offset:withdrawal:agreement', '2 weeks', 'week')]), [fact('offset:withdrawal:agreement', '14 days', 'day')], []),
    [],
  );
});
