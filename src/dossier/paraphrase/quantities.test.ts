import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantitiesIn } from './quantities.ts';

const read = (text: string, language: string | null) => quantitiesIn(text, language).map((p) => [p.value, p.unit, text.slice(p.start, p.end)]);

test('periods in digits and words, cardinal and ordinal, in five languages', () => {
  assert.deepEqual(read('at least ninety days before the works begin', 'en'), [[90, 'day', 'ninety days']]);
  assert.deepEqual(read('a 20-year term', 'en'), [[20, 'year', '20-year']]);
  assert.deepEqual(read('on the sixtieth day after the exchange', 'en'), [[60, 'day', 'sixtieth day']]);
  assert.deepEqual(read('не позднее чем за шесть месяцев до истечения', 'ru'), [[6, 'month', 'шесть месяцев']]);
  assert.deepEqual(read('на тридцатый день после обмена', 'ru'), [[30, 'day', 'тридцатый день']]);
  assert.deepEqual(read('gilt fünfzehn Jahre', 'de'), [[15, 'year', 'fünfzehn Jahre']]);
  assert.deepEqual(read('pour une durée de quinze ans', 'fr'), [[15, 'year', 'quinze ans']]);
  assert.deepEqual(read('con noventa días de antelación', 'es'), [[90, 'day', 'noventa días']]);
  assert.deepEqual(read('within 30 calendar days', 'en'), [[30, 'day', '30 calendar days']]);
});

test('a period told as history is no clause content', () => {
  assert.deepEqual(read('the talks began ten years ago', 'en'), []);
  assert.deepEqual(read('Die Gespräche begannen vor zehn Jahren', 'de'), []);
  assert.deepEqual(read('sechs Monate vor Ablauf', 'de'), [[6, 'month', 'sechs Monate']]);
  assert.deepEqual(read('les négociations ont commencé il y a dix ans', 'fr'), []);
  assert.deepEqual(read('las negociaciones empezaron hace diez años', 'es'), []);
  assert.deepEqual(read('переговоры начались десять лет назад', 'ru'), []);
});

test('a number without a unit, or an article number, is no period', () => {
  assert.deepEqual(read('Article 12 of the treaty', 'en'), []);
  assert.deepEqual(read('212 deputies voted for it', 'en'), []);
});

test('a unit that says one by itself: "a year", "ein Jahr", "через год"', () => {
  assert.deepEqual(read('takes effect a year after notice', 'en'), [[1, 'year', 'a year']]);
  assert.deepEqual(read('wird ein Jahr nach der Notifikation wirksam', 'de'), [[1, 'year', 'ein Jahr']]);
  assert.deepEqual(read('вступает в силу через год после уведомления', 'ru'), [[1, 'year', 'год']]);
  assert.deepEqual(read('через два года после', 'ru'), [[2, 'year', 'два года']]);
  assert.deepEqual(read('a 20-year term', 'en'), [[20, 'year', '20-year']]);
});

test('a delay is no period a clause sets', () => {
  assert.deepEqual(read('the first meeting was postponed by a year', 'en'), []);
  assert.deepEqual(read('das erste Treffen wurde um ein Jahr verschoben', 'de'), []);
  assert.deepEqual(read('la première réunion a été reportée de deux ans', 'fr'), []);
  assert.deepEqual(read('la primera reunión fue aplazada dos años', 'es'), []);
  assert.deepEqual(read('первая встреча была отложена на два года', 'ru'), []);
});
