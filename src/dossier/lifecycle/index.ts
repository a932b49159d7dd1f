// Lifecycle step of the dossier: claims → events per step and party (Vienna Convention vocabulary), what is
// expected next, the duration, and the events one source asserts against all other evidence (disputed).
//
// For the composer (src/dossier/index.ts): call after the record step; put `lifecycle`, `expected`,
// `duration` and `disputed` (as `disputed_events`) on the agreement. `findConflicts` reuses this result
// (remembered per record) for the dates, places and disputed events sources disagree on.

import { PER_PARTY } from '../../read/index.ts';
import type { Agreement, Claim, Conflict, DocumentRecord, Duration, Expectation, LifecycleEvent, ScheduledDate } from '../../types.ts';
import { compatibleDates } from '../dates.ts';
import { claimsById } from '../memo.ts';
import type { DossierRecord } from '../record/types.ts';
import { otherInstrumentByDoc, runsOf } from '../runs.ts';
import { partiesOfBodies } from './bodies.ts';
import { type DisputedEvent, splitDisputed } from './disputed.ts';
import { type DurationObservation, decideDuration } from './duration/index.ts';
import { inTimeOrder, type MergedEvent, mergeObservations, RANK, STEP_ORDER, vote } from './merge.ts';
import { sameName } from './names.ts';
import { peopleOfPile } from './people.ts';
import { type Projection, projectDates, resolveByRule, type StatedRule, type StatedThreshold } from './project/index.ts';
import { withoutProtocolSteps } from './protocols.ts';
import { plausible, readRun, type Told, toldIn } from './reading.ts';
import { manyStatesActing, signaturesAsRatification, signingDate } from './signing.ts';
import type { Observation } from './types.ts';
import { withdrawalSteps } from './withdrawal.ts';

export interface LifecycleResult {
  /** The agreement's signature: the record's, or (./signing.ts) the one told before states' steps the record's
   *  date comes after. */
  signed: Agreement['signed'];
  lifecycle: LifecycleEvent[];
  expected: Expectation[];
  duration: Duration;
  disputed: DisputedEvent[];
  /** Every event with the observations it merges (for date and place conflicts), disputed ones included. */
  events: MergedEvent[];
  durations: DurationObservation[];
  /** Dates the agreement's rules imply (./project): the projected events are in `lifecycle` already. */
  projection: Projection;
  officialDocs: Set<string>;
}

/** The last result per record, so the conflicts step does not read every claim again. */
const RESULTS = new WeakMap<DossierRecord, LifecycleResult>();

/** The lifecycle already built for this record, else built now. */
export function lifecycleOf(docs: DocumentRecord[], claims: Claim[], record: DossierRecord): LifecycleResult {
  return RESULTS.get(record) ?? buildLifecycle(docs, claims, record);
}

