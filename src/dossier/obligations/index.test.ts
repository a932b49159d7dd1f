import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../types.ts';
import { buildArticles } from '../articles/index.ts';
import { makeClaim, makeDoc } from '../record/claims.fixture.ts';
import { buildRecord } from '../record/index.ts';
import { buildObligations } from './index.ts';

function obligations(docs = [makeDoc('d1'), makeDoc('d2')], claims: Claim[]) {
  const record = buildRecord(docs, claims)!;
  const { articles, alignments, topics } = buildArticles(claims, record);
  record.agreement.articles = articles;
  record.alignments = alignments;
  return buildObligations(claims, topics, record);
}

test('from reports alone: defense with its conditions, offense ruled out, a principle is not non-aggression', () => {
  const claims = [
    makeClaim('c1', 'd1', 'The treaty on comprehensive strategic partnership was signed on June 19, 2024.', { dates: [['June 19, 2024', '2024-06-19']] }),
    makeClaim(
      'c2',
      'd1',
      'Thus, the fourth article of the treaty states that in the event that one of the parties is subjected to an armed attack by any country or several countries and is in a state of war, the other party will immediately provide military and other assistance with all available means following Article 51 of the UN Charter and under the laws of both countries.',
      { articles: [4] },
    ),
    makeClaim('c3', 'd2', '– Activate communication channels without delay if either side faces a direct threat of potential armed aggression.'),
    makeClaim(
      'c4',
      'd2',
      '– Develop a permanent partnership based on the principles of mutual respect for national sovereignty, non-aggression on territory, non-interference in internal affairs and equality.',
    ),
    makeClaim(
      'c5',
      'd2',
      '– Not sign any treaty with a third country that infringes on the other side’s core interests, or allow territories to be used by a third country seeking to violate the other’s security.',
    ),
    makeClaim('c6', 'd2', 'I believe the treaty will make both countries refrain from the threat or use of force against each other.', { kind: 'opinion' }),
  ];
  const o = obligations(undefined, claims);
  assert.equal(o.defense.value, true);
  assert.deepEqual(o.defense.conditions, [
    'in the event that one of the parties is subjected to an armed attack by any country or several countries and is in a state of war',
    'following Article 51 of the UN Charter and under the laws of both countries',
  ]);
  assert.equal(o.offense.value, false);
  assert.match(o.offense.basis ?? '', /defensive only/);
  assert.deepEqual([o.consultation.value, o.consultation.claims], [true, ['c3']]);
  assert.equal(o.nonaggression.value, null, 'a listed principle and an opinion do not make a non-aggression clause');
  assert.equal(o.no_competing_commitments.value, true);
  assert.equal(o.no_territory_use.value, true);
  assert.equal(o.neutrality.value, null);
});

const OFFICIAL = `TREATY ON MARITIME COOPERATION BETWEEN THE REPUBLIC OF A AND THE UNION OF B

Article 1
The Parties shall develop their relations on the basis of mutual respect for sovereignty, territorial integrity, equality and non-interference in internal affairs. This Treaty does not affect the rights and obligations of the Parties under other international agreements to which they are parties.

Article 2
The Parties shall refrain from the threat or use of force against each other.

Article 5
In the event of an armed attack against the territory of either Party, the other Party shall provide the Party attacked with assistance, including military assistance, by all means at its disposal, in accordance with Article 51 of the Charter of the United Nations and the laws of the Parties.

Done at Northport on 2 May 2030.
`;

test('the official text decides: other agreements unaffected makes no_competing_commitments false', () => {
  const docs = [makeDoc('o', { kind: 'official', body: OFFICIAL }), makeDoc('d1')];
  const claims = [
    makeClaim('c1', 'o', OFFICIAL.split('\n')[0], { kind: 'heading' }),
    makeClaim('c2', 'd1', 'Both countries pledge not to join any alliance directed against the other and to consult on threats to their security.'),
  ];
  const o = obligations(docs, claims);
  assert.equal(o.no_competing_commitments.value, false, 'a report cannot add a clause the official text lacks');
  assert.match(o.no_competing_commitments.basis ?? '', /Article 1/);
  assert.equal(o.consultation.value, null);
  assert.equal(o.nonaggression.value, true);
  assert.deepEqual(o.defense.conditions, [
    'In the event of an armed attack against the territory of either Party',
    'in accordance with Article 51 of the Charter of the United Nations and the laws of the Parties',
  ]);
  assert.equal(o.offense.value, false);
});

const WATER = `AGREEMENT ON THE SHARED WATERS OF THE UPPER RIVER BETWEEN THE REPUBLIC OF A AND THE KINGDOM OF B

Article 1
The Parties shall share the waters of the river in equal parts.

Article 2
When the flow at the border gauge remains below forty cubic metres per second for ten consecutive days, the Parties shall hold consultations within seven days and shall reduce their withdrawals in equal proportions.

Done at Eastford on 3 March 2031.
`;

