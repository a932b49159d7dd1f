// Lifecycle reading of one claim: the steps it tells of (done, expected or only asserted, with date, body,
// party as its words give them) and what it says of the agreement's duration. Rules per language side by side
// (en.ts, ru.ts, de.ts, fr.ts, es.ts), composed in languages.ts.
export { readEvents, type EventClaim, type EventDocument } from './claim.ts';
export { readDuration } from './duration.ts';
export { isCounterpart, partyOfStep, PER_PARTY, type StateMention, type StepActor } from './party.ts';
