// When one source's event is kept out of the lifecycle: the weights of contradiction, hedging and opinion.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLifecycle } from './index.ts';
import { makeDoc, makeRecord } from './testing.ts';

const expectEIF = 'The treaty will enter into force after the exchange of instruments of ratification.';

function run(assertion: { text: string; kind: 'news' | 'opinion' }, others: { id: string; kind?: 'news' | 'official'; text: string }[]) {
  const parts = [
    makeDoc('a', { kind: assertion.kind, published: '2031-06-20' }, [assertion.text]),
    ...others.map((o) => makeDoc(o.id, { kind: o.kind ?? 'news', published: '2031-05-01' }, [o.text])),
  ];
  const docs = parts.map((p) => p.doc);
  const claims = parts.flatMap((p) => p.claims);
  return buildLifecycle(docs, claims, makeRecord(docs, { parties: ['X1', 'X2'], signed: { date: '2031-03-14', place: null } }));
}

test('provisional application one news report states plainly stands against reports that only expect entry into force', () => {
  const r = run({ text: 'The treaty has been provisionally applied since its signature.', kind: 'news' }, [{ id: 'b', text: expectEIF }]);
  assert.deepEqual(
    r.lifecycle.map((e) => e.step),
    ['signed', 'provisionally-applied'],
  );
  assert.deepEqual(r.disputed, []);
});

test('the same claim, hedged in an opinion column, is disputed; so is a plain one against the official text', () => {
  const hedged = run({ text: 'Officials insist the treaty has been provisionally applied since its signature.', kind: 'opinion' }, [
    { id: 'b', text: expectEIF },
  ]);
  assert.deepEqual(
    hedged.disputed.map((e) => e.step),
    ['provisionally-applied'],
  );
  assert.match(hedged.disputed[0].reason, /\(1 other source\)/);
  const official = run({ text: 'The treaty has been provisionally applied since its signature.', kind: 'news' }, [
    { id: 'o', kind: 'official', text: 'It shall enter into force on the thirtieth day after the date of the exchange of the instruments of ratification.' },
  ]);
  assert.deepEqual(
    official.disputed.map((e) => [e.step, e.against.docs]),
    [['provisionally-applied', ['o']]],
  );
});

test('an event two independent sources report is never disputed', () => {
  const r = run({ text: 'Officials insist the treaty has been provisionally applied since its signature.', kind: 'opinion' }, [
    { id: 'b', text: 'The pact has been provisionally applied since it was signed.' },
    { id: 'o', kind: 'official', text: 'It shall enter into force on the thirtieth day after the date of the exchange of the instruments of ratification.' },
  ]);
  assert.deepEqual(r.disputed, []);
  assert.ok(r.lifecycle.some((e) => e.step === 'provisionally-applied'));
});

test('entry into force one report claims while a later report still expects it is disputed', () => {
  const parts = [
    makeDoc('early', { published: '2031-05-01' }, [{ text: 'The treaty entered into force on 1 May.', dates: [['1 May', '2031-05-01']] }]),
    makeDoc('late', { published: '2031-06-01' }, [expectEIF]),
  ];
  const docs = parts.map((p) => p.doc);
  const r = buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    makeRecord(docs, { parties: ['X1', 'X2'], signed: { date: '2031-03-14', place: null } }),
  );
  assert.deepEqual(
    r.disputed.map((e) => [e.step, e.reason, e.against.docs]),
    [['entered-into-force', 'a later report still expects it', ['late']]],
  );
  assert.deepEqual(
    r.expected.map((x) => x.step),
    ['entered-into-force'],
  );
});

test('a later report expecting entry into force does not dispute its entry into force for one state of a multilateral agreement', () => {
  const parts = [
    makeDoc('early', { published: '2031-05-03' }, [
      { text: 'The convention entered into force for Norway on 1 May.', dates: [['1 May', '2031-05-01']], parties: [['Norway', 'NO']] },
    ]),
    makeDoc('late', { published: '2031-06-01' }, [expectEIF]),
  ];
  const docs = parts.map((p) => p.doc);
  const r = buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    makeRecord(docs, { parties: ['NO', 'X2', 'X3'], signed: { date: '2030-03-14', place: null } }),
  );
  assert.deepEqual(r.disputed, []);
  assert.deepEqual(
    r.lifecycle.filter((e) => e.step === 'entered-into-force').map((e) => [e.date, e.party]),
    [['2031-05-01', 'NO']],
  );
});
