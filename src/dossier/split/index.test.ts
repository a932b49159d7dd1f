import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim, DocumentRecord } from '../../types.ts';
import { buildAgreements } from '../index.ts';
import { makeClaim, makeDoc } from '../record/claims.fixture.ts';
import { splitPile } from './index.ts';

// Short invented reports: a rail treaty between Norvane and Castellia (three reports) and a fishing accord
// between Ostrevia and Peltmark (two), as a user might drop them into one folder.
let n = 0;
const claim = (doc: string, text: string, spec: Parameters<typeof makeClaim>[3] = {}) => makeClaim(`c${++n}`, doc, text, spec);

function railReports(): { docs: DocumentRecord[]; claims: Claim[] } {
  const docs = [makeDoc('r1', { published: '2031-03-03' }), makeDoc('r2', { published: '2031-04-10' }), makeDoc('r3', { published: '2031-05-20' })];
  const claims = [
    claim(
      'r1',
      'The governments of Norvane and Castellia on Monday signed the Treaty on Cross-Border Rail Connection between Norvane and Castellia during talks in Orbel.',
      { dates: [['Monday', '2031-03-03']] },
    ),
    claim('r1', 'Under Article 4 of the treaty, both sides will build a joint high-speed line.', { articles: [4] }),
    claim(
      'r2',
      'The Treaty on Cross-Border Rail Connection, signed in Orbel on March 3, 2031, was submitted to the National Assembly of Norvane for ratification on April 9.',
      {
        dates: [
          ['March 3, 2031', '2031-03-03'],
          ['April 9', '2031-04-09'],
        ],
      },
    ),
    claim('r2', 'Article 4 of the treaty provides for a joint high-speed line between the capitals.', { articles: [4] }),
    claim('r3', 'The Senate of Castellia on May 19 approved the Treaty on Cross-Border Rail Connection with Norvane.', { dates: [['May 19', '2031-05-19']] }),
    claim('r3', 'The treaty, signed on March 3, 2031 in Orbel, has 12 articles.', { dates: [['March 3, 2031', '2031-03-03']] }),
  ];
  return { docs, claims };
}

function fishingReports(): { docs: DocumentRecord[]; claims: Claim[] } {
  const docs = [makeDoc('f1', { published: '2031-06-14' }), makeDoc('f2', { published: '2031-09-02' })];
  const claims = [
    claim(
      'f1',
      'Ostrevia and Peltmark signed the Agreement on Fisheries Management in the Grey Sea between Ostrevia and Peltmark on June 12, 2031 in Valmonde.',
      { dates: [['June 12, 2031', '2031-06-12']] },
    ),
    claim('f1', 'Under Article 2 of the agreement, a joint commission will set the herring quotas each year.', { articles: [2] }),
    claim('f2', 'The parliament of Peltmark ratified the Agreement on Fisheries Management in the Grey Sea on September 1.', {
      dates: [['September 1', '2031-09-01']],
    }),
    claim('f2', 'The agreement was signed in Valmonde on June 12, 2031 and has 9 articles.', { dates: [['June 12, 2031', '2031-06-12']] }),
  ];
  return { docs, claims };
}

const pile = (...parts: { docs: DocumentRecord[]; claims: Claim[] }[]) => ({ docs: parts.flatMap((p) => p.docs), claims: parts.flatMap((p) => p.claims) });

