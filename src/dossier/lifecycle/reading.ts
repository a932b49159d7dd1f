// What the lifecycle step takes from one document's claims, once per run (see ../runs.ts): the claims whose
// reading (src/read/events) tells of steps or states a duration, then those steps with their parties (resolved
// again only when the agreement's parties, their names, its signing date or the claims left out as being about
// other instruments change).
import type { Claim, Expectation } from '../../types.ts';
import { perObject, perObjectIn, sameItems } from '../memo.ts';
import type { Run } from '../runs.ts';
import { type DurationObservation, observeDuration } from './duration/index.ts';
import { type ClaimContext, canonicalParty, observe } from './parties.ts';
import type { Observation } from './types.ts';

export interface RunReading {
  /** Claims that tell of a step or expect one. */
  steps: Claim[];
  /** For each of them, the one state the claim right before it names, when that claim tells of no step
   *  ("Bolivia remains the hardest case. Its Senate approved …"): whom a step naming no state is about. */
  context: (string | null)[];
  durations: DurationObservation[];
}

export const readRun = perObject((run: Run): RunReading => {
  const steps: Claim[] = [];
  const context: (string | null)[] = [];
  const durations: DurationObservation[] = [];
  run.claims.forEach((claim, i) => {
    if (claim.events?.length) {
      steps.push(claim);
      const before = run.claims[i - 1];
      context.push(before && !before.events?.length ? oneStateOf(before) : null);
    }
    const d = observeDuration(claim);
    if (d) durations.push(d);
  });
  return { steps, context, durations };
});

/** The one state a claim names by its name (a capital only as its first word: "Ottawa must now notify …", a
 *  dateline); an adjective may stand for more than it says ("franco-allemand"). */
function oneStateOf(claim: Claim): string | null {
  const mentions = claim.party_mentions ?? [];
  if (mentions.some((m) => m.form === 'adjective')) return null;
  const codes = new Set(mentions.filter((m) => m.form !== 'capital' || m.start === 0).map((m) => m.code));
  return codes.size === 1 ? [...codes][0] : null;
}

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
    read.steps.forEach((claim, i) => {
      if (left.has(claim.id)) return;
      const named = read.context[i];
      if (named) ctx.lastParty = canonicalParty(named, ctx);
      const r = observe(claim, claim.events ?? [], ctx);
      for (const o of r.observations) if (plausible(o, agreement.signedDate)) told.observations.push(o);
      told.expectations.push(...r.expectations);
      told.claims.push(claim);
    });
    told.durations = read.durations.filter((d) => !left.has(d.claim));
    told.lastParty = ctx.lastParty;
    return told;
  },
  (a, b) => a.key === b.key && a.signedDate === b.signedDate && a.lastParty === b.lastParty && sameItems(a.left, b.left),
);

/** Every step follows the signature: a dated step well before it, or a signature in another year, is about
 *  another instrument ("an international treaty was signed on March 17, 1949"); but one state's signature
 *  after it is that state's (a multilateral agreement stays open for signature), and a parliament may approve
 *  the text in the days before the signing ceremony. */
export function plausible(o: Observation, signedDate: string | null): boolean {
  if (!signedDate || !o.date || o.date.startsWith('--')) return true;
  const after = o.date.slice(0, signedDate.length) >= signedDate.slice(0, o.date.length);
  if (o.step === 'signed') return o.date.slice(0, 4) === signedDate.slice(0, 4) || (!!o.party && after);
  return after || (o.date.length === 10 && signedDate.length === 10 && Date.parse(signedDate) - Date.parse(o.date) <= BEFORE_SIGNING_MS);
}

/** How long before the signing a step of the agreement may be told (a vote on the initialled text). */
const BEFORE_SIGNING_MS = 30 * 86_400_000;
