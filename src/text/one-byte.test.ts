import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inOneByte } from './one-byte.ts';

test('a Latin-1 slice of a two-byte body reads the same; other text is returned as it is', () => {
  const body = 'Le traité entre en vigueur le 1er mai. — Договор подписан в Москве.';
  const french = body.slice(0, 38);
  assert.equal(inOneByte(french), 'Le traité entre en vigueur le 1er mai.');
  const russian = body.slice(41);
  assert.equal(inOneByte(russian), russian);
  assert.equal(inOneByte(''), '');
});
