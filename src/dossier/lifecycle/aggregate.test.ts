// Aggregation over documents, with sentences of our own wording: the date most independent sources give (a
// minority date is a conflict, not the event's), opinion pieces that never make an event alone, parties found
// through the people the pile introduces, generic "parliament" joining its chamber, day-and-month dates of
// undated reports, and a bilateral treaty's later votes that are about something else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocKind } from '../../types.ts';
import { buildLifecycle } from './index.ts';
import { makeDoc, makeRecord } from './testing.ts';

type Spec = [id: string, meta: { kind?: DocKind; language?: string; published?: string | null }, sentences: string[]];

/** The lifecycle of documents read by the reading stage (dates, parties and bodies as the spec gives none). */
function lifecycleOf(specs: Spec[], agreement: { parties: string[]; signed: string; multilateral?: boolean }) {
  const parts = specs.map(([id, meta, sentences]) =>
    makeDoc(
      id,
      meta,
      sentences.map((text) => ({ text, ...readingOf(text, meta.published ?? null) })),
    ),
  );
  const docs = parts.map((p) => p.doc);
  const record = makeRecord(docs, { parties: agreement.parties, signed: { date: agreement.signed, place: null } });
  if (agreement.multilateral) record.agreement.multilateral = true;
  return buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    record,
  );
}

/** Dates, states and bodies these sentences name, as the reading stage would mark them. */
function readingOf(text: string, published: string | null) {
  const dates = (
    [
      ['11 November', '2024-11-11'],
      ['12 November', '2024-11-12'],
      ['November 11, 2024', '2024-11-11'],
      ['5 May 2025', '2025-05-05'],
      ['22 June 2025', '2025-06-22'],
      ['14 October 2025', '2025-10-14'],
      ['14 October', published ? '2025-10-14' : null],
      ['15 October', '2025-10-15'],
      ['3 March', '2025-03-03'],
      ['4 December 2024', '2024-12-04'],
    ] as const
  )
    .filter(([w, v]) => v && text.includes(w))
    .map(([w, v]) => [w, v!] as [string, string]);
  const parties = (
    [
      ['Laos', 'LA'],
      ['Lao', 'LA'],
      ['Vietnam', 'VN'],
      ['Vietnamese', 'VN'],
      ['Paraguay', 'PY'],
      ['Uruguay', 'UY'],
      ['Uruguayan', 'UY'],
    ] as const
  )
    .filter(([w]) => new RegExp(`\\b${w}\\b`).test(text))
    .map(([w, c]) => [w, c] as [string, string]);
  const bodies = (
    [
      ['National Assembly', 'National Assembly', 'legislature'],
      ['parliament', 'Parliament', 'legislature'],
      ['Senate', 'Senate', 'upper-house'],
      ['Chamber of Deputies', 'Chamber of Deputies', 'lower-house'],
      ['President', 'President', 'head-of-state'],
    ] as const
  )
    .filter(([w]) => text.includes(w))
    .map(([w, n, r]) => [w, n, r, null] as [string, string, 'legislature' | 'upper-house' | 'lower-house' | 'head-of-state', null]);
  return { dates, parties, bodies };
}

const steps = (r: ReturnType<typeof buildLifecycle>) => r.lifecycle.map((e) => [e.step, e.date, e.party]);

test("a date one report gives against two others is not the event's date", () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2024-12-05' }, ['Vietnam ratified the border treaty on 12 November.']],
      ['b', { published: '2024-12-06' }, ['Vietnam ratified the border treaty on 11 November.']],
      ['c', { kind: 'factbox', published: '2024-12-07' }, ['- November 11, 2024: Vietnam ratifies the border treaty.']],
    ],
    { parties: ['LA', 'VN'], signed: '2024-06-01' },
  );
  assert.deepEqual(
    steps(r).filter(([s]) => s === 'ratified'),
    [['ratified', '2024-11-11', 'VN']],
  );
  assert.deepEqual(
    r.events
      .find((e) => e.event.step === 'ratified')!
      .observations.map((o) => o.date)
      .sort(),
    ['2024-11-11', '2024-11-11', '2024-11-12'],
  );
});

test('an opinion piece never makes an event alone, nor dates one reports give', () => {
  const alone = lifecycleOf([['op', { kind: 'opinion', published: '2025-07-01' }, ['The accord has entered into force, whatever the ministry says.']]], {
    parties: ['PY', 'UY'],
    signed: '2025-01-10',
  });
  assert.deepEqual(steps(alone), [['signed', '2025-01-10', null]]);
  const confirmed = lifecycleOf(
    [
      ['op', { kind: 'opinion', published: '2025-07-01' }, ['The accord entered into force on 22 June 2025, as I predicted.']],
      ['n', { published: '2025-05-06' }, ['The accord entered into force on 5 May 2025.']],
    ],
    { parties: ['PY', 'UY'], signed: '2025-01-10' },
  );
  assert.deepEqual(steps(confirmed).at(-1), ['entered-into-force', '2025-05-05', null]);
});