export function buildLifecycle(docs: DocumentRecord[], claims: Claim[], record: DossierRecord): LifecycleResult {
  const docById = new Map(docs.map((d) => [d.id, d]));
  const sourceOf = (doc: string) => record.sources?.[doc] ?? doc;
  const officialDocs = new Set(docs.filter((d) => d.kind === 'official').map((d) => d.id));
  if (record.official) officialDocs.add(record.official.doc);
  const aboutOthers = otherInstrumentByDoc(record, claims);
  const signed = record.agreement.signed;

  let observations: Observation[] = [];
  const expectations: Expectation[] = [];
  const durations: DurationObservation[] = [];
  const told: Told[] = [];
  const parties = record.agreement.parties;
  const partyNames = record.partyNames ?? {};
  const people = peopleOfPile(claims);
  const key = JSON.stringify([parties, partyNames, people.key]);
  const lastParty = new Map<string, string | null>();
  for (const run of runsOf(claims)) {
    const doc = docById.get(run.doc);
    if (!doc) continue;
    const read = readRun(run);
    const left = aboutOthers.get(run.doc) ?? [];
    const said = toldIn(read, {
      doc,
      parties,
      partyNames,
      stateOf: people.stateOf,
      key,
      // Plausibility against the signing date comes below, once the signing date is settled.
      signedDate: null,
      left,
      lastParty: lastParty.get(doc.id) ?? null,
    });
    lastParty.set(doc.id, said.lastParty);
    observations.push(...said.observations);
    expectations.push(...said.expectations);
    durations.push(...said.durations);
    told.push(said);
  }
  // Claims by id: those that tell of steps (what events and expectations cite), else any claim of the pile.
  let tellingById: Map<string, Claim> | null = null;
  const claimOf = (id: string) => (tellingById ??= new Map(told.flatMap((t) => t.claims.map((c) => [c.id, c])))).get(id) ?? claimsById(claims).get(id);

  // A protocol's steps are not the agreement's (./protocols.ts).
  observations = withoutProtocolSteps(observations, claimOf, record.agreement.title);
  const rankOf = (doc: string) => (officialDocs.has(doc) ? RANK.official : docById.get(doc)?.kind === 'opinion' ? RANK.opinion : RANK.report);
  const multilateral = !!record.agreement.multilateral || parties.length > 2 || manyStatesActing(observations);
  // A notice of withdrawal and the withdrawal taking effect: whose step each is (./withdrawal.ts).
  observations = withdrawalSteps(observations, multilateral);
  // A chamber's step told without its state, in a bilateral agreement (./bodies.ts).
  observations = partiesOfBodies(observations, multilateral);
  // "Both countries ratified the treaty" in a bilateral agreement: each party's step.
  if (!multilateral && parties.length === 2) observations = observations.flatMap((o) => (o.eachParty ? parties.map((party) => ({ ...o, party })) : [o]));
  // "Togo and Niger sign …" in a multilateral agreement: each state's own signature.
  if (multilateral)
    observations = observations.flatMap((o) => (o.step === 'signed' && !o.party && o.signers ? o.signers.map((party) => ({ ...o, party })) : [o]));
  const signedDate = signingDate(signed.date, observations, multilateral, rankOf, sourceOf);
  observations = observations.filter((o) => plausible(o, signedDate));
  placeYearless(observations, signedDate);
  if (multilateral) observations = signaturesAsRatification(observations, signedDate);
  const inForce = multilateral ? null : bilateralEntryIntoForce(observations, parties, rankOf, sourceOf);
  // A multilateral agreement is signed state by state: a state's signature on a day of its own is its event;
  // the agreement's signature (opening, most sources' day) stays the record's.
  const ownSignature = (o: Observation) => multilateral && o.step === 'signed' && !!o.party && !!o.date && !compatibleDates(o.date, signedDate);
  const steps = observations.filter(
    (o) => (o.step !== 'signed' || ownSignature(o)) && !(inForce && RATIFYING.has(o.step) && o.date?.length === 10 && o.date > inForce),
  );
  // Multilateral: so recorded (open to many states), more than two parties in the record, or more than two
  // states taking steps of their own.
  const actingStates = new Set(steps.flatMap((o) => (o.party && PER_PARTY.has(o.step) ? [o.party] : [])));
  const merged = mergeObservations(steps, sourceOf, rankOf, multilateral || actingStates.size > 2);
  const { kept, disputed } = splitDisputed(merged, { docs: docById, claims, claimOf, expectations, officialDocs, sourceOf });
  const signing = signedEvent(
    record,
    signedDate,
    observations.filter((o) => o.step === 'signed' && !ownSignature(o)),
    claims,
    sourceOf,
  );
  const duration = decideDuration(durations, { docs: docById, officialDocs, sourceOf });
  const reported = signing ? [signing, ...kept] : kept;
  const projection = projectDates({ events: reported, ...statedRules(claims, aboutOthers, rankOf), duration, officialDocs, sourceOf });
  const ordered = inTimeOrder([...reported, ...projection.added]);
  const lifecycle = ordered.map((e) => e.event);
  const result: LifecycleResult = {
    signed: signedDate === signed.date || !signing ? signed : { date: signedDate, place: signing.event.place ?? null, claims: signing.event.claims },
    lifecycle,
    expected: mergeExpectations(expectations, lifecycle, record.agreement.parties, officialDocs, claimOf),
    duration,
    disputed,
    events: signing ? [signing, ...merged] : merged,
    durations,
    projection,
    officialDocs,
  };
  RESULTS.set(record, result);
  return result;
}

