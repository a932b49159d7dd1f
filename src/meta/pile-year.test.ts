import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pileDays, yearFromPile } from './pile-year.ts';

const me = {};
const other = {};
const days = (...values: string[]) => pileDays(values.map((value) => ({ value, source: 'b.txt', owner: other })));

test('a yearless day takes the year of the pile event on that day', () => {
  const y = yearFromPile({ month: 3, day: 3, weekday: null, text: 'March 3' }, days('2015-03-03', '1998-06-01'), me);
  assert.equal(y?.value, '2015-03-03');
  assert.match(y!.evidence, /2015-03-03 \(b\.txt\)/);
});

test('an event some days before the day gives its year; one in late December gives the next year', () => {
  assert.equal(yearFromPile({ month: 11, day: 6, weekday: null, text: '6 nov' }, days('2031-11-04'), me)?.value, '2031-11-06');
  assert.equal(yearFromPile({ month: 1, day: 2, weekday: null, text: '2 janvier' }, days('2019-12-30'), me)?.value, '2020-01-02');
  // A week before is another week's news.
  assert.equal(yearFromPile({ month: 11, day: 12, weekday: null, text: 'Nov 12' }, days('2031-11-04'), me), null);
});

test("the lead's weekday picks the event that fell on it", () => {
  // 4 November was a Tuesday in 2031 and a Monday in 2030.
  const pile = days('2030-11-04', '2031-11-04');
  assert.equal(yearFromPile({ month: 11, day: 4, weekday: null, text: 'Nov 4' }, pile, me), null);
  assert.equal(yearFromPile({ month: 11, day: 4, weekday: 2, text: 'Nov 4' }, pile, me)?.value, '2031-11-04');
  assert.equal(yearFromPile({ month: 11, day: 5, weekday: 1, text: 'Nov 5' }, pile, me)?.value, '2030-11-05');
});

test("two years nothing separates, or only the report's own dates: null", () => {
  assert.equal(yearFromPile({ month: 3, day: 3, weekday: null, text: 'March 3' }, days('2015-03-03', '2016-03-03'), me), null);
  const own = pileDays([{ value: '2015-03-03', source: 'a.txt', owner: me }]);
  assert.equal(yearFromPile({ month: 3, day: 3, weekday: null, text: 'March 3' }, own, me), null);
});
