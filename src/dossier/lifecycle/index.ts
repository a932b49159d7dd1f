// Lifecycle step of the dossier: claims → events per step and party (Vienna Convention vocabulary), what is
// expected next, the duration, and the events one source asserts against all other evidence (disputed).
//
// For the composer (src/dossier/index.ts): call after the record step; put `lifecycle`, `expected`,
// `duration` and `disputed` (as `disputed_events`) on the agreement. `findConflicts` reuses this result
// (remembered per record) for the dates, places and disputed events sources disagree on.
import type { Claim, DocumentRecord, Duration, Expectation, LifecycleEvent } from '../../types.ts';
import type { DossierRecord } from '../record/types.ts';
import { readClaim, PER_PARTY, type ClaimContext } from './detect.ts';
import { splitDisputed, type DisputedEvent } from './disputed.ts';
import { decideDuration, observeDuration, type DurationObservation } from './duration/index.ts';
import { compatibleDates, inTimeOrder, mergeObservations, STEP_ORDER, vote, type MergedEvent } from './merge.ts';
import { sameName } from './names.ts';
import type { Observation } from './types.ts';

export interface LifecycleResult {
  lifecycle: LifecycleEvent[];
  expected: Expectation[];
  duration: Duration;
  disputed: DisputedEvent[];
  /** Every event with the observations it merges (for date and place conflicts), disputed ones included. */
  events: MergedEvent[];
  durations: DurationObservation[];
}

/** The last result per record, so the conflicts step does not read every claim again. */
const RESULTS = new WeakMap<DossierRecord, LifecycleResult>();

/** The lifecycle already built for this record, else built now. */
export function lifecycleOf(docs: DocumentRecord[], claims: Claim[], record: DossierRecord): LifecycleResult {
  return RESULTS.get(record) ?? buildLifecycle(docs, claims, record);
}

export function buildLifecycle(docs: DocumentRecord[], claims: Claim[], record: DossierRecord): LifecycleResult {
  const docById = new Map(docs.map((d) => [d.id, d]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const sourceOf = (doc: string) => record.sources?.[doc] ?? doc;
  const officialDocs = new Set(docs.filter((d) => d.kind === 'official').map((d) => d.id));
  if (record.official) officialDocs.add(record.official.doc);
  const aboutOthers = new Set(record.otherInstrumentClaims ?? []);
  const signed = record.agreement.signed;

  const observations: Observation[] = [];
  const expectations: Expectation[] = [];
  const durations: DurationObservation[] = [];
  const contexts = new Map<string, ClaimContext>();
  for (const claim of claims) {
    const doc = docById.get(claim.doc);
    if (!doc || aboutOthers.has(claim.id)) continue;
    let ctx = contexts.get(doc.id);
    if (!ctx) contexts.set(doc.id, (ctx = { doc, parties: record.agreement.parties, partyNames: record.partyNames ?? {}, lastParty: null }));
    const read = readClaim(claim, ctx);
    observations.push(...read.observations.filter((o) => plausible(o, signed.date)));
    expectations.push(...read.expectations);
    const d = observeDuration(claim, doc.language);
    if (d) durations.push(d);
  }

  const merged = mergeObservations(observations.filter((o) => o.step !== 'signed'), sourceOf);
  const { kept, disputed } = splitDisputed(merged, { docs: docById, claims: claimById, expectations, officialDocs, sourceOf });
  const signing = signedEvent(record, observations.filter((o) => o.step === 'signed'), claimById, sourceOf);
  const ordered = inTimeOrder(signing ? [signing, ...kept] : kept);
  const lifecycle = ordered.map((e) => e.event);
  const result: LifecycleResult = {
    lifecycle,
    expected: mergeExpectations(expectations, lifecycle, record.agreement.parties, officialDocs, claimById),
    duration: decideDuration(durations, { docs: docById, officialDocs, sourceOf }),
    disputed,
    events: signing ? [signing, ...merged] : merged,
    durations,
  };
  RESULTS.set(record, result);
  return result;
}

/** Every step follows the signature: a dated step before it, or a signature in another year, is about
 *  another instrument ("an international treaty was signed on March 17, 1949"). */
function plausible(o: Observation, signedDate: string | null): boolean {
  if (!signedDate || !o.date) return true;
  if (o.step === 'signed') return o.date.slice(0, 4) === signedDate.slice(0, 4);
  return o.date.slice(0, signedDate.length) >= signedDate.slice(0, o.date.length);
}

/** The signature: the record's date and place, with every claim that tells of it. */
function signedEvent(record: DossierRecord, obs: Observation[], claims: Map<string, Claim>, sourceOf: (d: string) => string): MergedEvent | null {
  const s = record.agreement.signed;
  const date = s.date ?? vote(obs.map((o) => ({ value: o.date, doc: o.doc })), sourceOf);
  const agreeing = obs.filter((o) => compatibleDates(o.date, date) && (!o.place || !s.place || sameName(o.place, s.place)));
  const ids = [...new Set([...s.claims, ...agreeing.map((o) => o.claim)])];
  if (!date && !ids.length) return null;
  const place = s.place ?? vote(obs.map((o) => ({ value: o.place, doc: o.doc })), sourceOf, sameName);
  const docs = [...new Set(ids.map((id) => claims.get(id)?.doc).filter((d): d is string => !!d))];
  return { event: { step: 'signed', date, party: null, body: null, ref: null, place, claims: ids, docs }, observations: obs };
}

/** One expectation per step still open: not taken yet, nor passed by a later step (a party's step stays
 *  open until every party took it or a later one); the official text's condition first, else the one most
 *  claims state. */
function mergeExpectations(list: Expectation[], lifecycle: LifecycleEvent[], parties: string[], officialDocs: Set<string>, claims: Map<string, Claim>): Expectation[] {
  const rank = (s: string) => STEP_ORDER.indexOf(s as LifecycleEvent['step']);
  const out: Expectation[] = [];
  for (const step of STEP_ORDER) {
    const of = list.filter((x) => x.step === step);
    if (!of.length) continue;
    const reached = lifecycle.filter((e) => e.step === step || (rank(e.step) > rank(step) && rank(e.step) <= rank('entered-into-force')));
    const done = PER_PARTY.has(step)
      ? reached.some((e) => !PER_PARTY.has(e.step)) || parties.every((p) => reached.some((e) => e.party === p))
      : reached.length > 0;
    if (done) continue;
    const official = of.find((x) => x.condition && x.claims.some((id) => officialDocs.has(claims.get(id)?.doc ?? '')));
    const counts = new Map<string, number>();
    for (const x of of) if (x.condition) counts.set(x.condition, (counts.get(x.condition) ?? 0) + 1);
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    out.push({ step, condition: official?.condition ?? common, claims: [...new Set(of.flatMap((x) => x.claims))] });
  }
  return out;
}
