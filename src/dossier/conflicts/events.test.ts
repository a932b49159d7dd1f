// Dates and places of the signature and of each lifecycle step, compared as values: one place in several
// languages, one date at several precisions, are one value; other events' dates are not misstatements.
// Invented agreements and parties; wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim, ClaimEvent, LifecycleEvent, LifecycleStep } from '../../types.ts';
import type { MergedEvent } from '../lifecycle/merge.ts';
import { makeDoc, makeRecord } from '../lifecycle/testing.ts';
import type { Observation } from '../lifecycle/types.ts';
import type { Vote } from '../record/types.ts';
import { eventConflicts, recordConflicts } from './events.ts';
import type { ResolveContext } from './resolve.ts';

const LANGUAGES: Record<string, string> = { a: 'en', b: 'es', c: 'en', d: 'de', e: 'ru', f: 'ar', g: 'fr', h: 'en' };
const ctx: ResolveContext = { officialDocs: new Set(['o']), sourceOf: (d) => d, languageOf: (d) => LANGUAGES[d] ?? null };
const vote = (value: string, docs: string[]): Vote => ({ value, docs, claims: docs.map((d) => `${d}-c`), sources: docs.length });

function record(evidence: { signedDate?: Vote[]; signedPlace?: Vote[]; articleCount?: Vote[] }, signed = '2031-04-02') {
  const docs = Object.keys(LANGUAGES).map((id) => makeDoc(id, { language: LANGUAGES[id] }, ['x']).doc);
  return makeRecord(
    docs,
    { parties: ['CL', 'PE'], signed: { date: signed, place: null } },
    { evidence: { signedDate: [], signedPlace: [], articleCount: [], ...evidence } },
  );
}

test('the signing place written in five languages is one value, not a conflict', () => {
  const r = record({ signedPlace: [vote('Vienna', ['a', 'c']), vote('Wien', ['d']), vote('в Вене', ['e']), vote('فيينا', ['f']), vote('à Vienne', ['g'])] });
  assert.deepEqual(recordConflicts(r, ctx), []);
});

test('a real disagreement on the signing place: its sides in any language, settled by most sources', () => {
  const r = record({ signedPlace: [vote('Brussels', ['a']), vote('Bruselas', ['b']), vote('в Брюсселе', ['e']), vote('Luxembourg', ['h'])] });
  const [c] = recordConflicts(r, ctx);
  assert.equal(c.slot, 'place');
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['Brussels', ['a', 'b', 'e']],
      ['Luxembourg', ['h']],
    ],
  );
  assert.deepEqual(c.resolved, { value: 'Brussels', basis: 'majority of independent sources (3 vs 1)' });
  assert.deepEqual(c.misstated_by, ['h']);
});

test('a signing month agrees with the day; a date of another year is another instrument', () => {
  const r = record({ signedDate: [vote('2031-04-02', ['a', 'b']), vote('2031-04', ['d']), vote('2031-04-03', ['e']), vote('1998-06-11', ['f'])] });
  const [c] = recordConflicts(r, ctx);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-04-02', ['a', 'b']],
      ['2031-04-03', ['e']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['e']);
});

test('an article count in Roman numerals is the same count', () => {
  const r = record({ articleCount: [vote('23', ['a']), vote('XXIII', ['d'])] });
  assert.deepEqual(recordConflicts(r, ctx), []);
});

let claimIds = 0;
function observation(doc: string, step: LifecycleStep, date: string | null, extra: Partial<Observation> = {}): Observation {
  return { step, date, party: 'CL', body: null, ref: null, place: null, claim: `${doc}-${++claimIds}`, doc, hedged: false, cue: 'test', text: '', ...extra };
}
function merged(observations: Observation[], date: string | null): MergedEvent {
  const o = observations[0];
  const event: LifecycleEvent = {
    step: o.step,
    date,
    party: o.party,
    body: o.body,
    ref: null,
    claims: observations.map((x) => x.claim),
    docs: [...new Set(observations.map((x) => x.doc))],
  };
  return { event, observations };
}