/** The date rules and threshold days claims state (src/read/rules), but not opinion pieces' nor claims about
 *  other instruments. */
function statedRules(
  claims: Claim[],
  aboutOthers: Map<string, string[]>,
  rankOf: (doc: string) => number,
): { rules: StatedRule[]; thresholds: StatedThreshold[] } {
  const rules: StatedRule[] = [];
  const thresholds: StatedThreshold[] = [];
  let left: Set<string> | null = null;
  for (const c of claims) {
    if ((!c.rules && !c.thresholds) || c.kind === 'opinion' || rankOf(c.doc) <= RANK.opinion) continue;
    left ??= new Set([...aboutOthers.values()].flat());
    if (left.has(c.id)) continue;
    for (const rule of c.rules ?? []) rules.push({ rule, claim: c.id, doc: c.doc });
    for (const threshold of c.thresholds ?? []) thresholds.push({ threshold, claim: c.id, doc: c.doc });
  }
  return { rules, thresholds };
}

/** The dossier's conflicts with those the agreement's rule settles: reports disagreeing on a date of entry into
 *  force that the rule dates, and reported dates the official text's rule contradicts. */
export function settledByRule(conflicts: Conflict[], life: LifecycleResult): Conflict[] {
  const about = new Set(conflicts.map((c) => c.about));
  return [...resolveByRule(conflicts, life.lifecycle, life.officialDocs), ...life.projection.conflicts.filter((c) => !about.has(c.about))];
}

/** Dates the rules imply that no report tells of as having happened (the end of a term, notice deadlines). */
export const scheduleOf = (life: LifecycleResult): ScheduledDate[] => life.projection.schedule;

/**
 * A day and month an undated report gives (`--MM-DD`) takes the year of another report's same step on that day
 * (of the same party), else of the first such day on or after the signing (every step follows it; most within
 * the year); null without either. The observations are replaced, not changed: a run's are shared.
 */
function placeYearless(observations: Observation[], signed: string | null): void {
  observations.forEach((o, i) => {
    if (!o.date?.startsWith('--')) return;
    const monthDay = o.date.slice(1);
    const same = observations.find(
      (x) => x.step === o.step && x.date?.length === 10 && x.date.endsWith(monthDay) && (!o.party || !x.party || x.party === o.party),
    );
    observations[i] = { ...o, date: same?.date ?? afterSigning(monthDay, signed) };
  });
}

function afterSigning(monthDay: string, signed: string | null): string | null {
  if (signed?.length !== 10) return null;
  const year = Number(signed.slice(0, 4));
  return `${year}${monthDay}` >= signed ? `${year}${monthDay}` : `${year + 1}${monthDay}`;
}

/** The steps that bring a party to be bound: a bilateral treaty in force has had them all, so a vote or a
 *  signature dated after its entry into force is about something else (a law suspending it, a new protocol). */
const RATIFYING = new Set<LifecycleEvent['step']>(['submitted-for-ratification', 'approved-by-legislature', 'ratified']);

/** The day a bilateral agreement entered into force, as reports (not opinion pieces) date it; null for a
 *  multilateral one, whose parties join after it is in force. */
function bilateralEntryIntoForce(
  observations: Observation[],
  parties: string[],
  rankOf: (doc: string) => number,
  sourceOf: (doc: string) => string,
): string | null {
  if (parties.length !== 2) return null;
  const told = observations.filter((o) => o.step === 'entered-into-force' && !o.party && o.date?.length === 10 && rankOf(o.doc) > RANK.opinion);
  return vote(
    told.map((o) => ({ value: o.date, doc: o.doc })),
    sourceOf,
  );
}

