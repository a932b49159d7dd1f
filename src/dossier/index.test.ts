import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildAgreements } from './index.ts';
import { makeClaim, makeDoc } from './record/claims.fixture.ts';

test('one pile about one agreement gives one agreement, earlier treaties only as supersedes/related', () => {
  const docs = [makeDoc('d1', { published: '2024-11-06' }), makeDoc('d2')];
  const claims = [
    makeClaim('c1', 'd1', 'The treaty on comprehensive strategic partnership between Russia and North Korea was signed on June 19, 2024 in Pyongyang.', {
      dates: [['June 19, 2024', '2024-06-19']],
      parties: [
        ['Russia', 'RU'],
        ['North Korea', 'KP'],
      ],
    }),
    makeClaim(
      'c2',
      'd1',
      'This treaty will supersede the treaty on friendship, good neighborly relations and cooperation between Russia and North Korea of February 9, 2000.',
      { dates: [['February 9, 2000', '2000-02-09']] },
    ),
    makeClaim('c3', 'd2', 'The agreement builds upon the Treaty of Friendship and Mutual Assistance in 1961.', { dates: [['1961', '1961']] }),
    makeClaim('c4', 'd2', 'Article 16 states: "The Parties shall oppose the use of unilateral coercive measures."', { articles: [16] }),
  ];
  const { agreements, conflicts } = buildAgreements(docs, claims);
  assert.equal(agreements.length, 1);
  const [a] = agreements;
  assert.deepEqual(a.parties, ['KP', 'RU']);
  assert.deepEqual(
    a.articles.map((x) => [x.number, x.topics]),
    [[16, ['coercive-measures']]],
  );
  assert.deepEqual(
    a.supersedes.map((s) => s.date),
    ['2000-02-09'],
  );
  assert.deepEqual(
    a.related.map((s) => s.date),
    ['1961'],
  );
  assert.ok(Array.isArray(conflicts));
});

test('an empty pile has no agreement', () => {
  assert.deepEqual(buildAgreements([], []), { agreements: [], conflicts: [] });
});
