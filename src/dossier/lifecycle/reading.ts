// What the lifecycle step takes from one document's claims, once per run (see ../runs.ts): the claims whose
// reading (src/read/events) tells of steps or states a duration, then those steps with their parties (resolved
// again only when the agreement's parties, their names, its signing date or the claims left out as being about
// other instruments change).
import type { Claim, Expectation } from '../../types.ts';
import { perObject, perObjectIn, sameItems } from '../memo.ts';
import type { Run } from '../runs.ts';
import { type DurationObservation, observeDuration } from './duration/index.ts';
import { type ClaimContext, observe } from './parties.ts';
import type { Observation } from './types.ts';

export interface RunReading {
  /** Claims that tell of a step or expect one. */
  steps: Claim[];
  durations: DurationObservation[];
}

export const readRun = perObject((run: Run): RunReading => {
  const steps: Claim[] = [];
  const durations: DurationObservation[] = [];
  for (const claim of run.claims) {
    if (claim.events?.length) steps.push(claim);
    const d = observeDuration(claim);
    if (d) durations.push(d);
  }
  return { steps, durations };
});

/** The agreement a run is read for, and where its document stands (the party its last event was about). */
export interface RunContext extends ClaimContext {
  /** Its parties, their names and the pile's people written out (what `parties`, `partyNames` and `stateOf` say). */
  key: string;
  signedDate: string | null;
  /** Ids of the document's claims about other instruments. */
  left: string[];
}

export interface Told {
  observations: Observation[];
  expectations: Expectation[];
  durations: DurationObservation[];
  /** The claims the observations and expectations come from. */
  claims: Claim[];
  /** The party the run's last event was about (the next run of the document continues from it). */
  lastParty: string | null;
}

/** What a run tells of the agreement: steps with their parties (observations plausible for its signing date
 *  only), expectations and durations, leaving out claims about other instruments. */
export const toldIn = perObjectIn(
  (read: RunReading, agreement: RunContext): Told => {
    const ctx: ClaimContext = {
      doc: agreement.doc,
      parties: agreement.parties,
      partyNames: agreement.partyNames,
      stateOf: agreement.stateOf,
      lastParty: agreement.lastParty,
    };
    const left = new Set(agreement.left);
    const told: Told = { observations: [], expectations: [], durations: [], claims: [], lastParty: null };
    for (const claim of read.steps) {
      if (left.has(claim.id)) continue;
      const r = observe(claim, claim.events ?? [], ctx);
      for (const o of r.observations) if (plausible(o, agreement.signedDate)) told.observations.push(o);
      told.expectations.push(...r.expectations);
      told.claims.push(claim);
    }
    told.durations = read.durations.filter((d) => !left.has(d.claim));
    told.lastParty = ctx.lastParty;
    return told;
  },
  (a, b) => a.key === b.key && a.signedDate === b.signedDate && a.lastParty === b.lastParty && sameItems(a.left, b.left),
);

/** Every step follows the signature: a dated step before it, or a signature in another year, is about
 *  another instrument ("an international treaty was signed on March 17, 1949"). */
function plausible(o: Observation, signedDate: string | null): boolean {
  if (!signedDate || !o.date || o.date.startsWith('--')) return true;
  if (o.step === 'signed') return o.date.slice(0, 4) === signedDate.slice(0, 4);
  return o.date.slice(0, signedDate.length) >= signedDate.slice(0, o.date.length);
}