/** The signature: the record's date (or the one `signingDate` settled instead) and place, with every claim
 *  that tells of it. */
function signedEvent(record: DossierRecord, settled: string | null, obs: Observation[], claims: Claim[], sourceOf: (d: string) => string): MergedEvent | null {
  const recorded = record.agreement.signed;
  // The record's claims date another signature when the lifecycle settled on another day.
  const s = settled === recorded.date ? recorded : { ...recorded, date: settled, claims: [] };
  const date =
    s.date ??
    vote(
      obs.map((o) => ({ value: o.date, doc: o.doc })),
      sourceOf,
    );
  const agreeing = obs.filter((o) => compatibleDates(o.date, date) && (!o.place || !s.place || sameName(o.place, s.place)));
  const ids = [...new Set([...s.claims, ...agreeing.map((o) => o.claim)])];
  if (!date && !ids.length) return null;
  const place =
    s.place ??
    vote(
      obs.map((o) => ({ value: o.place, doc: o.doc })),
      sourceOf,
      sameName,
    );
  // The documents of the claims: the observations give most; the record's others are looked up in the
  // documents its signing votes come from, then (if any is still missing) in the whole pile.
  const docOf = new Map(obs.map((o) => [o.claim, o.doc]));
  const missing = new Set(ids.filter((id) => !docOf.has(id)));
  const find = (list: Claim[]) => {
    for (const c of list) if (missing.delete(c.id)) docOf.set(c.id, c.doc);
  };
  const voted = new Set([...(record.evidence?.signedDate ?? []), ...(record.evidence?.signedPlace ?? [])].flatMap((v) => v.docs));
  if (missing.size) for (const run of runsOf(claims)) if (voted.has(run.doc)) find(run.claims);
  if (missing.size) find(claims);
  const docs = [...new Set(ids.map((id) => docOf.get(id)).filter((d): d is string => !!d))];
  return { event: { step: 'signed', date, party: null, body: null, ref: null, place, claims: ids, docs }, observations: obs };
}

/** One expectation per step still open: not taken yet, nor passed by a later step (a party's step stays
 *  open until every party took it or a later one); the official text's condition first, else the one most
 *  claims state. */
function mergeExpectations(
  list: Expectation[],
  lifecycle: LifecycleEvent[],
  parties: string[],
  officialDocs: Set<string>,
  claimOf: (id: string) => Claim | undefined,
): Expectation[] {
  const rank = (s: string) => STEP_ORDER.indexOf(s as LifecycleEvent['step']);
  const out: Expectation[] = [];
  const byStep = new Map<string, Expectation[]>();
  for (const x of list) {
    const of = byStep.get(x.step);
    if (of) of.push(x);
    else byStep.set(x.step, [x]);
  }
  for (const step of STEP_ORDER) {
    const of = byStep.get(step) ?? [];
    if (!of.length) continue;
    const reached = lifecycle.filter((e) => e.step === step || (rank(e.step) > rank(step) && rank(e.step) <= rank('entered-into-force')));
    const done = PER_PARTY.has(step)
      ? reached.some((e) => !PER_PARTY.has(e.step)) || parties.every((p) => reached.some((e) => e.party === p))
      : reached.length > 0;
    if (done) continue;
    const official = officialDocs.size ? of.find((x) => x.condition && x.claims.some((id) => officialDocs.has(claimOf(id)?.doc ?? ''))) : undefined;
    const counts = new Map<string, number>();
    for (const x of of) if (x.condition) counts.set(x.condition, (counts.get(x.condition) ?? 0) + 1);
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const claims = new Set<string>();
    for (const x of of) for (const id of x.claims) claims.add(id);
    out.push({ step, condition: official?.condition ?? common, claims: [...claims] });
  }
  return out;
}
