// Dates the agreement's own rules imply (issue 14): entry into force after the exchange of instruments, the
// signature, the last notification or a threshold of instruments, and for each state joining after the threshold;
// the end of a fixed term, the last day for notice before it, a withdrawal taking effect. The rules are what
// claims state (src/read/rules); the official text decides, else the rule most independent sources state, and
// sources that disagree give none. A date is projected only from a rule and a trigger known to the day; it never
// duplicates a reported event: a report of the same step on the same day is kept, with the rule that confirms it.
import type { ClaimRule, ClaimThreshold, Conflict, Duration, LifecycleEvent, RuleBasis, ScheduledDate } from '../../../types.ts';
import type { MergedEvent } from '../merge.ts';
import { applyOffset, offsetWords } from './calendar.ts';
import { deposited, thresholdDay } from './threshold.ts';

export interface StatedRule {
  rule: ClaimRule;
  claim: string;
  doc: string;
}
export interface StatedThreshold {
  threshold: ClaimThreshold;
  claim: string;
  doc: string;
}
export interface ProjectionInput {
  /** The lifecycle's events (reported), the signature included. */
  events: MergedEvent[];
  rules: StatedRule[];
  thresholds: StatedThreshold[];
  duration: Duration;
  officialDocs: Set<string>;
  sourceOf: (doc: string) => string;
}
export interface Projection {
  /** Projected events (`projected: true`), to join the lifecycle. */
  added: MergedEvent[];
  /** Reported dates the rule (stated by the official text) contradicts. */
  conflicts: Conflict[];
  schedule: ScheduledDate[];
}

/** The rule's date of each event it dates or confirms, for resolving conflicts about it. */
const RULE_DATE = new WeakMap<LifecycleEvent, string>();

const EXACT = /^\d{4}-\d\d-\d\d$/;
const FROM_WORDS: Record<ClaimRule['from'], string> = {
  exchange: 'the exchange of instruments',
  signature: 'the signature',
  notification: 'the last notification',
  threshold: 'the threshold',
  'own-deposit': "the state's own deposit",
  notice: 'the notice',
  expiry: 'the expiry of the term',
};
/** Cues of a notice of withdrawal (not of the withdrawal taking effect). */
const NOTICE_CUE = /notice-of-withdrawal|:withdraws|signs?-withdrawal|signed-withdrawal|denunciation/;

interface Chosen {
  rule: ClaimRule;
  claims: string[];
  docs: string[];
  official: boolean;
}

export function projectDates(input: ProjectionInput): Projection {
  const out: Projection = { added: [], conflicts: [], schedule: [] };
  const general = choose(input, 'entry-into-force', 'agreement');
  let threshold: ReturnType<typeof thresholdDay> = null;
  if (general) {
    const trigger = general.rule.from === 'threshold' ? (threshold = thresholdDay(general.rule, input)) : triggerEvent(general.rule, input.events);
    if (trigger) place(out, input, general, trigger, null);
  }
  const each = choose(input, 'entry-into-force', 'each-later-state');
  if (each) laterStates(out, input, each, threshold?.date ?? generalDate(input.events, out.added));
  schedule(out, input, generalDate(input.events, out.added));
  return out;
}

/** The rule for `what`: the official text's when it states one, else the one most independent sources state. */
function choose(input: ProjectionInput, what: ClaimRule['what'], whose: ClaimRule['for']): Chosen | null {
  const stated = input.rules.filter((r) => r.rule.what === what && r.rule.for === whose);
  if (!stated.length) return null;
  const keyOf = (r: ClaimRule) => JSON.stringify([r.from, r.threshold, r.offset]);
  const groups = new Map<string, StatedRule[]>();
  for (const r of stated) (groups.get(keyOf(r.rule)) ?? groups.set(keyOf(r.rule), []).get(keyOf(r.rule))!).push(r);
  const official = [...groups.values()].filter((g) => g.some((r) => input.officialDocs.has(r.doc)));
  let pick: StatedRule[] | undefined;
  if (official.length === 1) pick = official[0];
  else if (!official.length) {
    const ranked = [...groups.values()].map((g) => ({ g, n: new Set(g.map((r) => input.sourceOf(r.doc))).size })).sort((a, b) => b.n - a.n);
    if (ranked.length === 1 || ranked[0].n > ranked[1].n) pick = ranked[0].g;
  }
  if (!pick) return null;
  const first = pick.find((r) => input.officialDocs.has(r.doc)) ?? pick[0];
  return {
    rule: first.rule,
    claims: [...new Set(pick.map((r) => r.claim))],
    docs: [...new Set(pick.map((r) => r.doc))],
    official: official.length === 1,
  };
}

