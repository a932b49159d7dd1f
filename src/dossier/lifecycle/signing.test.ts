// The signature against states' own steps, with sentences of our own wording about an invented regional
// convention: many states acting make it multilateral though its record names two parties; a president's late
// signature that won the record's vote is that state's ratification, and the opening stays the signature.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocKind } from '../../types.ts';
import { buildLifecycle } from './index.ts';
import { makeDoc, makeRecord } from './testing.ts';

type Spec = [id: string, meta: { kind?: DocKind; published?: string | null }, sentences: string[]];

const DATES: [string, string][] = [
  ['8 March 2030', '2030-03-08'],
  ['2 April 2030', '2030-04-02'],
  ['19 May 2030', '2030-05-19'],
  ['1 July 2030', '2030-07-01'],
  ['30 September 2030', '2030-09-30'],
  ['14 January 2031', '2031-01-14'],
  ['6 February 2031', '2031-02-06'],
  ['in 2030', '2030'],
];
const STATES: [string, string][] = [
  ['Chile', 'CL'],
  ['Peru', 'PE'],
  ['Bolivia', 'BO'],
  ['Ecuador', 'EC'],
  ['Bolivian', 'BO'],
];
const BODIES: [string, string, 'legislature' | 'upper-house' | 'head-of-state'][] = [
  ['Congress', 'Congress', 'legislature'],
  ['Senate', 'Senate', 'upper-house'],
  ['President', 'President', 'head-of-state'],
];

function lifecycleOf(specs: Spec[], agreement: { parties: string[]; signed: string }) {
  const parts = specs.map(([id, meta, sentences]) =>
    makeDoc(
      id,
      meta,
      sentences.map((text) => ({
        text,
        dates: DATES.filter(([w]) => text.includes(w)),
        parties: STATES.filter(([w]) => new RegExp(`\\b${w}\\b`).test(text)),
        bodies: BODIES.filter(([w]) => text.includes(w)).map(([w, n, r]) => [w, n, r, null] as [string, string, typeof r, null]),
      })),
    ),
  );
  const docs = parts.map((p) => p.doc);
  const record = makeRecord(docs, { parties: agreement.parties, signed: { date: agreement.signed, place: null } });
  return buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    record,
  );
}

const steps = (r: ReturnType<typeof buildLifecycle>) => r.lifecycle.map((e) => [e.step, e.date, e.party]);

test('more than two states taking steps make the agreement multilateral: steps after entry into force stay', () => {
  const r = lifecycleOf(
    [
      [
        'a',
        { published: '2030-10-01' },
        ["Peru's Congress approved the glacier convention on 2 April 2030.", 'The convention on Andean glaciers entered into force on 30 September 2030.'],
      ],
      ['b', { published: '2031-01-15' }, ['Ecuador deposited its instrument of ratification of the glacier convention on 14 January 2031.']],
      ['c', { published: '2031-02-07' }, ["Bolivia's Senate approved the glacier convention on 6 February 2031."]],
    ],
    { parties: ['CL', 'PE'], signed: '2030-03-08' },
  );
  assert.deepEqual(steps(r), [
    ['signed', '2030-03-08', null],
    ['approved-by-legislature', '2030-04-02', 'PE'],
    ['entered-into-force', '2030-09-30', null],
    ['ratified', '2031-01-14', 'EC'],
    ['approved-by-legislature', '2031-02-06', 'BO'],
  ]);
});

test("a president's late signature that won the record's vote is that state's ratification; the opening is the signature", () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2030-03-09' }, ['Ministers of eleven states signed the glacier convention in Quito on 8 March 2030.']],
      ['b', { published: '2030-04-03' }, ["Peru's Congress approved the glacier convention on 2 April 2030."]],
      ['c', { published: '2030-05-20' }, ["Chile's Senate approved the glacier convention on 19 May 2030."]],
      ['d', { published: '2030-07-02' }, ['The Bolivian President signed the glacier convention on 1 July 2030.']],
      [
        'e',
        { published: '2030-07-03' },
        ["Bolivia's Congress had approved the glacier convention on 19 May 2030.", 'Its President signed the convention on 1 July 2030.'],
      ],
    ],
    { parties: ['BO', 'CL'], signed: '2030-07-01' },
  );
  assert.deepEqual(steps(r), [
    ['signed', '2030-03-08', null],
    ['approved-by-legislature', '2030-04-02', 'PE'],
    ['approved-by-legislature', '2030-05-19', 'CL'],
    ['approved-by-legislature', '2030-05-19', 'BO'],
    ['ratified', '2030-07-01', 'BO'],
  ]);
});

test("a bilateral treaty's signature after one party's vote stays the signature", () => {
  const r = lifecycleOf(
    [
      ['a', { published: '2030-04-03' }, ["Peru's Congress approved the border treaty on 2 April 2030."]],
      ['b', { published: '2030-05-20' }, ['The presidents of Peru and Chile signed the border treaty on 19 May 2030.']],
    ],
    { parties: ['CL', 'PE'], signed: '2030-05-19' },
  );
  assert.deepEqual(steps(r), [['signed', '2030-05-19', null]]);
});

test('a vote told without its state in a multilateral agreement joins the one vote its year agrees with', () => {
  const r = lifecycleOf(
    [
      [
        'a',
        { published: '2030-05-20' },
        ["Chile's Senate approved the glacier convention on 19 May 2030.", "Peru's Congress approved the glacier convention on 2 April 2030."],
      ],
      ['b', { published: '2031-02-07' }, ['Ecuador deposited its instrument of ratification of the glacier convention on 14 January 2031.']],
      ['c', { published: '2031-03-01' }, ['Years ago the Senate approved the glacier convention in 2030, and Ecuador later joined it.']],
    ],
    { parties: [], signed: '2030-03-08' },
  );
  assert.deepEqual(steps(r), [
    ['signed', '2030-03-08', null],
    ['approved-by-legislature', '2030-04-02', 'PE'],
    ['approved-by-legislature', '2030-05-19', 'CL'],
    ['ratified', '2031-01-14', 'EC'],
  ]);
});
