// Which state took a party's step, from the words of its claim: the country of the body that acted, else the
// state named right beside it ("Germany's Bundesrat", "Парламент Германии"), else the state named before the
// verb in its clause. A state named as the other side of the deal ("approved the treaty with Orvenia") is never
// the actor's.
import type { ClaimEvent, LifecycleStep, PartyMention } from '../../types.ts';

/** Steps taken by one party each; the others (signature, exchange, entry into force …) are the treaty's. */
export const PER_PARTY = new Set<LifecycleStep>(['submitted-for-ratification', 'approved-by-legislature', 'ratified', 'denounced', 'suspended']);

export type StateMention = Pick<PartyMention, 'code' | 'start' | 'end'>;
export type StepActor = NonNullable<ClaimEvent['actors']>[number];

/** A state named beside a body is its state within this distance (characters). */
const BESIDE = 30;

/** "the treaty with Orvenia", "Vertrag mit …", "avec …", "con …", "с …": a state named as the other side. */
const COUNTERPART_BEFORE = /(?:\bwith|\bmit|\bavec|\bcon|(?<!\p{L})(?:с|со))\s+(?:(?:the|der|dem|den|la|le|l'|el)\s*)?$/iu;

/** Whether a mention names the other side of the deal. */
export function isCounterpart(text: string, m: StateMention): boolean {
  return COUNTERPART_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** The state of the step whose verb is at `at` (its clause starting at `clause`), taken by `actors` (the body
 *  that acted first); null when the claim's words do not say. */
export function partyOfStep(text: string, mentions: StateMention[], actors: StepActor[], clause: number, at: number): string | null {
  for (const actor of actors) {
    const party = partyOfActor(text, mentions, actor, clause, at);
    if (party) return party;
  }
  return actors.length ? null : partyBefore(text, mentions, clause, at);
}

function partyOfActor(text: string, mentions: StateMention[], actor: StepActor, clause: number, at: number): string | null {
  if (actor.country) return actor.country;
  const own = mentions.filter((m) => !isCounterpart(text, m));
  const near = own
    .map((m) => ({ m, gap: m.end <= actor.start ? actor.start - m.end : m.start >= actor.end ? m.start - actor.end : 0 }))
    .filter((x) => x.gap <= BESIDE)
    .sort((x, y) => x.gap - y.gap)[0];
  return near?.m.code ?? partyBefore(text, mentions, clause, at);
}

/** The last state named before the verb in its clause (not as the counterpart). */
function partyBefore(text: string, mentions: StateMention[], clause: number, at: number): string | null {
  const before = mentions.filter((m) => m.start >= clause && m.end <= at && !isCounterpart(text, m));
  return before.length ? before[before.length - 1].code : null;
}