test('a head of state named alone acts for the state the pile introduces them with', () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2025-02-01' }, ['Uruguayan President Yamandu Orsi attended the ceremony.']],
      [
        'b',
        { kind: 'factbox', published: '2025-07-01' },
        ['- 5 May 2025: Orsi signs the ratification law.', '- 22 June 2025: The Senate of Paraguay approves the treaty.'],
      ],
    ],
    { parties: ['PY', 'UY'], signed: '2025-01-10' },
  );
  assert.deepEqual(steps(r).slice(1), [
    ['ratified', '2025-05-05', 'UY'],
    ['approved-by-legislature', '2025-06-22', 'PY'],
  ]);
});

test('"parliament" joins its one chamber\'s approval; not an upper house\'s', () => {
  const one = lifecycleOf(
    [
      ['a', { published: '2025-10-20' }, ["Laos's National Assembly approved the treaty on 15 October."]],
      ['b', { published: '2025-10-21' }, ["Laos's parliament approved the treaty on 14 October."]],
    ],
    { parties: ['LA', 'VN'], signed: '2025-01-10' },
  );
  assert.deepEqual(steps(one).slice(1), [['approved-by-legislature', '2025-10-15', 'LA']]);
  const two = lifecycleOf(
    [
      ['a', { published: '2025-10-20' }, ["Uruguay's Senate approved the treaty on 15 October."]],
      ['b', { published: '2025-03-05' }, ["Uruguay's parliament approved the treaty on 3 March."]],
    ],
    { parties: ['PY', 'UY'], signed: '2025-01-10' },
  );
  assert.deepEqual(steps(two).slice(1), [
    ['approved-by-legislature', '2025-03-03', 'UY'],
    ['approved-by-legislature', '2025-10-15', 'UY'],
  ]);
});

test('a day and month in an undated report take the year after the signing', () => {
  const r = lifecycleOf([['a', { published: null }, ["Laos's National Assembly approved the treaty on 14 October."]]], {
    parties: ['LA', 'VN'],
    signed: '2025-01-10',
  });
  assert.deepEqual(steps(r).slice(1), [['approved-by-legislature', '2025-10-14', 'LA']]);
});

test("in a multilateral agreement, states' deposits told without the states are an event of their own", () => {
  const r = lifecycleOf(
    [
      [
        'a',
        { published: '2025-06-30' },
        [
          'Laos deposited its instrument of ratification on 5 May 2025.',
          'Vietnam deposited its instrument of ratification on 22 June 2025.',
          'Paraguay deposited its instrument of ratification on 22 June 2025.',
        ],
      ],
      ['b', { published: '2025-03-05' }, ['Twelve states deposited their instruments of ratification on 3 March.']],
    ],
    { parties: [], signed: '2025-01-10' },
  );
  assert.deepEqual(
    steps(r)
      .filter(([, , p]) => !p)
      .slice(1),
    [['ratified', '2025-03-03', null]],
  );
});

test("a day and month in an undated report take the year of another report's same step that day", () => {
  const r = lifecycleOf(
    [
      ['a', { published: null }, ["Laos's National Assembly approved the treaty on 14 October."]],
      ['b', { kind: 'factbox', published: '2026-01-01' }, ["- 14 October 2025: Laos's National Assembly approves the treaty."]],
    ],
    { parties: ['LA', 'VN'], signed: '2019-03-01' },
  );
  assert.deepEqual(steps(r).slice(1), [['approved-by-legislature', '2025-10-14', 'LA']]);
});

test('a vote on a bilateral treaty after its entry into force is about something else', () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2024-12-05' }, ['The border treaty entered into force on 4 December 2024.']],
      ['b', { published: '2025-05-06' }, ["Laos's National Assembly approved the law suspending the treaty on 5 May 2025."]],
    ],
    { parties: ['LA', 'VN'], signed: '2024-06-01' },
  );
  assert.ok(!r.lifecycle.some((e) => e.step === 'approved-by-legislature'));
});