interface Trigger {
  date: string;
  rests_on: RuleBasis['rests_on'];
  /** Counted from the pile's states rather than stated: never enough to contradict a report. */
  counted?: boolean;
}

/** The one event, known to the day, that the rule counts from (the exchange, the signature). */
function triggerEvent(rule: ClaimRule, events: MergedEvent[]): Trigger | null {
  const step = rule.from === 'signature' ? 'signed' : rule.from === 'exchange' || rule.from === 'notification' ? 'instruments-exchanged' : null;
  if (!step) return null;
  const found = events.filter((e) => e.event.step === step && !e.event.party);
  if (found.length !== 1 || !EXACT.test(found[0].event.date ?? '')) return null;
  const e = found[0].event;
  return { date: e.date!, rests_on: [{ step, date: e.date!, party: null, claims: e.claims }] };
}

function basisOf(chosen: Chosen, trigger: Trigger): RuleBasis {
  const from = chosen.rule.from === 'threshold' ? `the threshold of ${chosen.rule.threshold} instruments` : FROM_WORDS[chosen.rule.from];
  return { text: chosen.rule.text, offset: `${offsetWords(chosen.rule.offset)} ${from}`, claims: chosen.claims, docs: chosen.docs, rests_on: trigger.rests_on };
}

/** Entry into force for `party` (null: the agreement's): confirms a reported event, contradicts it, or is added. */
function place(out: Projection, input: ProjectionInput, chosen: Chosen, trigger: Trigger, party: string | null): void {
  const date = applyOffset(trigger.date, chosen.rule.offset);
  if (!date) return;
  const basis = basisOf(chosen, trigger);
  const reported = input.events.filter((e) => e.event.step === 'entered-into-force' && e.event.party === party);
  if (reported.length) {
    for (const r of reported) {
      if (r.event.date && !date.startsWith(r.event.date)) continue;
      r.event.rule = basis;
      RULE_DATE.set(r.event, date);
    }
    const contradicting = reported.filter((r) => r.event.date && EXACT.test(r.event.date) && r.event.date !== date);
    if (contradicting.length && !reported.some((r) => r.event.date === date) && chosen.official && !trigger.counted)
      out.conflicts.push(ruleConflict(date, basis, contradicting, input.officialDocs, party));
    return;
  }
  const event: LifecycleEvent = {
    step: 'entered-into-force',
    date,
    party,
    body: null,
    ref: null,
    claims: chosen.claims,
    docs: chosen.docs,
    projected: true,
    rule: basis,
  };
  RULE_DATE.set(event, date);
  out.added.push({ event, observations: [] });
}

function ruleConflict(date: string, basis: RuleBasis, reported: MergedEvent[], officialDocs: Set<string>, party: string | null): Conflict {
  const values = reported.map((r) => ({ value: r.event.date!, docs: r.event.docs, claims: r.event.claims }));
  values.push({ value: date, docs: basis.docs, claims: basis.claims });
  const misstated = [...new Set(reported.flatMap((r) => r.event.docs))].filter((d) => !officialDocs.has(d));
  return {
    slot: 'date',
    about: `the date of the entry into force${party ? ` (${party})` : ''}`,
    values,
    resolved: { value: date, basis: basisWords(basis) },
    ...(misstated.length ? { misstated_by: misstated } : {}),
  };
}

const basisWords = (b: RuleBasis) =>
  `the agreement's rule: «${b.text}» (${b.offset}${b.rests_on.length ? `, ${b.rests_on.map((r) => r.date).join(', ')}` : ''})`;

