// What the lifecycle step aggregates: one claim's statement that a step happened, with its party resolved
// against the agreement's record, before the statements of several sources are merged into one event.
import type { LifecycleStep } from '../../types.ts';

export interface Observation {
  step: LifecycleStep;
  date: string | null;
  /** Party code as the agreement's record knows it (or as the claim gives it when the record does not). */
  party: string | null;
  body: string | null;
  /** Which chamber the body is, when the words say ("Federation Council" upper, "lower house" lower). */
  house?: 'upper' | 'lower' | null;
  ref: string | null;
  place: string | null;
  claim: string;
  doc: string;
  /** Taken on a protocol of the agreement, not on the agreement itself (./protocols.ts). */
  of?: 'protocol';
  /** The states of a signature told of several at once (see ClaimEvent.signers). */
  signers?: string[];
  /** A step told of both parties at once (see ClaimEvent.each_party). */
  eachParty?: boolean;
  /** Asserted only as someone's insistence or claim. */
  hedged: boolean;
  /** Told as done again ("the Assembly approved it again", "повторно одобряет"): another occasion of the step. */
  again?: boolean;
  /** The cue that fired and the words it matched. */
  cue: string;
  text: string;
}
