import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateValues, isoDate } from './dates.ts';

test('a less precise date supports the one precise date it contains, and no side when it contains two', () => {
  assert.deepEqual(dateValues(['2031-03-04', '2031-03', '2031']), ['2031-03-04', '2031-03-04', '2031-03-04']);
  assert.deepEqual(dateValues(['2031-03-04', '2031-03-05', '2031-03']), ['2031-03-04', '2031-03-05', null]);
  assert.deepEqual(dateValues(['2031-02', '2031-03-05']), ['2031-02', '2031-03-05']);
});

test('times and junk', () => {
  assert.equal(isoDate('2031-03-04T10:00:00Z'), '2031-03-04');
  assert.deepEqual(dateValues(['last spring', '2031-03-04']), [null, '2031-03-04']);
});
