// Numbers written in words, cardinal and ordinal, in each language; digits alone. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from './languages/index.ts';
import { numbersIn, type Token } from './numbers.ts';

function numbers(text: string, language: string): number[] {
  const tokens: Token[] = [...text.matchAll(/\d+|\p{L}+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  return numbersIn(tokens, [LANGUAGES[language]], text).map((n) => n.value);
}

test('English: compounds, ordinals, hundreds with "and"', () => {
  assert.deepEqual(numbers('ninety days after the fiftieth instrument', 'en'), [90, 50]);
  assert.deepEqual(numbers('one hundred and eighty days after the sixty-fifth', 'en'), [180, 65]);
});

test('French: four twenties, sixty-ten, ordinals in -ième', () => {
  assert.deepEqual(numbers('quatre-vingt-dix jours après le cinquantième instrument', 'fr'), [90, 50]);
  assert.deepEqual(numbers('cent quatre-vingts jours, soixante-dix-sept États, le soixante-cinquième', 'fr'), [180, 77, 65]);
});

test('German: one word per number', () => {
  assert.deepEqual(numbers('neunzig Tage nach der fünfzigsten Urkunde', 'de'), [90, 50]);
  assert.deepEqual(numbers('hundertachtzig Tage, fünfundsechzig Staaten, am dreißigsten Tag, der dritten Notifikation', 'de'), [180, 65, 30, 3]);
  assert.deepEqual(numbers('ein Abkommen mit einer Laufzeit', 'de'), [], 'the article is no number');
});

test('Spanish: joined tens, gendered ordinals', () => {
  assert.deepEqual(numbers('noventa días después del quincuagésimo instrumento', 'es'), [90, 50]);
  assert.deepEqual(numbers('cincuenta y cinco partes, ciento ochenta días, la trigésima notificación', 'es'), [55, 180, 30]);
});

test('Russian: inflected cardinals and ordinals', () => {
  assert.deepEqual(numbers('через девяносто дней после пятидесятой ратификационной грамоты', 'ru'), [90, 50]);
  assert.deepEqual(numbers('сто восемьдесят дней после шестьдесят пятой грамоты', 'ru'), [180, 65]);
  assert.deepEqual(numbers('стороны договора', 'ru'), [], 'a word that starts like a number is none');
});

test('digits stand alone; words a comma parts are two numbers', () => {
  assert.deepEqual(numbers('Article 15, 50 ratifications', 'en'), [15, 50]);
  assert.deepEqual(numbers('fifty, ninety', 'en'), [50, 90]);
});

test('Arabic: number words with the article or a conjunction, Arabic-Indic digits read as digits by the keys', () => {
  assert.deepEqual(numbers('بعد تسعين يوما من إيداع الصك الخمسين', 'ar'), [90, 50]);
  assert.deepEqual(numbers('خمسة وخمسين طرفا', 'ar'), [55]);
});
