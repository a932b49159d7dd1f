// The signature of an agreement against its states' own steps. A multilateral agreement is signed once (its
// opening, the day most of its reports date) and then state by state, and each state ratifies after signing:
// - the lifecycle counts an agreement as multilateral when its record says so, or when more than two states take
//   steps of their own (a record names the two states its reports name most often);
// - a signing date that independent reports date states' ratifying steps before is one state's late signature
//   (a president signing last), not the agreement's: the agreement's is the signature told before those steps;
// - a state's own signature after its legislature approved the agreement is its ratification (a head of state
//   signs the instrument, or the treaty, once parliament consented).
import { PER_PARTY } from '../../read/index.ts';
import type { LifecycleStep } from '../../types.ts';
import { compatibleDates } from '../dates.ts';
import { RANK, type RankOf, vote } from './merge.ts';
import type { Observation } from './types.ts';

/** States taking steps of their own that make an agreement multilateral. */
const ACTING_STATES = 3;
/** Independent reports that must date states' ratifying steps before a signing date to overturn it. */
const SOURCES_AGAINST = 2;

/** Steps by which a state consents to be bound: each comes after the agreement's signature. */
const RATIFYING = new Set<LifecycleStep>(['submitted-for-ratification', 'approved-by-legislature', 'ratified']);
/** Steps of a state's own procedure that its head's later signature completes. */
const BEFORE_HEAD_SIGNS = new Set<LifecycleStep>(['submitted-for-ratification', 'approved-by-legislature']);

/** A state's code (two capitals), not a union's or an organisation's name. */
const isState = (party: string | null): party is string => !!party && /^[A-Z]{2}$/.test(party);

/** Whether more than two states take steps of their own (a bilateral agreement has two). */
export function manyStatesActing(observations: Observation[]): boolean {
  const acting = new Set<string>();
  for (const o of observations) if (PER_PARTY.has(o.step) && isState(o.party)) acting.add(o.party);
  return acting.size >= ACTING_STATES;
}

/** The agreement's signing date: the record's, unless (multilateral) independent reports date states'
 *  ratifying steps before it; then the date signatures told before the first such step give. */
export function signingDate(
  recorded: string | null,
  observations: Observation[],
  multilateral: boolean,
  rankOf: RankOf,
  sourceOf: (doc: string) => string,
): string | null {
  if (!multilateral || !recorded) return recorded;
  const before = observations.filter(
    (o) => RATIFYING.has(o.step) && isState(o.party) && o.date?.length === 10 && o.date < recorded && rankOf(o.doc) > RANK.opinion,
  );
  if (new Set(before.map((o) => sourceOf(o.doc))).size < SOURCES_AGAINST) return recorded;
  const first = before.map((o) => o.date!).sort()[0];
  const earlier = observations.filter((o) => o.step === 'signed' && !!o.date && /^\d{4}/.test(o.date) && o.date <= first.slice(0, o.date.length));
  return (
    vote(
      earlier.map((o) => ({ value: o.date, doc: o.doc })),
      sourceOf,
    ) ?? recorded
  );
}

/** A state's own signature (on a day other than the agreement's) after its legislature approved the agreement
 *  or was sent it is its ratification. Observations are replaced, not changed: a run's are shared. */
export function signaturesAsRatification(observations: Observation[], signed: string | null): Observation[] {
  const own = (o: Observation) => o.step === 'signed' && isState(o.party) && o.date?.length === 10 && !compatibleDates(o.date, signed);
  if (!observations.some(own)) return observations;
  return observations.map((o) => {
    if (!own(o)) return o;
    const approvedBefore = observations.some(
      (x) => BEFORE_HEAD_SIGNS.has(x.step) && x.party === o.party && !!x.date && /^\d{4}/.test(x.date) && x.date < o.date!.slice(0, x.date.length),
    );
    return approvedBefore ? { ...o, step: 'ratified', cue: `${o.cue}+after-approval` } : o;
  });
}