test("a party's ratification dated differently by one source is a conflict; its other date, another event's, is set aside", () => {
  const ratifiedCL = merged(
    [
      observation('a', 'ratified', '2031-09-14'),
      observation('b', 'ratified', '2031-09-14'),
      // "Chile ratified on 15 September, a week after Peru (8 September)": one claim, two dates.
      observation('c', 'ratified', '2031-09-15', { claim: 'c-two' }),
      observation('c', 'ratified', '2031-09-08', { claim: 'c-two' }),
    ],
    '2031-09-14',
  );
  const ratifiedPE = merged([observation('d', 'ratified', '2031-09-08', { party: 'PE' })], '2031-09-08');
  const [c, ...rest] = eventConflicts([ratifiedCL, ratifiedPE], ctx);
  assert.equal(rest.length, 0);
  assert.equal(c.slot, 'date');
  assert.equal(c.about, 'the date of the ratification (CL)');
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-09-14', ['a', 'b']],
      ['2031-09-15', ['c']],
    ],
  );
  assert.deepEqual(c.resolved, { value: '2031-09-14', basis: 'majority of independent sources (2 vs 1)' });
  assert.deepEqual(c.misstated_by, ['c']);
});

test('a month supports no side between two days; a tie accuses nobody', () => {
  const e = merged(
    [observation('a', 'ratified', '2031-09-14'), observation('c', 'ratified', '2031-09-15'), observation('d', 'ratified', '2031-09')],
    '2031-09-14',
  );
  const [c] = eventConflicts([e], ctx);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-09-14', ['a']],
      ['2031-09-15', ['c']],
    ],
  );
  assert.equal(c.resolved, null);
  assert.equal(c.misstated_by, undefined);
});

test("the lower house's vote is not the upper house's: a body-less vote on the other chamber's day is no misstatement", () => {
  const lower = merged(
    [
      observation('a', 'approved-by-legislature', '2031-05-10', { body: 'Chamber of Deputies' }),
      observation('b', 'approved-by-legislature', '2031-05-10', { body: 'Cámara de Diputados' }),
      observation('c', 'approved-by-legislature', '2031-06-02'),
    ],
    '2031-05-10',
  );
  const upper = merged([observation('d', 'approved-by-legislature', '2031-06-02', { body: 'Senate' })], '2031-06-02');
  assert.deepEqual(eventConflicts([lower, upper], ctx), []);
});

test('a date taken from the publication date is not what the source said; a date of another year is another round', () => {
  const inferred: ClaimEvent = {
    step: 'entered-into-force',
    status: 'done',
    date: '2031-12-20',
    date_from: 'published',
    party: null,
    body: null,
    ref: null,
    place: null,
    condition: null,
    cue: 'test',
    text: 'has entered into force',
    start: 0,
    end: 0,
  };
  const claims = new Map<string, Claim>([['c-inferred', { ...makeDoc('c', {}, ['x']).claims[0], id: 'c-inferred', events: [inferred] }]]);
  const e = merged(
    [
      observation('a', 'entered-into-force', '2031-12-01', { party: null }),
      observation('b', 'entered-into-force', '2031-12-01', { party: null }),
      observation('c', 'entered-into-force', '2031-12-20', { party: null, claim: 'c-inferred' }),
      observation('d', 'entered-into-force', '2004-03-01', { party: null }),
    ],
    '2031-12-01',
  );
  assert.deepEqual(eventConflicts([e], ctx, claims), []);
});

test('a date the reading took from the publication date counts when the claim writes that day too', () => {
  // A feed item of 20 December: "El Senado ha dado su visto bueno al tratado el 20 de diciembre".
  const read: ClaimEvent = {
    step: 'approved-by-legislature',
    status: 'done',
    date: '2031-12-20',
    date_from: 'published',
    party: 'CL',
    body: 'Senate',
    ref: null,
    place: null,
    condition: null,
    cue: 'test',
    text: 'ha dado su visto bueno',
    start: 0,
    end: 0,
  };
  const claim = makeDoc('c', { published: '2031-12-20' }, [
    { text: 'El Senado ha dado su visto bueno al tratado el 20 de diciembre.', dates: [['20 de diciembre', '2031-12-20']] },
  ]).claims[0];
  const claims = new Map<string, Claim>([['c-written', { ...claim, id: 'c-written', events: [read] }]]);
  const e = merged(
    [
      observation('a', 'approved-by-legislature', '2031-12-19'),
      observation('b', 'approved-by-legislature', '2031-12-19'),
      observation('c', 'approved-by-legislature', '2031-12-20', { claim: 'c-written' }),
    ],
    '2031-12-19',
  );
  const [c] = eventConflicts([e], ctx, claims);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-12-19', ['a', 'b']],
      ['2031-12-20', ['c']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['c']);
});

