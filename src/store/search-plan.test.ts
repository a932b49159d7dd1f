// A query's words widened to their near spellings, in tsquery text: every positive word, never a negated one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loosen, widen } from './search-plan.ts';

const NEAR = new Map([
  ['ratifi', ['ratified', 'ratifikation']],
  ['vertrag', ['vertragsstaat']],
  ["o'neil", ['oneil']],
]);

test('widen: each positive lexeme becomes itself or its near spellings, inside phrases too', () => {
  assert.equal(widen("'ratifi' & 'treati'", NEAR), "( 'ratifi' | 'ratified' | 'ratifikation' ) & 'treati'");
  assert.equal(widen("'vertrag' <-> 'ratifi'", NEAR), "( 'vertrag' | 'vertragsstaat' ) <-> ( 'ratifi' | 'ratified' | 'ratifikation' )");
  assert.equal(widen("'o''neil'", NEAR), "( 'o''neil' | 'oneil' )", 'quotes inside a lexeme');
});

test('widen: a negated word, alone or in a negated phrase, stays as it is (widening would exclude more)', () => {
  assert.equal(widen("'treati' & !'ratifi'", NEAR), "'treati' & !'ratifi'");
  assert.equal(widen("'treati' & !( 'vertrag' <-> 'ratifi' ) | 'vertrag'", NEAR), "'treati' & !( 'vertrag' <-> 'ratifi' ) | ( 'vertrag' | 'vertragsstaat' )");
});

test('widen: a prefix or weighted lexeme is left alone', () => {
  assert.equal(widen("'ratifi':* & 'vertrag':AB", NEAR), "'ratifi':* & 'vertrag':AB");
});

test('loosen: phrase operators become AND, lexemes untouched', () => {
  assert.equal(loosen("'final' <-> 'claus' & 'a<->b' <2> 'c'"), "'final' & 'claus' & 'a<->b' & 'c'");
});
