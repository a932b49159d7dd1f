import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeClaim, makeDoc } from '../record/claims.fixture.ts';
import { parseOfficialBody } from '../record/official.ts';
import { buildArticles } from './index.ts';

const OFFICIAL = `TREATY BETWEEN THE REPUBLIC OF A AND THE UNION OF B

Article 4
In the event that a situation arises which, in the opinion of either Party, threatens its security or the security of shipping in the Strait Zone, the Parties shall without delay hold consultations at the request of either Party in order to agree on measures to remove the threat.

Article 5
In the event of an armed attack against the territory of either Party, or against its state vessels within the Strait Zone, the other Party shall provide the Party attacked with assistance, including military assistance, by all means at its disposal.
`;

test('with the official text, a claim citing the wrong article is aligned to the one it describes', () => {
  const official = parseOfficialBody('o', OFFICIAL);
  const claims = [
    makeClaim(
      'c1',
      'd1',
      'According to the Chancellor, Article 5 of the treaty requires the two countries to consult immediately whenever either of them considers that its security, or the security of shipping in the Strait Zone, is under threat.',
      { articles: [5] },
    ),
    makeClaim('c2', 'd1', 'Under the same article the parties will agree on joint measures to remove such a threat, he said.', {
      articles: [5],
      inherited: true,
    }),
    makeClaim(
      'c3',
      'd2',
      'It says the other party "shall provide the Party attacked with assistance, including military assistance, by all means at its disposal".',
      { articles: [5] },
    ),
    makeClaim('c4', 'd3', 'Article 5 says the other party "shall provide the attacked Party with unlimited assistance".', { articles: [5] }),
  ];
  const { articles, alignments } = buildArticles(claims, { official, sources: {}, otherInstrumentClaims: [] });
  assert.deepEqual(
    alignments.map((a) => [a.claim, a.stated, a.described]),
    [
      ['c1', 5, 4],
      ['c2', 5, 4],
      ['c3', 5, 5],
      ['c4', 5, 5],
    ],
  );
  assert.equal(alignments[1].inherited, true);
  assert.deepEqual(
    alignments[2].quotes?.map((q) => q.found),
    [true],
  );
  assert.deepEqual(
    alignments[3].quotes?.map((q) => q.found),
    [false],
    'a quote the official article does not contain',
  );
  assert.deepEqual(
    articles.map((a) => [a.number, a.topics, a.claims]),
    [
      [4, ['consultation'], ['c1', 'c2']],
      [5, ['defense'], ['c3', 'c4']],
    ],
  );
  assert.ok(articles[1].summary.startsWith('In the event of an armed attack'));
});

test('without it, the article most independent sources cite for a clause wins; weak and back-referring claims', () => {
  const docs = ['d1', 'd2', 'd3', 'd4'].map((id) => makeDoc(id, { near_duplicate_of: id === 'd4' ? 'd1' : null }));
  const consult =
    'in the event of an imminent threat of an act of armed aggression against one of the parties, the parties shall immediately use bilateral channels for consultations';
  const claims = [
    makeClaim('c1', 'd1', `Article 4 of the treaty states that ${consult}.`, { articles: [4] }),
    makeClaim('c2', 'd2', `The amendment added a third article, which states that ${consult}.`, { articles: [3] }),
    makeClaim('c3', 'd3', `Article Three asserts that “${consult}.”`, { articles: [3] }),
    makeClaim('c4', 'd4', `Article 4 of the treaty states that ${consult}.`, { articles: [4] }),
    makeClaim(
      'c5',
      'd3',
      'Article Four declares, “if one of the Parties is subjected to an armed attack, the other Party will immediately provide military and other assistance.”',
      { articles: [4] },
    ),
    makeClaim('c6', 'd3', 'Articles Three and Four formulate the terms of the defense clause.', { articles: [3, 4] }),
    makeClaim('c7', 'd2', 'Стороны ежегодно проводят совместные военно-морские учения.'),
    makeClaim('c8', 'd2', 'Об этом говорится в статье 8 договора.', { articles: [8] }),
  ];
  const sources = Object.fromEntries(docs.map((d) => [d.id, d.near_duplicate_of ?? d.id]));
  const { articles, alignments } = buildArticles(claims, { official: null, sources, otherInstrumentClaims: [] });
  const described = Object.fromEntries(alignments.filter((a) => !a.weak).map((a) => [a.claim, a.described]));
  assert.deepEqual(described, { c1: 3, c2: 3, c3: 3, c4: 3, c5: 4, c8: 8 });
  assert.match(alignments[0].basis, /majority of 2 independent sources/);
  assert.deepEqual(
    articles.map((a) => [a.number, a.topics]),
    [
      [3, ['consultation']],
      [4, ['defense']],
      [8, ['joint-exercises', 'military-cooperation']],
    ],
  );
  assert.ok(articles[0].summary.startsWith('In the event of an imminent threat'));
});

test('without the official text, a topic one report gives to two articles moves no claim to the majority’s', () => {
  const claims = [
    makeClaim('c1', 'd1', 'Article III sets an aggregate limit of 900 launchers for each side.', { articles: [3] }),
    makeClaim('c2', 'd1', 'Article IV limits the number of heavy missile launchers each side may deploy.', { articles: [4] }),
    makeClaim('c3', 'd2', 'Article V caps the launchers of missiles with several warheads at 400.', { articles: [5] }),
    makeClaim('c4', 'd3', 'Article V limits the number of missiles with several warheads.', { articles: [5] }),
  ];
  const { alignments } = buildArticles(claims, { official: null, sources: {}, otherInstrumentClaims: [] });
  assert.deepEqual(
    alignments.map((a) => [a.claim, a.stated, a.described]),
    [
      ['c1', 3, 3],
      ['c2', 4, 4],
      ['c3', 5, 5],
      ['c4', 5, 5],
    ],
  );
});