test("an event's place in two languages is one place", () => {
  const e = merged(
    [
      observation('a', 'instruments-exchanged', '2031-10-01', { party: null, place: 'Santiago' }),
      observation('b', 'instruments-exchanged', '2031-10-01', { party: null, place: 'en Santiago' }),
    ],
    '2031-10-01',
  );
  assert.deepEqual(eventConflicts([e], ctx), []);
});

test('"the parliament" is the one legislature named elsewhere: its other date is a conflict; a chamber is not the parliament', () => {
  const claims = new Map<string, Claim>();
  const withBody = (doc: string, date: string, name: string, role: 'legislature' | 'lower-house' | 'upper-house') => {
    const o = observation(doc, 'approved-by-legislature', date, { party: 'NO', body: name });
    claims.set(o.claim, { ...makeDoc(doc, {}, ['x']).claims[0], id: o.claim, bodies: [{ text: name, start: 0, end: 0, name, role, country: 'NO' }] });
    return o;
  };
  const storting = merged([withBody('a', '2031-06-12', 'Storting', 'legislature'), withBody('c', '2031-06-12', 'Storting', 'legislature')], '2031-06-12');
  const parliament = merged([withBody('b', '2031-06-13', 'Parliament', 'legislature')], '2031-06-13');
  const [c, ...rest] = eventConflicts([storting, parliament], ctx, claims);
  assert.equal(rest.length, 0);
  assert.equal(c.about, 'the date of the approval by the legislature (NO, Storting)');
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-06-12', ['a', 'c']],
      ['2031-06-13', ['b']],
    ],
  );

  const senate = merged([withBody('a', '2031-06-12', 'Senate', 'upper-house'), withBody('c', '2031-06-12', 'Senate', 'upper-house')], '2031-06-12');
  assert.deepEqual(eventConflicts([senate, parliament], ctx, claims), []);
});

test('a year the source did not write is ours: it agrees with the same day of the year the others give, or says nothing', () => {
  const claims = new Map<string, Claim>();
  const said = (doc: string, date: string, text: string) => {
    const o = observation(doc, 'ratified', date);
    claims.set(o.claim, { ...makeDoc(doc, {}, [text]).claims[0], id: o.claim });
    return o;
  };
  const e = merged(
    [
      said('a', '2031-09-14', 'Chile ratified the accord on 14 September 2031.'),
      said('b', '2031-09-14', 'Chile lo ratificó el 14 de septiembre de 2031.'),
      said('c', '2032-09-14', 'Chile ratified it on September 14 last year.'), // a year resolved wrongly, day right
      said('d', '2032-09-16', 'It ratified on 16 September, a report said.'), // a day no one else gives, year unwritten: no side
      said('g', '2031-09-15', "Le Chili l'a ratifié le 15 septembre 2031."),
    ],
    '2031-09-14',
  );
  const [c] = eventConflicts([e], ctx, claims);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-09-14', ['a', 'b', 'c']],
      ['2031-09-15', ['g']],
    ],
  );
});

