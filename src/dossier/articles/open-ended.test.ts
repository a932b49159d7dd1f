import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Duration } from '../../types.ts';
import { openEnded } from './open-ended.ts';

const NONE: Duration = { kind: null, years: null, renewal_years: null, notice: null, claims: [] };

test('no term stated and a withdrawal clause: indefinite; a stated term or no withdrawal clause stays', () => {
  const articles = [
    { number: 3, topics: ['mitigation'], claims: ['c1'] },
    { number: 31, topics: ['withdrawal', 'registration'], claims: ['c7', 'c9'] },
  ];
  const d = openEnded(NONE, articles);
  assert.equal(d.kind, 'indefinite');
  assert.deepEqual(d.claims, ['c7', 'c9']);
  assert.match(d.notice ?? '', /Article 31/);
  const fixed: Duration = { ...NONE, kind: 'fixed', years: 10, claims: ['c2'] };
  assert.equal(openEnded(fixed, articles), fixed);
  assert.equal(openEnded(NONE, articles.slice(0, 1)).kind, null);
});
