import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { byline, isByline } from './byline.ts';

test('byline: the bylines of the eval pages', () => {
  for (const line of [
    'By Thomson Reuters Jun 20, 2024 | 12:19 AM',
    'By Mina Park',
    'By Compass Press staff',
    'By Lukas Aaro, 31 July 2031',
    'By Miriam Castell',
  ]) {
    assert.ok(isByline(line), line);
  }
});

test('byline: several authors, other languages, a correspondent title', () => {
  for (const line of ['By Jane Doe and John Roe in Seoul', 'Von Anna Schmidt', 'Автор: Иван Петров', 'BY MARIA LOPEZ, Staff Writer'])
    assert.ok(isByline(line), line);
});

test('byline: sentences opening with "By" are not bylines', () => {
  for (const line of [
    'By contrast, the treaty is open-ended.',
    'By Friday the parties must sign the protocol',
    'By 2030 the fleet will double',
    'Von den 212 Abgeordneten stimmten 31 dagegen.',
  ]) {
    assert.ok(!isByline(line), line);
  }
});

test('byline: cut from the body and kept in the header for the meta stage', () => {
  const out = cleanText(
    'The Harbour Treaty is a promise we cannot afford to keep\nBy Miriam Castell\n\nWhen the president signed the maritime pact in March, the mood in the port was one of celebration.',
    [byline],
  );
  assert.ok(!out.body.includes('By Miriam Castell'));
  assert.deepEqual(out.header, ['The Harbour Treaty is a promise we cannot afford to keep', 'By Miriam Castell']);
});

test('byline: markdown emphasis around a byline', () => {
  assert.ok(isByline('**By Jane Roe**'));
  assert.ok(isByline('_By Jane Roe, 5 May 2025_'));
});
