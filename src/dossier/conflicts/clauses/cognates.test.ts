// A word and its cousins in other languages and scripts share a key; unrelated words do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cognateKey } from './cognates.ts';

test('one key across languages, scripts and spellings', () => {
  const same = (...words: string[]) => assert.equal(new Set(words.map(cognateKey)).size, 1, words.join(' '));
  same('university', 'universität', 'université', 'universidad', 'университет');
  same('cultural', 'kulturinstitute', 'culturels', 'культурные');
  same('jerusalem', 'jérusalem', 'иерусалим');
  same('notification', 'notifikation', 'notificación', 'нотификации');
  same('role', 'rolle', 'roles');
});

test('different words, different keys; short words none', () => {
  assert.notEqual(cognateKey('protection'), cognateKey('protocol'));
  assert.notEqual(cognateKey('international'), cognateKey('interdiction'));
  assert.equal(cognateKey('sea'), null);
});