test('a pile of two treaties gives two agreements, each from its own reports only', () => {
  const { docs, claims } = pile(fishingReports(), railReports());
  const { agreements, conflicts } = buildAgreements(docs, claims);
  assert.equal(agreements.length, 2);
  const [rail, fish] = agreements;
  // The agreement more documents support comes first, whatever the pile order.
  assert.deepEqual([rail.id, fish.id], ['a1', 'a2']);
  assert.match(rail.title, /Rail Connection/);
  assert.deepEqual(rail.parties, ['Castellia', 'Norvane']);
  assert.equal(rail.signed.date, '2031-03-03');
  assert.equal(rail.signed.place, 'Orbel');
  assert.equal(rail.article_count, 12);
  assert.match(fish.title, /Fisheries Management/);
  assert.deepEqual(fish.parties, ['Ostrevia', 'Peltmark']);
  assert.equal(fish.signed.date, '2031-06-12');
  assert.equal(fish.article_count, 9);

  // No cross-contamination: every claim an agreement cites comes from its own reports.
  const docOf = new Map(claims.map((c) => [c.id, c.doc]));
  const cited = (a: (typeof agreements)[number]) =>
    new Set([...a.signed.claims, ...a.articles.flatMap((x) => x.claims), ...a.lifecycle.flatMap((e) => e.claims)].map((id) => docOf.get(id)));
  assert.deepEqual([...cited(rail)].sort(), ['r1', 'r2', 'r3']);
  assert.deepEqual([...cited(fish)].sort(), ['f1', 'f2']);
  assert.deepEqual(
    rail.articles.map((x) => x.number),
    [4],
  );
  assert.deepEqual(
    fish.articles.map((x) => x.number),
    [2],
  );
  assert.deepEqual(rail.split?.docs, ['r1', 'r2', 'r3']);
  assert.deepEqual(fish.split?.docs, ['f1', 'f2']);
  for (const c of conflicts) assert.ok(c.agreement === 'a1' || c.agreement === 'a2');
});

test('the split records what separated the groups', () => {
  const { docs, claims } = pile(railReports(), fishingReports());
  const groups = splitPile(docs, claims);
  assert.ok(groups);
  assert.deepEqual(
    groups.map((g) => [g.titles, g.parties, g.signed, g.separated_by]),
    [
      [['Treaty on Cross-Border Rail Connection between Norvane and Castellia'], ['Castellia', 'Norvane'], '2031-03-03', ['title', 'parties', 'signing date']],
      [
        ['Agreement on Fisheries Management in the Grey Sea between Ostrevia and Peltmark'],
        ['Ostrevia', 'Peltmark'],
        '2031-06-12',
        ['title', 'parties', 'signing date'],
      ],
    ],
  );
});

test('one title between two other pairs of states, signed on other dates, is two agreements', () => {
  const docs = ['v1', 'v2', 'v3', 'v4'].map((id) => makeDoc(id));
  const claims = [
    claim('v1', 'The Agreement on Visa-Free Travel between Norvane and Castellia was signed on January 10, 2031.', {
      dates: [['January 10, 2031', '2031-01-10']],
    }),
    claim('v2', 'Norvane and Castellia signed the Agreement on Visa-Free Travel between Norvane and Castellia on January 10, 2031 in Orbel.', {
      dates: [['January 10, 2031', '2031-01-10']],
    }),
    claim('v3', 'The Agreement on Visa-Free Travel between Ostrevia and Peltmark was signed on May 2, 2031.', { dates: [['May 2, 2031', '2031-05-02']] }),
    claim('v4', 'Ostrevia and Peltmark signed the Agreement on Visa-Free Travel between Ostrevia and Peltmark on May 2, 2031.', {
      dates: [['May 2, 2031', '2031-05-02']],
    }),
  ];
  const { agreements } = buildAgreements(docs, claims);
  assert.deepEqual(
    agreements.map((a) => [a.parties, a.signed.date, a.split?.separated_by]),
    [
      [['Castellia', 'Norvane'], '2031-01-10', ['parties', 'signing date']],
      [['Ostrevia', 'Peltmark'], '2031-05-02', ['parties', 'signing date']],
    ],
  );
});

