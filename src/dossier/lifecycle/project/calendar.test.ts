// Date arithmetic of the agreement's rules: day offsets across month and year ends, leap years, months that
// are shorter than the start's day, "the first day of the Nth month following", and days not known exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleOffset } from '../../../types.ts';
import { applyOffset } from './calendar.ts';

const o = (p: Partial<RuleOffset>): RuleOffset => ({ days: 0, months: 0, years: 0, anchor: 'day', ...p });

test('days after: across a month end, a year end and a leap day', () => {
  assert.equal(applyOffset('2031-07-01', o({ days: 30 })), '2031-07-31');
  assert.equal(applyOffset('2020-10-24', o({ days: 90 })), '2021-01-22');
  assert.equal(applyOffset('2024-02-28', o({ days: 1 })), '2024-02-29');
  assert.equal(applyOffset('2023-02-28', o({ days: 1 })), '2023-03-01');
  assert.equal(applyOffset('2027-12-15', o({ days: 60 })), '2028-02-13');
});

test('months and years: a day the shorter month lacks is its last day', () => {
  assert.equal(applyOffset('2031-01-31', o({ months: 1 })), '2031-02-28');
  assert.equal(applyOffset('2032-01-31', o({ months: 1 })), '2032-02-29');
  assert.equal(applyOffset('2024-02-29', o({ years: 1 })), '2025-02-28');
  assert.equal(applyOffset('2041-07-31', o({ months: -6 })), '2041-01-31');
  assert.equal(applyOffset('2041-08-31', o({ months: -6 })), '2041-02-28');
  assert.equal(applyOffset('2030-11-30', o({ months: 12 })), '2031-11-30');
});

test('the first day of the month following, of the second month following', () => {
  assert.equal(applyOffset('2031-07-15', o({ months: 2, anchor: 'first-of-month' })), '2031-09-01');
  assert.equal(applyOffset('2031-12-10', o({ months: 1, anchor: 'first-of-month' })), '2032-01-01');
  assert.equal(applyOffset('2031-11-01', o({ months: 2, anchor: 'first-of-month' })), '2032-01-01');
});

test('a trigger known only to the month or year gives nothing', () => {
  assert.equal(applyOffset('2031-07', o({ days: 30 })), null);
  assert.equal(applyOffset('2031', o({ days: 30 })), null);
  assert.equal(applyOffset('--07-01', o({ days: 30 })), null);
});