test('the official text consults only on low river flow: consultation is false, and the basis names the words', () => {
  const docs = [makeDoc('o', { kind: 'official', body: WATER }), makeDoc('d1')];
  const claims = [
    makeClaim('c1', 'o', WATER.split('\n')[0], { kind: 'heading' }),
    makeClaim('c2', 'd1', 'When the river runs low, the two governments must consult within a week, Article 2 says.', { articles: [2] }),
  ];
  const o = obligations(docs, claims);
  assert.equal(o.consultation.value, false);
  assert.equal(
    o.consultation.basis,
    'official text, Article 2: "consultations" on no threat, attack, armed conflict or crisis, so not a security consultation',
  );
  // A treaty on sharing water, with no alliance clause anywhere, is plainly no alliance.
  assert.equal(o.defense.value, false);
  assert.match(o.defense.basis ?? '', /articles are on resource-sharing/);
});

test('from reports alone: only the claims on a security contingency make consultation; trade consultations leave it unknown', () => {
  const signed = makeClaim('c0', 'd1', 'The treaty on good-neighbourly relations was signed on March 3, 2031.', { dates: [['March 3, 2031', '2031-03-03']] });
  const security = [
    signed,
    makeClaim('c1', 'd1', 'The two governments will consult on trade if either side asks.'),
    makeClaim('c2', 'd2', 'Стороны незамедлительно проводят консультации, если возникает угроза безопасности одной из них.'),
  ];
  const yes = obligations(undefined, security).consultation;
  assert.deepEqual(yes, { value: true, claims: ['c2'], basis: '1 claim from 1 independent source: "консультации" on "угроза безопасности"' });

  const trade = obligations(undefined, security.slice(0, 2)).consultation;
  assert.deepEqual(trade, {
    value: null,
    claims: ['c1'],
    basis: '1 claim from 1 independent source: "consult" on no threat, attack, armed conflict or crisis, so not a security consultation',
  });
});

test('from paraphrase: no help to the aggressor is neutrality, denials make defense false, territory and consultation true', () => {
  const docs = ['d1', 'd2', 'd3', 'd4'].map((id) => makeDoc(id));
  const claims = [
    makeClaim('c0', 'd1', 'The Treaty on Good Neighbourliness between Arland and Belmark was signed on May 4, 2031.', {
      dates: [['May 4, 2031', '2031-05-04']],
    }),
    makeClaim('c1', 'd1', 'Under Article 6, if either country is invaded, the other will not help the aggressor.', { articles: [6] }),
    makeClaim(
      'c2',
      'd1',
      'Unlike the older pact between Belmark and Corvia, under which each must come to the aid of the other if attacked, this treaty has nothing of the kind.',
    ),
    makeClaim('c3', 'd2', 'The accord does not include a mutual defence clause, officials stressed.'),
    makeClaim('c4', 'd3', 'Der Vertrag enthält kein Beistandsversprechen.'),
    makeClaim('c5', 'd3', 'Nach Artikel 7 wird keine Seite zulassen, dass ihr Territorium gegen die andere genutzt wird.', { articles: [7] }),
    makeClaim('c6', 'd4', "Selon l'article 8, les deux gouvernements se consultent immédiatement si l'un d'eux est menacé.", { articles: [8] }),
  ];
  const o = obligations(docs, claims);
  assert.equal(o.neutrality.value, true);
  assert.deepEqual(o.neutrality.claims, ['c1']);
  assert.equal(o.defense.value, false, 'two sources deny a defence clause, one contrasts with another pact');
  assert.match(o.defense.basis ?? '', /no defence clause: "not include a mutual defence clause"/);
  assert.equal(o.offense.value, false);
  assert.equal(o.no_territory_use.value, true);
  assert.equal(o.consultation.value, true);
  assert.equal(o.nonaggression.value, null, 'nothing speaks of it, and a partnership is not plainly no alliance');
});

test('an arms-control treaty is no alliance: every obligation is false, and the basis names the words of its title', () => {
  const claims = [
    makeClaim('c0', 'd1', 'The Treaty on the Reduction of Medium-Range Missiles between Arland and Belmark was signed on May 4, 2031.', {
      dates: [['May 4, 2031', '2031-05-04']],
    }),
    makeClaim('c1', 'd1', 'Article 2 caps each side at 300 deployed launchers.', { articles: [2] }),
    makeClaim('c2', 'd2', 'Inspectors may visit each declared base twice a year under Article 9.', { articles: [9] }),
    makeClaim('c3', 'd2', 'A consultative commission will meet at least twice a year to discuss questions of compliance.'),
  ];
  const o = obligations(undefined, claims);
  for (const key of ['defense', 'offense', 'neutrality', 'nonaggression', 'consultation', 'no_competing_commitments', 'no_territory_use'] as const) {
    assert.equal(o[key].value, false, key);
  }
  assert.match(o.defense.basis ?? '', /arms-control agreement, as its title says \("Reduction of Medium-Range Missiles"\)/);
});