test('a signing date written in the year before is a misstatement (an adoption taken for the signature); decades apart, another treaty', () => {
  const docs = ['a', 'b', 'e', 'f'].map((id) =>
    makeDoc(id, { language: LANGUAGES[id] }, [
      id === 'e'
        ? 'Соглашение, подписанное 12 декабря 2030 года, вступило в силу.'
        : id === 'f'
          ? 'وقعت معاهدة سابقة في عام 2001.'
          : 'It was signed on April 2, 2031.',
    ]),
  );
  const claimOf = (id: string) => docs.find((d) => d.doc.id === id)!.claims[0].id;
  const v = (value: string, ids: string[]): Vote => ({ value, docs: ids, claims: ids.map(claimOf), sources: ids.length });
  const r = makeRecord(
    docs.map((d) => d.doc),
    { parties: ['CL', 'PE'], signed: { date: '2031-04-02', place: null } },
    {
      evidence: { signedDate: [v('2031-04-02', ['a', 'b']), v('2030-12-12', ['e']), v('2001-05-05', ['f'])], signedPlace: [], articleCount: [] },
    },
  );
  const claims = new Map(docs.flatMap((d) => d.claims).map((c) => [c.id, c]));
  const [c, ...rest] = recordConflicts(r, ctx, claims);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    c.values.map((x) => [x.value, x.docs]),
    [
      ['2031-04-02', ['a', 'b']],
      ['2030-12-12', ['e']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['e']);
});

test("a month that holds another event's day, beside a day the source gives, is that event's month", () => {
  const ratified = merged(
    [
      observation('a', 'ratified', '2031-09-14'),
      observation('b', 'ratified', '2031-09-14'),
      // "Le traité, signé en avril, a été ratifié le 15 septembre": the same source, April and the 15th.
      observation('g', 'ratified', '2031-04'),
      observation('g', 'ratified', '2031-09-15'),
    ],
    '2031-09-14',
  );
  const signed = merged([observation('d', 'signed', '2031-04-02', { party: null })], '2031-04-02');
  const [c] = eventConflicts([ratified, signed], ctx);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-09-14', ['a', 'b']],
      ['2031-09-15', ['g']],
    ],
  );
});

test("where the lifecycle read a source's signature from its verb, its dates decide between the record's", () => {
  const texts: Record<string, string[]> = {
    a: ['The accord was signed on 2 April 2031.'],
    b: ['Ministers signed the accord on 2 April 2031.', 'It stays open for signature until 1 April 2032.'],
    c: ['April 2, 2031 - The ministers sign the accord.', 'May 20, 2031 - A delegation flies in to sign visa agreements.'],
    e: ['Соглашение, подписанное 12 декабря 2030 года, вступило в силу.'],
  };
  const parts = Object.entries(texts).map(([id, lines]) => makeDoc(id, { language: LANGUAGES[id] }, lines));
  const line = (doc: string, i: number) => parts.find((p) => p.doc.id === doc)!.claims[i];
  const v = (value: string, given: [string, number][]): Vote => ({
    value,
    docs: [...new Set(given.map(([d]) => d))],
    claims: given.map(([d, i]) => line(d, i).id),
    sources: given.length,
  });
  const r = makeRecord(
    parts.map((p) => p.doc),
    { parties: ['CL', 'PE'], signed: { date: '2031-04-02', place: null } },
    {
      evidence: {
        signedDate: [
          v('2031-04-02', [
            ['a', 0],
            ['b', 0],
          ]),
          v('2032-04-01', [['b', 1]]),
          v('2031-05-20', [['c', 1]]),
          v('2030-12-12', [['e', 0]]),
        ],
        signedPlace: [],
        articleCount: [],
      },
    },
  );
  const signing = [
    observation('b', 'signed', '2031-04-02', { claim: line('b', 0).id, party: null }),
    observation('c', 'signed', '2031-04-02', { claim: line('c', 0).id, party: null }),
  ];
  const claims = new Map(parts.flatMap((p) => p.claims).map((c) => [c.id, c]));
  const [c, ...rest] = recordConflicts(r, ctx, claims, signing);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    c.values.map((x) => [x.value, x.docs]),
    [
      ['2031-04-02', ['a', 'b', 'c']],
      ['2030-12-12', ['e']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['e']);
});

test('a source giving an event two days, one of them its own publication day, tells of it on the other', () => {
  const published: Record<string, string> = { g: '2031-09-16' };
  const withDays: ResolveContext = { ...ctx, publishedOf: (d) => published[d] ?? null };
  const e = merged(
    [
      observation('a', 'ratified', '2031-09-14'),
      observation('b', 'ratified', '2031-09-14'),
      observation('c', 'ratified', '2031-09-15'),
      // "Santiago, 16 septembre 2031 – Le Chili a ratifié l'accord … par un décret signé le 14 septembre."
      observation('g', 'ratified', '2031-09-16'),
      observation('g', 'ratified', '2031-09-14'),
    ],
    '2031-09-14',
  );
  const [c] = eventConflicts([e], withDays);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-09-14', ['a', 'b', 'g']],
      ['2031-09-15', ['c']],
    ],
  );
});

