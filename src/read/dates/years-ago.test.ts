// Anniversaries of our own wording (the Antarctic Treaty signed 1 December 1959, the Élysée Treaty 22 January 1963).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './index.ts';

const dates = (text: string, language: string, published: string | null) => findDates(text, language, published).map((d) => [d.text, d.value]);

test('"N years ago" is that year; "today N years ago" or "to the day" that day, in five languages', () => {
  assert.deepEqual(dates('Sixty years ago today, twelve states signed the Antarctic Treaty in Washington.', 'en', '2019-12-01'), [
    ['Sixty years ago today', '1959-12-01'],
  ]);
  assert.deepEqual(dates('The treaty was signed 60 years ago.', 'en', '2019-12-01'), [['60 years ago', '1959']]);
  assert.deepEqual(dates('Heute vor sechzig Jahren unterzeichneten Adenauer und de Gaulle den Élysée-Vertrag.', 'de', '2023-01-22'), [
    ['Heute vor sechzig Jahren', '1963-01-22'],
  ]);
  assert.deepEqual(dates("Il y a soixante ans jour pour jour, de Gaulle et Adenauer signaient le traité de l'Élysée.", 'fr', '2023-01-22'), [
    ['Il y a soixante ans jour pour jour', '1963-01-22'],
  ]);
  assert.deepEqual(dates('Hace sesenta años, Adenauer y De Gaulle firmaron el Tratado del Elíseo.', 'es', '2023-01-22'), [['Hace sesenta años', '1963']]);
  assert.deepEqual(dates('Шестьдесят лет назад Аденауэр и де Голль подписали Елисейский договор.', 'ru', '2023-01-22'), [['Шестьдесят лет назад', '1963']]);
});

test('without a publication date, no value', () => {
  assert.deepEqual(dates('Sixty years ago today, twelve states signed the treaty.', 'en', null), []);
});