/** Each state whose deposit (known to the day) follows the threshold: its entry into force by the rule. */
function laterStates(out: Projection, input: ProjectionInput, each: Chosen, after: string | null): void {
  if (!after || !EXACT.test(after)) return;
  const first = new Map<string, MergedEvent>();
  for (const e of input.events) {
    const { step, party, date } = e.event;
    if (step !== 'ratified' || !party || !date || !EXACT.test(date) || date <= after || !deposited(e)) continue;
    const known = first.get(party);
    if (!known || date < known.event.date!) first.set(party, e);
  }
  for (const [party, e] of first)
    place(out, input, each, { date: e.event.date!, rests_on: [{ step: 'ratified', date: e.event.date!, party, claims: e.event.claims }] }, party);
}

/** The day the agreement entered into force, reported or projected. */
function generalDate(events: MergedEvent[], added: MergedEvent[]): string | null {
  const found = [...events, ...added].filter((e) => e.event.step === 'entered-into-force' && !e.event.party && EXACT.test(e.event.date ?? ''));
  return found.length === 1 ? found[0].event.date : null;
}

/** The end of a fixed term (a renewal when it renews), the last day for notice before it, and withdrawals
 *  taking effect after a notice reported to the day. */
function schedule(out: Projection, input: ProjectionInput, inForce: string | null): void {
  const d = input.duration;
  const changed = input.events.some((e) => ['extended', 'expired', 'terminated'].includes(e.event.step));
  if (inForce && d.kind === 'fixed' && d.years && !changed) {
    const trigger: Trigger = { date: inForce, rests_on: [{ step: 'entered-into-force', date: inForce, party: null, claims: [] }] };
    const term = { days: 0, months: 0, years: d.years, anchor: 'day' as const };
    const end = applyOffset(inForce, term);
    const basis: RuleBasis = {
      text: `in force for ${d.years} years`,
      offset: `${offsetWords(term)} the entry into force`,
      claims: d.claims,
      docs: [],
      rests_on: trigger.rests_on,
    };
    if (end) {
      const notice = choose(input, 'notice', 'agreement');
      const deadline = notice ? applyOffset(end, notice.rule.offset) : null;
      if (notice && deadline)
        out.schedule.push({
          what: 'notice-deadline',
          date: deadline,
          party: null,
          projected: true,
          rule: basisOf(notice, { date: end, rests_on: [{ step: 'expired', date: end, party: null, claims: d.claims }] }),
        });
      out.schedule.push({ what: d.renewal_years ? 'renewal' : 'expiry', date: end, party: null, projected: true, rule: basis });
    }
  }
  const withdrawal = choose(input, 'withdrawal', 'agreement');
  if (!withdrawal) return;
  for (const e of input.events) {
    const { step, party, date } = e.event;
    if (step !== 'denounced' || !date || !EXACT.test(date) || !e.observations.some((o) => NOTICE_CUE.test(o.cue))) continue;
    const effective = applyOffset(date, withdrawal.rule.offset);
    if (!effective || input.events.some((x) => x.event.step === 'denounced' && x.event.party === party && x.event.date === effective)) continue;
    const basis = basisOf(withdrawal, { date, rests_on: [{ step, date, party, claims: e.event.claims }] });
    out.schedule.push({ what: 'withdrawal-effective', date: effective, party, projected: true, rule: basis });
  }
  out.schedule.sort((a, b) => a.date.localeCompare(b.date));
}

/** Conflicts between reports about a date of entry into force that the rule's date settles. */
export function resolveByRule(conflicts: Conflict[], lifecycle: LifecycleEvent[], officialDocs: Set<string> = new Set()): Conflict[] {
  return conflicts.map((c) => {
    if (c.slot !== 'date' || !c.about.startsWith('the date of the entry into force') || c.resolved?.basis.startsWith('official')) return c;
    const party = /\(([^,)]+)/.exec(c.about)?.[1] ?? null;
    const event = lifecycle.find((e) => e.step === 'entered-into-force' && e.party === party && e.rule && RULE_DATE.has(e));
    const date = event ? RULE_DATE.get(event)! : null;
    if (!event?.rule || !date || !c.values.some((v) => v.value === date)) return c;
    const misstated = [...new Set(c.values.filter((v) => v.value !== date).flatMap((v) => v.docs))].filter((d) => !officialDocs.has(d));
    const { misstated_by: _, ...rest } = c;
    return { ...rest, resolved: { value: date, basis: basisWords(event.rule) }, ...(misstated.length ? { misstated_by: misstated } : {}) };
  });
}
