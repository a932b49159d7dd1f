// Conflicts between sources on both eval cases' disagreements, and the disagreements that are not conflicts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLifecycle } from '../lifecycle/index.ts';
import { makeDoc, makeRecord } from '../lifecycle/testing.ts';
import type { ArticleAlignment, OfficialText, Vote } from '../record/types.ts';
import { findConflicts } from './index.ts';

const align = (doc: string, claim: string, stated: number, topics: string[], weak = false): ArticleAlignment => ({
  claim,
  doc,
  stated,
  described: stated,
  topics,
  weak,
  basis: 'as stated',
});

function seedsLike() {
  const parts = [
    makeDoc('d0', { published: '2024-11-06' }, [
      'Article 4 of the treaty states that in the event of an imminent threat … consultations.',
      'In the event that one of the sides comes under an armed attack … military assistance.',
    ]),
    makeDoc('d2', {}, [
      'Thus, the fourth article of the treaty states … armed attack … military assistance.',
      'In addition, the amendment added a third article, which states … consultations.',
    ]),
    makeDoc('d4', { kind: 'opinion' }, [
      'Articles Three and Four formulate the terms of agreement of mutual defense.',
      'Article Three asserts that … consultations.',
      'Article Four declares … armed attack … military assistance.',
    ]),
  ];
  const docs = parts.map((p) => p.doc);
  const claims = parts.flatMap((p) => p.claims);
  const [c0, c1] = parts[0].claims;
  const [e0, e1] = parts[1].claims;
  const [f0, f1, f2] = parts[2].claims;
  const alignments = [
    align('d0', c0.id, 4, ['consultation']),
    align('d0', c1.id, 4, ['defense']),
    align('d2', e0.id, 4, ['defense']),
    align('d2', e1.id, 3, ['consultation']),
    align('d4', f0.id, 3, ['defense'], true),
    align('d4', f0.id, 4, ['defense'], true),
    align('d4', f1.id, 3, ['consultation']),
    align('d4', f2.id, 4, ['defense']),
  ];
  return { docs, claims, record: makeRecord(docs, { parties: ['KP', 'RU'] }, { alignments }) };
}

test('seeds: the consultation clause is Article 3 by 2 independent sources to 1; no defence-article conflict', () => {
  const { docs, claims, record } = seedsLike();
  const conflicts = findConflicts(docs, claims, record).filter((c) => c.slot === 'article');
  assert.equal(conflicts.length, 1);
  const [c] = conflicts;
  assert.equal(c.about, 'the clause on consultation');
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['4', ['d0']],
      ['3', ['d2', 'd4']],
    ],
  );
  assert.deepEqual(c.resolved, { value: '3', basis: 'majority of independent sources (2 vs 1)' });
  assert.deepEqual(c.misstated_by, ['d0']);
});

test('near duplicates count once: a syndicated copy does not make a majority', () => {
  const { docs, claims, record } = seedsLike();
  const copy = makeDoc('d9', { near_duplicate_of: 'd0' }, ['Article 4 of the treaty states that in the event of an imminent threat … consultations.']);
  const record2 = {
    ...record,
    sources: { ...record.sources, d9: 'd0' },
    alignments: [...record.alignments, align('d9', copy.claims[0].id, 4, ['consultation'])],
  };
  const [c] = findConflicts([...docs, copy.doc], [...claims, ...copy.claims], record2).filter((x) => x.slot === 'article');
  assert.deepEqual(c.values.find((v) => v.value === '4')?.docs, ['d0', 'd9']);
  assert.deepEqual(c.resolved, { value: '3', basis: 'majority of independent sources (2 vs 1)' });
});

test("practice: the official text settles the consultation clause as Article 4 against a report's Article 5", () => {
  const parts = [
    makeDoc('p1', { kind: 'official' }, [
      'Article 4',
      'In the event that a situation arises … consultations …',
      'Article 5',
      'In the event of an armed attack …',
    ]),
    makeDoc('p3', {}, [
      'According to the Chancellor, Article 5 of the treaty requires the two countries to consult immediately whenever … the Kestrel Strait Zone, is under threat.',
      'Under the same article the parties will agree on joint measures to remove such a threat, he said.',
    ]),
    makeDoc('p4', { language: 'ru' }, [
      'Договор предусматривает, что стороны незамедлительно проводят консультации …',
      'Об этом говорится в статье 4 договора.',
    ]),
    makeDoc('p8', { kind: 'factbox' }, [
      'The two sides will consult without delay when either sees a threat to its security or to shipping in the strait (Article 4).',
      'If either country … comes under armed attack, the other will provide assistance (Article 5).',
    ]),
  ];
  const docs = parts.map((p) => p.doc);
  const claims = parts.flatMap((p) => p.claims);
  const official: OfficialText = {
    doc: 'p1',
    title: null,
    closing: null,
    articles: [
      { number: 3, text: 'safety of navigation in the Kestrel Strait Zone', start: 0, end: 0, headingStart: 0, topics: ['maritime-security'] },
      { number: 4, text: 'consultations', start: 0, end: 0, headingStart: 0, topics: ['consultation'] },
      { number: 5, text: 'armed attack', start: 0, end: 0, headingStart: 0, topics: ['defense'] },
    ],
  };
  const alignments = [
    align('p3', parts[1].claims[0].id, 5, ['consultation', 'maritime-security']),
    align('p3', parts[1].claims[1].id, 5, []),
    align('p4', parts[2].claims[1].id, 4, ['consultation']),
    align('p8', parts[3].claims[0].id, 4, ['consultation']),
    align('p8', parts[3].claims[1].id, 5, ['defense']),
  ];
  const record = makeRecord(docs, { parties: ['X1', 'X2'] }, { official, alignments });
  const conflicts = findConflicts(docs, claims, record).filter((c) => c.slot === 'article');
  // The wrong number shows once, in the conflict on the topic most sources agree on.
  assert.equal(conflicts.length, 1);
  assert.deepEqual(
    conflicts[0].values.map((v) => [v.value, [...v.docs].sort()]),
    [
      ['5', ['p3']],
      ['4', ['p1', 'p4', 'p8']],
    ],
  );
  assert.deepEqual(conflicts[0].resolved, { value: '4', basis: 'official text' });
  assert.deepEqual(conflicts[0].misstated_by, ['p3']);
});