test("a list of states the agreement entered into force for on one day states that day for each of them, whatever other states' events share it", () => {
  // "The convention entered into force on Saturday for Chile, Peru and Ecuador" (a), against a timeline that
  // gives Ecuador a later day (b) and other states that day (c).
  const list = 'a-list';
  const forEC = merged(
    [observation('a', 'entered-into-force', '2032-01-01', { claim: list, party: 'EC' }), observation('b', 'entered-into-force', '2032-02-01', { party: 'EC' })],
    '2032-01-01',
  );
  const forCL = merged(
    [observation('a', 'entered-into-force', '2032-01-01', { claim: list, party: 'CL' }), observation('c', 'entered-into-force', '2032-01-01', { party: 'CL' })],
    '2032-01-01',
  );
  const forUY = merged([observation('c', 'entered-into-force', '2032-01-01', { party: 'UY' })], '2032-01-01');
  const conflicts = eventConflicts([forEC, forCL, forUY], ctx);
  assert.deepEqual(
    conflicts.map((c) => [c.about, c.values.map((v) => [v.value, v.docs])]),
    [
      [
        'the date of the entry into force (EC)',
        [
          ['2032-01-01', ['a']],
          ['2032-02-01', ['b']],
        ],
      ],
    ],
  );
});

test("a named chamber's vote told without its state is that state's vote: its other day is a conflict, even on another event's day", () => {
  // "El Senado aprobó el acuerdo el 3 de marzo" (no state) beside "Der chilenische Senat stimmte am 4. März zu";
  // Peru's Congress ratified on 4 March: a coincidence, not the day the German source meant.
  const stateless = merged([observation('b', 'approved-by-legislature', '2031-03-03', { party: null, body: 'Senate' })], '2031-03-03');
  const chile = merged([observation('d', 'approved-by-legislature', '2031-03-04', { body: 'Senate' })], '2031-03-04');
  const peru = merged([observation('e', 'ratified', '2031-03-04', { party: 'PE' })], '2031-03-04');
  const [c, ...rest] = eventConflicts([stateless, chile, peru], ctx);
  assert.equal(rest.length, 0);
  assert.equal(c.about, 'the date of the approval by the legislature (CL, Senate)');
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['2031-03-04', ['d']],
      ['2031-03-03', ['b']],
    ],
  );
  // Weeks apart, or with a second state's Senate in the pile, the stateless vote is nobody's in particular.
  const later = merged([observation('b', 'approved-by-legislature', '2031-05-20', { party: null, body: 'Senate' })], '2031-05-20');
  assert.deepEqual(eventConflicts([later, chile], ctx), []);
  const peruSenate = merged([observation('e', 'approved-by-legislature', '2031-03-06', { party: 'PE', body: 'Senate' })], '2031-03-06');
  assert.deepEqual(eventConflicts([stateless, chile, peruSenate], ctx), []);
});

test("a timeline line dating a vote on another event's day, that day alone, still misstates the vote", () => {
  // The Senate approved on 24 April (two reports); a timeline line says 25 April, the day the president ratified.
  const senate = merged(
    [
      observation('a', 'approved-by-legislature', '2031-04-24', { body: 'Senate' }),
      observation('b', 'approved-by-legislature', '2031-04-24', { body: 'Senate' }),
      observation('t', 'approved-by-legislature', '2031-04-25', { body: 'Senate', claim: 't-line' }),
    ],
    '2031-04-24',
  );
  const ratified = merged([observation('b', 'ratified', '2031-04-25', { body: 'President' })], '2031-04-25');
  const line = {
    id: 't-line',
    doc: 't',
    text: '25 April 2031: the Senate approves the convention by 74 votes to 26.',
    dates: [{ value: '2031-04-25' }],
  } as unknown as Claim;
  const [c] = eventConflicts([senate, ratified], ctx, new Map([['t-line', line]]));
  assert.equal(c?.about, 'the date of the approval by the legislature (CL, Senate)');
  assert.deepEqual(c.misstated_by, ['t']);
});
