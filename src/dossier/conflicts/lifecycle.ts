// Conflicts about where the agreement stands: its duration ("open-ended" against "ten years"), and every
// disputed event (a step one source asserts against the others' evidence) — the document that asserts it
// misstated the lifecycle.
import type { Conflict, ConflictValue } from '../../types.ts';
import type { DisputedEvent } from '../lifecycle/disputed.ts';
import type { DurationObservation } from '../lifecycle/duration/index.ts';
import { distinctValues, type ResolveContext, settle } from './resolve.ts';

/** "indefinite" or "N years"; a fixed term without its years agrees with any number of years. */
function durationValue(d: DurationObservation): string | null {
  if (d.kind === 'indefinite') return 'indefinite';
  return d.years ? `${d.years} years` : null;
}

export function durationConflicts(durations: DurationObservation[], ctx: ResolveContext): Conflict[] {
  const statements: { value: string; doc: string; claim: string }[] = [];
  for (const d of durations) {
    const value = durationValue(d);
    if (value) statements.push({ value, doc: d.doc, claim: d.claim });
  }
  const values = distinctValues(statements);
  return values.length > 1 ? [settle('duration', 'the duration of the agreement', values, ctx)] : [];
}

const STEP_WORDS: Record<string, string> = {
  'provisionally-applied': 'provisionally applied',
  'submitted-for-ratification': 'submitted for ratification',
  'approved-by-legislature': 'approved by the legislature',
  'instruments-exchanged': 'followed by an exchange of instruments',
  'entered-into-force': 'in force',
};

export function disputedConflicts(disputed: DisputedEvent[], ctx: ResolveContext): Conflict[] {
  return disputed.map((e) => {
    const words = STEP_WORDS[e.step] ?? e.step;
    const values: ConflictValue[] = [{ value: e.step, docs: e.docs, claims: e.claims }];
    if (e.against?.docs.length) values.push({ value: `not ${e.step}`, docs: e.against.docs, claims: e.against.claims });
    // The event is kept out of the lifecycle for the stated reasons (see lifecycle/disputed.ts), not by a head count.
    return {
      slot: 'lifecycle',
      about: `whether the agreement was ${words}`,
      values,
      resolved: { value: `not ${e.step}`, basis: e.reason },
      misstated_by: e.docs.filter((d) => !ctx.officialDocs.has(d)),
    };
  });
}
