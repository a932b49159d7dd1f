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
  // One report each for the signing, the superseded treaty and the earlier one: nothing to disagree on.
  assert.deepEqual(conflicts, []);
});

test('an empty pile has no agreement', () => {
  assert.deepEqual(buildAgreements([], []), { agreements: [], conflicts: [] });
});

test("a multilateral agreement's parties are the states reported joining it, or for which it entered into force", () => {
  const event = (step: 'ratified' | 'entered-into-force', date: string, party: string, text: string) =>
    ({ step, status: 'done', date, date_from: 'text', party, body: null, ref: null, place: null, condition: null, cue: 't', text, start: 0, end: 0 }) as const;
  const docs = ['d1', 'd2', 'd3'].map((id) => makeDoc(id));
  const signed = makeClaim('c1', 'd1', 'The Convention on Mountain Lakes was signed by 40 states in Geneva on 3 May 2030.', {
    dates: [['3 May 2030', '2030-05-03']],
  });
  const ratified = makeClaim('c2', 'd2', 'Norway ratified the Convention on Mountain Lakes on 4 June 2030, after 40 states had signed it.', {
    dates: [['4 June 2030', '2030-06-04']],
    parties: [['Norway', 'NO']],
  });
  ratified.events = [event('ratified', '2030-06-04', 'NO', 'ratified')];
  const inForce = makeClaim('c3', 'd3', 'The Convention on Mountain Lakes entered into force for Chile on 1 March 2031.', {
    dates: [['1 March 2031', '2031-03-01']],
    parties: [['Chile', 'CL']],
  });
  inForce.events = [event('entered-into-force', '2031-03-01', 'CL', 'entered into force')];
  const { agreements } = buildAgreements(docs, [signed, ratified, inForce]);
  assert.equal(agreements[0].multilateral, true);
  assert.deepEqual(agreements[0].parties, ['CL', 'NO']);
});

/** Two or three independent outlets' reports of the signing of an (invented) accord, each with its date. */
function signingReports(dates: [doc: string, text: string, iso: string][]) {
  const docs = dates.map(([doc], i) => makeDoc(doc, { outlet: `Outlet ${i + 1}` }));
  const claims = dates.map(([doc, text, iso], i) => {
    const claim = makeClaim(`c${i + 1}`, doc, `Velland and Ostria signed the Kessa Bight Fisheries Accord on ${text}.`, {
      dates: [[text, iso]],
      parties: [
        ['Velland', 'VL'],
        ['Ostria', 'OS'],
      ],
    });
    claim.events = [
      {
        step: 'signed',
        status: 'done',
        date: iso,
        date_from: 'text',
        party: null,
        body: null,
        ref: null,
        place: null,
        condition: null,
        cue: 'signed',
        text: 'signed',
        start: 0,
        end: 0,
      },
    ];
    return claim;
  });
  return { docs, claims };
}

test('two independent sources that disagree on the signing date tie: the date is disputed and no one misstated it', () => {
  const { docs, claims } = signingReports([
    ['d1', '4 May 2033', '2033-05-04'],
    ['d2', '5 May 2033', '2033-05-05'],
  ]);
  const { conflicts } = buildAgreements(docs, claims);
  assert.deepEqual(
    conflicts.map((c) => [c.slot, c.about, c.values.map((v) => [v.value, v.docs]), c.resolved, c.misstated_by, c.status]),
    [
      [
        'date',
        'the signing date',
        [
          ['2033-05-04', ['d1']],
          ['2033-05-05', ['d2']],
        ],
        null,
        undefined,
        'disputed',
      ],
    ],
  );
});

test('a third independent source settles the signing date by majority; the one that gave another date misstated it', () => {
  const { docs, claims } = signingReports([
    ['d1', '4 May 2033', '2033-05-04'],
    ['d2', '5 May 2033', '2033-05-05'],
    ['d3', 'May 4, 2033', '2033-05-04'],
  ]);
  const { conflicts } = buildAgreements(docs, claims);
  assert.deepEqual(
    conflicts.map((c) => [c.slot, c.resolved, c.misstated_by, c.status]),
    [['date', { value: '2033-05-04', basis: 'majority of independent sources (2 vs 1)' }, ['d2'], 'confirmed']],
  );
});