test('a pile about one treaty that mentions others in passing stays one agreement', () => {
  const { docs, claims } = railReports();
  docs.push(makeDoc('r4', { published: '2031-05-21' }), makeDoc('r5', { published: '2031-06-20' }));
  claims.push(
    claim('r1', 'The treaty supersedes the Agreement on Railway Traffic between Norvane and Castellia of 1998.', { dates: [['1998', '1998']] }),
    claim('r3', 'Unlike Article 5 of the North Atlantic Treaty, signed in Washington on April 4, 1949, it holds no defence clause.', {
      dates: [['April 4, 1949', '1949-04-04']],
      articles: [5],
    }),
    // A report on the rail treaty that also tells of another recent signature.
    claim('r4', 'Lawmakers in Norvane debated the Treaty on Cross-Border Rail Connection signed in Orbel on March 3, 2031.', {
      dates: [['March 3, 2031', '2031-03-03']],
    }),
    claim('r4', 'The Treaty on Cross-Border Rail Connection will link the two capitals.'),
    claim('r4', 'Separately, Castellia signed the Agreement on Fisheries Management in the Grey Sea on June 12, 2031.', {
      dates: [['June 12, 2031', '2031-06-12']],
    }),
    // A comparison that is mostly about the other accord names the rail treaty too: one pile, not two.
    claim('r5', 'The Agreement on Fisheries Management in the Grey Sea, signed on June 12, 2031, follows the model of the rail treaty.', {
      dates: [['June 12, 2031', '2031-06-12']],
    }),
    claim('r5', 'The Agreement on Fisheries Management in the Grey Sea sets up a commission like the one of the Treaty on Cross-Border Rail Connection.'),
    claim('r5', 'Critics say the Agreement on Fisheries Management in the Grey Sea copies its quotas from older accords.'),
  );
  assert.equal(splitPile(docs, claims), null);
  const { agreements } = buildAgreements(docs, claims);
  assert.equal(agreements.length, 1);
  assert.match(agreements[0].title, /Rail Connection/);
  assert.equal(agreements[0].signed.date, '2031-03-03');
  assert.equal(agreements[0].split, undefined);
});

test('reports that each date the signature differently are not an agreement of their own', () => {
  const { docs, claims } = railReports();
  for (const [id, day] of [
    ['x1', '2031-07-01'],
    ['x2', '2031-08-15'],
    ['x3', '2031-10-20'],
  ]) {
    docs.push(makeDoc(id));
    claims.push(claim(id, `The Agreement on Fisheries Management in the Grey Sea was signed on ${day}.`, { dates: [[day, day]] }));
  }
  assert.equal(splitPile(docs, claims), null);
});

test('states signing one convention on several dates do not split it', () => {
  const docs = ['m1', 'm2', 'm3', 'm4'].map((id) => makeDoc(id));
  const claims = [
    claim('m1', 'Norvane and Castellia signed the Convention on Clean Rivers on January 10, 2031.', {
      dates: [['January 10, 2031', '2031-01-10']],
      parties: [
        ['Norvane', 'NV'],
        ['Castellia', 'CS'],
      ],
    }),
    claim('m2', 'The Convention on Clean Rivers was signed by Norvane and Castellia on January 10, 2031.', {
      dates: [['January 10, 2031', '2031-01-10']],
      parties: [
        ['Norvane', 'NV'],
        ['Castellia', 'CS'],
      ],
    }),
    claim('m3', 'Ostrevia and Peltmark signed the Convention on Clean Rivers on May 2, 2031.', {
      dates: [['May 2, 2031', '2031-05-02']],
      parties: [
        ['Ostrevia', 'OS'],
        ['Peltmark', 'PM'],
      ],
    }),
    claim('m4', 'The Convention on Clean Rivers was signed by Ostrevia and Peltmark on May 2, 2031.', {
      dates: [['May 2, 2031', '2031-05-02']],
      parties: [
        ['Ostrevia', 'OS'],
        ['Peltmark', 'PM'],
      ],
    }),
  ];
  assert.equal(splitPile(docs, claims), null);
  assert.equal(buildAgreements(docs, claims).agreements.length, 1);
});

test('one report that names the agreement in another language and dates a decree it signed does not split the pile', () => {
  const { docs, claims } = railReports();
  docs.push(makeDoc('r4', { language: 'ru', published: '2031-08-02' }));
  claims.push(
    claim('r4', 'Президент Норвании 1 августа 2031 года подписал указ о ратификации Договора о железнодорожном сообщении.', {
      dates: [['1 августа 2031 года', '2031-08-01']],
    }),
  );
  claims.push(
    claim('r4', 'Договор о железнодорожном сообщении, подписанный в Орбеле 12 декабря 2030 года, вступит в силу в этом году.', {
      dates: [['12 декабря 2030 года', '2030-12-12']],
    }),
  );
  assert.equal(splitPile(docs, claims), null);
});