test("in an agreement recorded as multilateral, every state's steps survive, after its entry into force too", () => {
  const r = lifecycleOf(
    [
      [
        'a',
        { published: '2024-12-05' },
        ['The convention entered into force on 4 December 2024.', 'Laos deposited its instrument of ratification on 5 May 2025.'],
      ],
      [
        'b',
        { published: '2025-06-30' },
        ["Paraguay's Senate approved the convention on 3 March.", 'Paraguay and Uruguay deposited their instruments on 22 June 2025.'],
      ],
    ],
    { parties: ['LA', 'VN'], signed: '2024-06-01', multilateral: true },
  );
  assert.deepEqual(steps(r).slice(1), [
    ['entered-into-force', '2024-12-04', null],
    ['approved-by-legislature', '2025-03-03', 'PY'],
    ['ratified', '2025-05-05', 'LA'],
    ['ratified', '2025-06-22', 'PY'],
    ['ratified', '2025-06-22', 'UY'],
  ]);
});

test('in a multilateral agreement, a step told without its state is the state the document told of before', () => {
  const r = lifecycleOf(
    [
      [
        'a',
        { published: '2025-05-07' },
        ['Laos joined the convention on climate finance this week.', 'Prime Minister Sonexay Siphandone signed the instrument of acceptance on 5 May 2025.'],
      ],
    ],
    { parties: [], signed: '2024-06-01', multilateral: true },
  );
  assert.deepEqual(steps(r).slice(1), [['ratified', '2025-05-05', 'LA']]);
});

test("in a multilateral agreement, one state's signature on a day of its own is its event; the opening stays the agreement's", () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2025-01-11' }, ['Paraguay signed the convention on 10 January 2025, the day it opened for signature.']],
      ['b', { published: '2025-03-05' }, ['Laos signed the convention on 3 March.', 'Vietnam and Uruguay signed the convention on 5 May 2025.']],
    ],
    { parties: [], signed: '2025-01-10', multilateral: true },
  );
  // Two states signing together on a day of their own sign each for itself.
  assert.deepEqual(steps(r), [
    ['signed', '2025-01-10', null],
    ['signed', '2025-03-03', 'LA'],
    ['signed', '2025-05-05', 'VN'],
    ['signed', '2025-05-05', 'UY'],
  ]);
});

test('a step whose sentence names no state is the state the sentence right before it names', () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2025-03-05' }, ['Uruguay remains the hardest case for the convention.', 'Its Senate approved the convention on 3 March.']],
      ['b', { published: '2025-06-30' }, ['Paraguay deposited its instrument of ratification on 22 June 2025.']],
    ],
    { parties: [], signed: '2025-01-10', multilateral: true },
  );
  assert.deepEqual(steps(r).slice(1), [
    ['approved-by-legislature', '2025-03-03', 'UY'],
    ['ratified', '2025-06-22', 'PY'],
  ]);
});

test('a vote in the days before the signing is a step of the agreement; one months before is about another', () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2025-10-22' }, ["Laos's National Assembly approved the border treaty on 14 October 2025, six days before the signing."]],
      ['b', { published: '2025-10-22' }, ["Vietnam's National Assembly approved the border treaty on 22 June 2025."]],
    ],
    { parties: ['LA', 'VN'], signed: '2025-10-20' },
  );
  assert.deepEqual(steps(r), [
    ['approved-by-legislature', '2025-10-14', 'LA'],
    ['signed', '2025-10-20', null],
  ]);
});

test("both countries' ratification, told without a date, is each party's step", () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2024-12-05' }, ['Vietnam ratified the border treaty on 11 November.']],
      ['b', { published: '2024-12-06' }, ['The exchange of instruments came after ratification by both countries.']],
    ],
    { parties: ['LA', 'VN'], signed: '2024-06-01' },
  );
  assert.deepEqual(
    steps(r).filter(([s]) => s === 'ratified'),
    [
      ['ratified', null, 'LA'],
      ['ratified', '2024-11-11', 'VN'],
    ],
  );
});

test("a head's signature of the ratification law and the deposit of the instrument are two ratifying acts", () => {
  const r = lifecycleOf(
    [
      [
        'a',
        { kind: 'factbox', published: '2025-07-01' },
        [
          "- 5 May 2025: Vietnam's President signs the ratification law.",
          '- 22 June 2025: Vietnam deposits its instrument of ratification with the depositary.',
        ],
      ],
      ['b', { published: '2025-07-02' }, ['Vietnam ratified the convention in 2025.']],
    ],
    { parties: ['LA', 'VN'], signed: '2024-06-01', multilateral: true },
  );
  assert.deepEqual(
    steps(r).filter(([s]) => s === 'ratified'),
    [
      ['ratified', '2025-05-05', 'VN'],
      ['ratified', '2025-06-22', 'VN'],
    ],
  );
});
