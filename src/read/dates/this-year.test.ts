// A year-less date said to be "of this year" is in the publication's year, never in the year of a date told
// before it in the sentence; without a publication date it has no year, so no value. Our own wording.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './index.ts';

const values = (text: string, language: string, published: string | null) => findDates(text, language, published).map((d) => `${d.text}=${d.value}`);

test('"this year" after a day and month is the publication year, in every language', () => {
  assert.deepEqual(values('Соглашение подписано 5 марта 2019 года, а вступило в силу 1 февраля этого года.', 'ru', '2024-06-01'), [
    '5 марта 2019 года=2019-03-05',
    '1 февраля=2024-02-01',
  ]);
  assert.deepEqual(values('Протокол вступил в силу 1 февраля текущего года, а подписан был 5 марта 2019 года.', 'ru', '2024-06-01'), [
    '1 февраля=2024-02-01',
    '5 марта 2019 года=2019-03-05',
  ]);
  assert.deepEqual(values('Das Abkommen wurde am 5. März 2019 unterzeichnet und trat am 1. Februar dieses Jahres in Kraft.', 'de', '2024-06-01'), [
    'am 5. März 2019=2019-03-05',
    'am 1. Februar=2024-02-01',
  ]);
  assert.deepEqual(values("Signé le 5 mars 2019, l'accord est entré en vigueur le 1er février de cette année.", 'fr', '2024-06-01'), [
    '5 mars 2019=2019-03-05',
    '1er février=2024-02-01',
  ]);
  assert.deepEqual(values('Firmado el 5 de marzo de 2019, el acuerdo entró en vigor el 1 de febrero de este año.', 'es', '2024-06-01'), [
    '5 de marzo de 2019=2019-03-05',
    '1 de febrero=2024-02-01',
  ]);
  assert.deepEqual(values('وقعت الاتفاقية في 5 مارس 2019 ودخلت حيز النفاذ في 1 فبراير من هذا العام.', 'ar', '2024-06-01'), [
    'في 5 مارس 2019=2019-03-05',
    'في 1 فبراير=2024-02-01',
    'هذا العام=2024',
  ]);
});

test('without a publication date, "this year" gives no year, not that of the date before', () => {
  assert.deepEqual(values('Соглашение подписано 5 марта 2019 года, а вступило в силу 1 февраля этого года.', 'ru', null), ['5 марта 2019 года=2019-03-05']);
  assert.deepEqual(values('Das Abkommen wurde am 5. März 2019 unterzeichnet und trat am 1. Februar dieses Jahres in Kraft.', 'de', null), [
    'am 5. März 2019=2019-03-05',
  ]);
  assert.deepEqual(values('Signed on 5 March 2019, it entered into force on 1 February this year.', 'en', null), ['on 5 March 2019=2019-03-05']);
});

test('"of the same year" still takes the year told before', () => {
  assert.deepEqual(values('Das Abkommen wurde am 5. März 2019 unterzeichnet und trat am 1. Dezember desselben Jahres in Kraft.', 'de', '2024-06-01'), [
    'am 5. März 2019=2019-03-05',
    'am 1. Dezember=2019-12-01',
  ]);
  assert.deepEqual(values("Signé le 5 mars 2019, l'accord est entré en vigueur le 1er décembre de cette même année.", 'fr', '2024-06-01'), [
    '5 mars 2019=2019-03-05',
    '1er décembre=2019-12-01',
  ]);
  assert.deepEqual(values('Подписано 5 марта 2019 года, вступило в силу 1 декабря того же года.', 'ru', '2024-06-01'), [
    '5 марта 2019 года=2019-03-05',
    '1 декабря=2019-12-01',
  ]);
});
