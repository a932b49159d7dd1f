import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberValue } from './numbers.ts';

test('digits and Roman numerals are numbers; other words are not', () => {
  assert.equal(numberValue('023'), 23);
  assert.equal(numberValue('XXIII'), 23);
  assert.equal(numberValue('xiv'), 14);
  assert.equal(numberValue('MCMXCIX'), 1999);
  assert.equal(numberValue('IIII'), null);
  assert.equal(numberValue('vix'), null);
  assert.equal(numberValue(''), null);
});