test('a peace treaty rules out defense, offense, neutrality and consultation; what its clauses give stays', () => {
  const claims = [
    makeClaim('c0', 'd1', 'The Peace Treaty between Arland and Belmark was signed on May 4, 2031.', { dates: [['May 4, 2031', '2031-05-04']] }),
    makeClaim('c1', 'd1', 'Under Article 1 both states will refrain from the threat or use of force against each other.', { articles: [1] }),
    makeClaim('c2', 'd2', 'Article 3 provides for the demarcation of the border within two years.', { articles: [3] }),
  ];
  const o = obligations(undefined, claims);
  assert.deepEqual([o.defense.value, o.offense.value, o.neutrality.value, o.consultation.value], [false, false, false, false]);
  assert.equal(o.nonaggression.value, true);
  assert.equal(o.no_territory_use.value, null);
});

test('without a telling name, articles on tariffs and origin and no alliance clause anywhere make it no alliance', () => {
  const claims = [
    makeClaim('c0', 'd1', 'The Agreement between Arland and Belmark was signed on May 4, 2031.', { dates: [['May 4, 2031', '2031-05-04']] }),
    makeClaim('c1', 'd1', 'Article 2 eliminates tariffs on 98 percent of goods within seven years.', { articles: [2] }),
    makeClaim('c2', 'd2', 'Under Article 4, cars qualify only if they meet the rules of origin.', { articles: [4] }),
  ];
  const o = obligations(undefined, claims);
  assert.equal(o.defense.value, false);
  assert.equal(o.no_competing_commitments.value, false);
  assert.match(o.defense.basis ?? '', /articles are on market-access/);
});

test('without a telling name or articles, most reports calling it a trade pact make it no alliance; one report does not', () => {
  const claims = [
    makeClaim('c0', 'd1', 'The Agreement between Arland and Belmark was signed on May 4, 2031.', { dates: [['May 4, 2031', '2031-05-04']] }),
    makeClaim('c1', 'd1', 'The trade pact cuts duties on cars and grain.'),
    makeClaim('c2', 'd2', 'El acuerdo comercial entró en vigor el lunes.'),
    makeClaim('c3', 'd3', 'Farmers protested against the free trade agreement in the capital.'),
  ];
  const o = obligations(undefined, claims);
  assert.equal(o.defense.value, false);
  assert.match(o.defense.basis ?? '', /most independent reports call the agreement a trade agreement/);
  const once = [claims[0], claims[1], makeClaim('c4', 'd2', 'Ministers met in the capital.'), makeClaim('c5', 'd3', 'Talks went on.')];
  assert.equal(obligations(undefined, once).defense.value, null);
});

test('security cooperation mentioned only in the news around the agreement (a terrorism charge) keeps no alliance question open; in a clause it does', () => {
  const base = [
    makeClaim('c0', 'd1', 'The Agreement between Arland and Belmark was signed on May 4, 2031.', { dates: [['May 4, 2031', '2031-05-04']] }),
    makeClaim('c1', 'd1', 'Article 2 eliminates tariffs on 98 percent of goods within seven years.', { articles: [2] }),
    makeClaim('c2', 'd2', 'Under Article 4, cars qualify only if they meet the rules of origin.', { articles: [4] }),
  ];
  const news = makeClaim('c3', 'd2', 'Arland said the pact would stay frozen until Belmark stopped harbouring terrorists on its soil.');
  assert.equal(obligations(undefined, [...base, news]).defense.value, false);
  const clause = makeClaim('c4', 'd2', 'Article 9 commits the two police forces to act together against terrorism.', { articles: [9] });
  assert.equal(obligations(undefined, [...base, clause]).defense.value, null);
});

test("a report on another instrument's defence clause gives this agreement none", () => {
  const nato = { text: 'Article 5', start: 0, end: 0, number: 5, instrument: 'the North Atlantic Treaty' };
  const claims = [
    makeClaim('c1', 'd1', 'The convention banning cluster munitions was signed in Oslo on 3 December 2031.', { dates: [['3 December 2031', '2031-12-03']] }),
    {
      ...makeClaim(
        'c2',
        'd1',
        "Officials said any mines would serve defensive planning under the alliance's collective defence clause, Article 5 of the North Atlantic Treaty.",
      ),
      foreign_refs: [nato],
    },
    {
      ...makeClaim('c3', 'd2', "La clause de défense collective de l'Alliance, l'article 5 du traité de l'Atlantique Nord, protège les États baltes."),
      foreign_refs: [nato],
    },
  ];
  assert.notEqual(obligations(undefined, claims).defense.value, true);
});
