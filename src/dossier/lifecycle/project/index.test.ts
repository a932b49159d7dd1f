// Projected dates from the agreement's own rules: entry into force after an exchange, after a threshold of
// instruments (a reported day, or counted by distinct states, withdrawn instruments left out), for each later
// state; never a second event beside a reported one; abstaining when the rule or its trigger is not exact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimRule, ClaimThreshold, Conflict, LifecycleEvent, LifecycleStep } from '../../../types.ts';
import type { MergedEvent } from '../merge.ts';
import type { Observation } from '../types.ts';
import { type ProjectionInput, projectDates, resolveByRule, type StatedRule } from './index.ts';

const ev = (step: LifecycleStep, date: string | null, party: string | null = null, cue = 'en:deposited', doc = 'd1'): MergedEvent => {
  const event: LifecycleEvent = { step, date, party, body: null, ref: null, claims: [`c-${step}-${party}-${date}`], docs: [doc] };
  const o: Observation = { step, date, party, body: null, ref: null, place: null, claim: event.claims[0], doc, hedged: false, cue, text: '' };
  return { event, observations: [o] };
};

const rule = (p: Partial<ClaimRule>, doc = 'd9', claim = `r-${doc}`): StatedRule => ({
  rule: {
    what: 'entry-into-force',
    for: 'agreement',
    from: 'exchange',
    threshold: null,
    conditional: false,
    offset: { days: 30, months: 0, years: 0, anchor: 'day' },
    cue: 'en:entry-into-force:dayOrdinal',
    text: 'on the thirtieth day after the exchange',
    start: 0,
    end: 10,
    ...p,
  },
  claim,
  doc,
});

const fact = (count: number | null, date: string, doc = 'd5'): { threshold: ClaimThreshold; claim: string; doc: string } => ({
  threshold: { count, date, text: 'the 50th instrument', start: 0, end: 5 },
  claim: `t-${doc}`,
  doc,
});

const input = (p: Partial<ProjectionInput>): ProjectionInput => ({
  events: [],
  rules: [],
  thresholds: [],
  duration: { kind: null, years: null, renewal_years: null, notice: null, claims: [] },
  officialDocs: new Set(['d9']),
  sourceOf: (d) => d,
  ...p,
});

test('the thirtieth day after the exchange: a projected entry into force resting on the exchange', () => {
  const out = projectDates(input({ events: [ev('signed', '2031-03-14'), ev('instruments-exchanged', '2031-07-01')], rules: [rule({})] }));
  assert.equal(out.added.length, 1);
  const e = out.added[0].event;
  assert.deepEqual([e.step, e.date, e.party, e.projected], ['entered-into-force', '2031-07-31', null, true]);
  assert.deepEqual(
    e.rule?.rests_on.map((r) => [r.step, r.date]),
    [['instruments-exchanged', '2031-07-01']],
  );
  assert.equal(e.rule?.offset, '30 days after the exchange of instruments');
});

test('a reported entry into force on the same day stays the reported event, with the rule that confirms it', () => {
  const reported = ev('entered-into-force', '2031-07-31', null, 'en:entered', 'd3');
  const out = projectDates(input({ events: [ev('instruments-exchanged', '2031-07-01'), reported], rules: [rule({})] }));
  assert.equal(out.added.length, 0);
  assert.equal(reported.event.projected, undefined);
  assert.equal(reported.event.rule?.offset, '30 days after the exchange of instruments');
});

