// Lifecycle reading of one claim: the steps it tells of (done, expected or only asserted, with date, body,
// party as its words give them), what it says of the agreement's duration, and the people it introduces with
// their state. Rules per language side by side (en.ts, ru.ts, de.ts, fr.ts, es.ts), composed in languages.ts.
import type { Claim } from '../../types.ts';
import { readEvents } from './claim.ts';
import { readDuration } from './duration.ts';
import { peopleOf } from './people.ts';
import type { EventClaim, EventDocument } from './types.ts';

export { readEvents } from './claim.ts';
export { readDuration } from './duration.ts';
export { isCounterpart, PER_PARTY, partyOfStep, type StateMention, type StepActor } from './party.ts';

/** What a claim says of the agreement's lifecycle, as fields to set on it (none when it says nothing). */
export function readLifecycle(claim: EventClaim, doc: EventDocument): Pick<Claim, 'events' | 'duration' | 'people'> {
  const out: Pick<Claim, 'events' | 'duration' | 'people'> = {};
  const events = readEvents(claim, doc);
  if (events.length) out.events = events;
  const duration = readDuration(claim.text, doc.language);
  if (duration) out.duration = duration;
  const people = peopleOf(claim.text, claim.party_mentions ?? [], claim.bodies ?? []);
  if (people.length) out.people = people;
  return out;
}
