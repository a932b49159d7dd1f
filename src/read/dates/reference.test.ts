import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestYear, iso, referenceOf, shift, weekdayBefore } from './reference.ts';

const day = (s: string) => referenceOf(s) as { year: number; month: number; day: number };

test('referenceOf reads the precision the publication date has', () => {
  assert.deepEqual(referenceOf('2031-03-14'), { year: 2031, month: 3, day: 14 });
  assert.deepEqual(referenceOf('2031-03'), { year: 2031, month: 3, day: null });
  assert.equal(referenceOf(null), null);
  assert.equal(referenceOf('not a date'), null);
});

test('"on <weekday>" is the most recent such day on or before publication', () => {
  const friday = day('2031-03-14');
  const at = (weekday: number, strict = false) => {
    const d = weekdayBefore(friday, weekday, strict);
    return iso(d.year, d.month, d.day);
  };
  assert.equal(at(5), '2031-03-14'); // "on Friday" in a Friday report: that day
  assert.equal(at(3), '2031-03-12'); // "on Wednesday": two days before
  assert.equal(at(6), '2031-03-08'); // "on Saturday": the Saturday before
  assert.equal(at(5, true), '2031-03-07'); // "last Friday": a week before
  const d = weekdayBefore(day('2031-03-01'), 5, false); // across a month boundary
  assert.equal(iso(d.year, d.month, d.day), '2031-02-28');
});

test('a year-less date takes the year closest to the reference', () => {
  assert.equal(closestYear(6, 19, day('2024-06-23')), 2024);
  assert.equal(closestYear(12, 30, day('2025-01-03')), 2024);
  assert.equal(closestYear(1, 2, day('2024-12-28')), 2025);
});

test('shift moves by days, weeks, months and years, keeping only the precision a unit gives', () => {
  const ref = day('2031-05-27');
  assert.deepEqual(shift(ref, 'week', -1), { year: 2031, month: 5, day: 20 });
  assert.deepEqual(shift(ref, 'month', -5), { year: 2030, month: 12, day: null });
  assert.deepEqual(shift(ref, 'year', -1), { year: 2030, month: null, day: null });
});