test('signing date, place and article count: another year is another instrument; scripts and precision agree', () => {
  const vote = (value: string, docs: string[]): Vote => ({ value, docs, claims: [], sources: docs.length });
  const docs = ['a', 'b', 'c', 'o'].map((id) => makeDoc(id, { kind: id === 'o' ? 'official' : 'news' }, ['x']).doc);
  const record = makeRecord(
    docs,
    { parties: ['X1', 'X2'], signed: { date: '2031-03-14', place: 'Port Kestrel' } },
    {
      evidence: {
        signedDate: [vote('2031-03-14', ['a', 'o']), vote('2031-03', ['b']), vote('1949-03-17', ['c'])],
        signedPlace: [vote('Port Kestrel', ['a', 'o']), vote('Порт-Кестреле', ['b'])],
        articleCount: [vote('12', ['a', 'o']), vote('14', ['c'])],
      },
    },
  );
  const conflicts = findConflicts(docs, [], record);
  assert.deepEqual(
    conflicts.map((c) => [c.slot, c.resolved?.value, c.misstated_by]),
    [['article_count', '12', ['c']]],
  );
  assert.equal(conflicts[0].resolved?.basis, 'official text');
});

test('disputed events and disagreeing event dates become conflicts', () => {
  const parts = [
    makeDoc('n1', { published: '2031-06-12' }, [
      {
        text: 'The Federal Diet approved the treaty on 11 June.',
        dates: [['11 June', '2031-06-11']],
        bodies: [['Federal Diet', 'Federal Diet', 'legislature', 'X2']],
      },
    ]),
    makeDoc('n2', { published: '2031-06-13' }, [
      {
        text: 'The Federal Diet approved the treaty on 10 June.',
        dates: [['10 June', '2031-06-10']],
        bodies: [['Federal Diet', 'Federal Diet', 'legislature', 'X2']],
      },
    ]),
    makeDoc('n3', { published: '2031-06-14' }, [
      {
        text: 'The Federal Diet approved the treaty on Wednesday, 11 June.',
        dates: [['11 June', '2031-06-11']],
        bodies: [['Federal Diet', 'Federal Diet', 'legislature', 'X2']],
      },
    ]),
    makeDoc('o1', { kind: 'official' }, ['It shall enter into force on the thirtieth day after the date of the exchange of the instruments of ratification.']),
    makeDoc('op', { kind: 'opinion', published: '2031-06-20' }, ['Officials insist it has been provisionally applied since the day it was signed.']),
  ];
  const docs = parts.map((p) => p.doc);
  const claims = parts.flatMap((p) => p.claims);
  const record = makeRecord(docs, { parties: ['X1', 'X2'], signed: { date: '2031-03-14', place: null } });
  const lifecycle = buildLifecycle(docs, claims, record);
  const conflicts = findConflicts(docs, claims, record, lifecycle);
  const date = conflicts.find((c) => c.slot === 'date')!;
  assert.equal(date.about, 'the date of the approval by the legislature (X2, Federal Diet)');
  assert.deepEqual(date.resolved, { value: '2031-06-11', basis: 'majority of independent sources (2 vs 1)' });
  assert.deepEqual(date.misstated_by, ['n2']);
  const life = conflicts.find((c) => c.slot === 'lifecycle')!;
  assert.equal(life.about, 'whether the agreement was provisionally applied');
  assert.deepEqual(
    life.values.map((v) => [v.value, v.docs]),
    [
      ['provisionally-applied', ['op']],
      ['not provisionally-applied', ['o1']],
    ],
  );
  assert.equal(life.resolved?.value, 'not provisionally-applied');
  assert.deepEqual(life.misstated_by, ['op']);
});

test('duration: "open-ended" against "ten years" is a conflict the official text settles', () => {
  const parts = [
    makeDoc('o', { kind: 'official' }, ['This Treaty shall remain in force for ten years.']),
    makeDoc('a', {}, ['The open-ended treaty will come into force after the exchange of instruments.']),
    makeDoc('b', {}, ['It will be valid for ten years.']),
  ];
  const docs = parts.map((p) => p.doc);
  const claims = parts.flatMap((p) => p.claims);
  const conflicts = findConflicts(docs, claims, makeRecord(docs, { parties: ['X1', 'X2'] }));
  assert.deepEqual(
    conflicts.map((c) => [c.slot, c.values.map((v) => v.value), c.resolved?.value, c.resolved?.basis, c.misstated_by]),
    [['duration', ['10 years', 'indefinite'], '10 years', 'official text', ['a']]],
  );
});
