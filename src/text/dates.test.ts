import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, isoOf } from './dates.ts';

test('findDates: only the parts the text states; time-only expressions have no date parts', () => {
  const [date, time] = findDates('Sun 23 Jun 2024 | 11:20 PM');
  assert.deepEqual([date.year, date.month, date.day, date.text], [2024, 6, 23, 'Sun 23 Jun 2024']);
  assert.deepEqual([time.year, time.month, time.day], [null, null, null]);
  const [yearless] = findDates('MOSCOW, November 6. /TASS/.');
  assert.deepEqual([yearless.year, yearless.month, yearless.day], [null, 11, 6]);
});

test('findDates: Russian, German and French dates by script or by language', () => {
  assert.equal(isoOf(findDates('ЛИНДЕНБУРГ, 11 июня 2031 года.')[0]), '2031-06-11');
  assert.equal(isoOf(findDates('Port Heron, 27. Mai 2031 –', 'de')[0]), '2031-05-27');
  assert.equal(isoOf(findDates('PARIS, 27 mai 2031 –')[0]), '2031-05-27');
});

test('isoOf: as much as is known, null without a year', () => {
  assert.equal(isoOf({ year: 2031, month: 3, day: null }), '2031-03');
  assert.equal(isoOf({ year: 2031, month: null, day: null }), '2031');
  assert.equal(isoOf({ year: null, month: 3, day: 14 }), null);
});

test('findDates: dotted numeric dates are day-first', () => {
  assert.equal(isoOf(findDates('Опубликовано: 11.06.2031 10:42')[0]), '2031-06-11');
  assert.equal(isoOf(findDates('Published 11.06.2031, 10:42')[0]), '2031-06-11');
  assert.equal(isoOf(findDates('06/20/2024 12:19 PM EDT')[0]), '2024-06-20');
});

test('findDates: relative expressions state no calendar part (chrono computes them from its reference date)', () => {
  for (const [text, lang] of [
    ['ten days after the vote', 'en'],
    ['30 days after ratification', 'en'],
    ['vor 3 Tagen', 'de'],
    ['через 30 дней', 'ru'],
    ['il y a 3 jours', 'fr'],
  ]) {
    for (const d of findDates(text, lang)) assert.deepEqual([d.year, d.month, d.day], [null, null, null], text);
  }
});

test('findDates: Arabic dates, both month series, Western and Arabic-Indic digits', () => {
  assert.equal(isoOf(findDates('الجمعة 4 نوفمبر 2016')[0]), '2016-11-04');
  assert.equal(isoOf(findDates('دمشق، ٤ تشرين الثاني ٢٠١٦')[0]), '2016-11-04');
  assert.equal(isoOf(findDates('وقّع الطرفان الاتفاق في 19 أكتوبر 2020م في أبوظبي', 'ar')[0]), '2020-10-19');
  assert.equal(findDates('دبي، 12 مارس/آذار (وكالة) -')[0].text, '12 مارس/آذار');
  const [yearless] = findDates('القاهرة، 3 مارس (وكالة الأنباء) -');
  assert.deepEqual([yearless.year, yearless.month, yearless.day], [null, 3, 3]);
});

test('findDates: where parsers overlap, the longer reading wins', () => {
  assert.equal(isoOf(findDates('Ostsee-Kurier · 4. Juni 2025, 08:30 Uhr')[0]), '2025-06-04');
});
