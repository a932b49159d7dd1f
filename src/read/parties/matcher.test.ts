import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, type NameEntry, NameMatcher, nameWords, tokenize, wordSpec } from './matcher.ts';

const entry = (name: string, code: string, exact = false): NameEntry => ({
  words: nameWords(name).map((w) => wordSpec(w, !exact)),
  code,
  form: exact ? 'abbreviation' : 'country',
  languages: null,
  capitalized: true,
  exact,
});
const codes = (m: NameMatcher, text: string) => m.match(text, tokenize(text), 'ru').map((x) => `${text.slice(x.start, x.end)}=${x.entry.code}`);

test('fold drops case and diacritics', () => {
  assert.equal(fold('Côte'), 'cote');
  assert.equal(fold('Соединённые'), 'соединенные');
});

test('Russian names match in every case through their stems', () => {
  const m = new NameMatcher([entry('Россия', 'RU'), entry('Северная Корея', 'KP'), entry('Того', 'TG')]);
  assert.deepEqual(codes(m, 'России, Россией, Россию и Северной Корее, Северную Корею'), [
    'России=RU',
    'Россией=RU',
    'Россию=RU',
    'Северной Корее=KP',
    'Северную Корею=KP',
  ]);
  // An indeclinable name matches letter for letter only.
  assert.deepEqual(codes(m, 'Того и Тогу'), ['Того=TG']);
});

test('abbreviations match letter for letter, names need a capital letter', () => {
  const m = new NameMatcher([entry('US', 'US', true), entry('U.S.', 'US', true), entry('China', 'CN')]);
  assert.deepEqual(codes(m, 'the US and the U.S. told us about china and China'), ['US=US', 'U.S=US', 'China=CN']);
});

test('the longest name wins, and names do not run across a comma', () => {
  const m = new NameMatcher([entry('Korea', 'XX'), entry('North Korea', 'KP'), entry('Russia', 'RU')]);
  assert.deepEqual(codes(m, 'North Korea and Russia'), ['North Korea=KP', 'Russia=RU']);
  assert.deepEqual(codes(m, 'North, Korea'), ['Korea=XX']);
});