test('a reported date the rule contradicts is a date conflict the rule resolves (official text states it)', () => {
  const reported = ev('entered-into-force', '2031-08-01', null, 'en:entered', 'd3');
  const out = projectDates(input({ events: [ev('instruments-exchanged', '2031-07-01'), reported], rules: [rule({})] }));
  assert.equal(out.added.length, 0);
  assert.equal(out.conflicts.length, 1);
  const c = out.conflicts[0];
  assert.equal(c.slot, 'date');
  assert.equal(c.resolved?.value, '2031-07-31');
  assert.match(c.resolved!.basis, /^the agreement's rule: /);
  assert.deepEqual(c.misstated_by, ['d3']);
});

test('a threshold: the day the fiftieth instrument was reported deposited, plus ninety days', () => {
  const r = rule({ from: 'threshold', threshold: 50, offset: { days: 90, months: 0, years: 0, anchor: 'day' } });
  const out = projectDates(input({ rules: [r], thresholds: [fact(50, '2020-10-24'), fact(null, '2020-10-24', 'd6')] }));
  assert.deepEqual(
    out.added.map((e) => [e.event.step, e.event.date, e.event.projected]),
    [['entered-into-force', '2021-01-22', true]],
  );
  assert.equal(out.added[0].event.rule?.rests_on[0].step, 'threshold');
});

test('a threshold counted by distinct states: a state depositing twice counts once, a withdrawn instrument not at all', () => {
  const r = rule({ from: 'threshold', threshold: 3, offset: { days: 60, months: 0, years: 0, anchor: 'day' } });
  const events = [
    ev('ratified', '2030-01-10', 'AA'),
    ev('ratified', '2030-02-10', 'BB'),
    ev('ratified', '2030-02-20', 'AA'),
    ev('denounced', '2030-03-01', 'BB'),
    ev('ratified', '2030-03-05', 'CC'),
    ev('ratified', '2030-04-01', 'DD'),
  ];
  const out = projectDates(input({ events, rules: [r] }));
  assert.deepEqual(
    out.added.map((e) => e.event.date),
    ['2030-05-31'],
  );
});

test('a threshold with conditions besides the count is not counted; too few states, nothing', () => {
  const conditional = rule({ from: 'threshold', threshold: 3, conditional: true });
  const events = [ev('ratified', '2030-01-10', 'AA'), ev('ratified', '2030-02-10', 'BB'), ev('ratified', '2030-03-05', 'CC')];
  assert.equal(projectDates(input({ events, rules: [conditional] })).added.length, 0);
  const plain = rule({ from: 'threshold', threshold: 3 });
  assert.equal(projectDates(input({ events: events.slice(0, 2), rules: [plain] })).added.length, 0);
});

test('a ratification told without a deposit does not count, nor date a later state', () => {
  const r = rule({ from: 'threshold', threshold: 2 });
  const events = [ev('ratified', '2030-01-10', 'AA', 'en:ratified'), ev('ratified', '2030-02-10', 'BB')];
  assert.equal(projectDates(input({ events, rules: [r] })).added.length, 0);
});

test('each state depositing after the threshold: its own entry into force', () => {
  const general = rule({ from: 'threshold', threshold: 50, offset: { days: 90, months: 0, years: 0, anchor: 'day' } }, 'd9', 'r1');
  const each = rule({ for: 'each-later-state', from: 'own-deposit', offset: { days: 90, months: 0, years: 0, anchor: 'day' } }, 'd9', 'r2');
  const events = [
    ev('ratified', '2020-10-24', 'HN'),
    ev('ratified', '2021-03-01', 'NG'),
    ev('ratified', '2021-05', 'PE'),
    ev('entered-into-force', '2021-01-22', null, 'en:entered', 'd2'),
  ];
  const out = projectDates(input({ events, rules: [general, each], thresholds: [fact(50, '2020-10-24')] }));
  assert.deepEqual(
    out.added.map((e) => [e.event.step, e.event.party, e.event.date]),
    [['entered-into-force', 'NG', '2021-05-30']],
  );
  assert.equal(events[3].event.rule?.offset, '90 days after the threshold of 50 instruments');
});

test('sources that disagree on the rule, with no official text: no projection', () => {
  const out = projectDates(
    input({
      officialDocs: new Set(),
      events: [ev('instruments-exchanged', '2031-07-01')],
      rules: [rule({}, 'd1'), rule({ offset: { days: 60, months: 0, years: 0, anchor: 'day' } }, 'd2')],
    }),
  );
  assert.equal(out.added.length, 0);
});

test('a trigger known only to the month: no projection', () => {
  assert.equal(projectDates(input({ events: [ev('instruments-exchanged', '2031-07')], rules: [rule({})] })).added.length, 0);
});

test('the schedule: the end of a ten-year term renewed for five years unless notice six months before it', () => {
  const notice = rule({ what: 'notice', from: 'expiry', offset: { days: 0, months: -6, years: 0, anchor: 'day' } }, 'd9', 'rn');
  const out = projectDates(
    input({
      events: [ev('instruments-exchanged', '2031-07-01'), ev('entered-into-force', '2031-07-31', null, 'en:entered')],
      rules: [rule({}), notice],
      duration: { kind: 'fixed', years: 10, renewal_years: 5, notice: 'six months before', claims: ['cd'] },
    }),
  );
  assert.deepEqual(
    out.schedule.map((s) => [s.what, s.date]),
    [
      ['notice-deadline', '2041-01-31'],
      ['renewal', '2041-07-31'],
    ],
  );
});

test('a withdrawal taking effect twelve months after its notice', () => {
  const w = rule({ what: 'withdrawal', from: 'notice', offset: { days: 0, months: 12, years: 0, anchor: 'day' } });
  const out = projectDates(input({ events: [ev('denounced', '2019-11-04', 'US', 'en:notice-of-withdrawal')], rules: [w] }));
  assert.deepEqual(
    out.schedule.map((s) => [s.what, s.date, s.party]),
    [['withdrawal-effective', '2020-11-04', 'US']],
  );
});

test('a conflict between reports about the date of entry into force is resolved by the rule', () => {
  const reported = ev('entered-into-force', '2031-07-31', null, 'en:entered', 'd3');
  projectDates(input({ events: [ev('instruments-exchanged', '2031-07-01'), reported], rules: [rule({})] }));
  const c: Conflict = {
    slot: 'date',
    about: 'the date of the entry into force',
    values: [
      { value: '2031-07-31', docs: ['d3'], claims: [] },
      { value: '2031-07-30', docs: ['d4'], claims: [] },
    ],
    resolved: null,
  };
  const [out] = resolveByRule([c], [reported.event]);
  assert.equal(out.resolved?.value, '2031-07-31');
  assert.match(out.resolved!.basis, /^the agreement's rule: /);
  assert.deepEqual(out.misstated_by, ['d4']);
});
