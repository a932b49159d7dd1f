// A party's step told with its body but not its state ("El Senado dio su visto bueno al tratado el 21 de
// diciembre"): the lifecycle places such a step only on the day of an event it has, so a day off leaves it
// out. When exactly one event of that step was taken by a body of that name (the US Senate's approval beside
// the Storting's), the claim tells of that event, and its day is compared with the others'. A generic body
// ("parliament", "the lower house") names no one legislature and is left out. A step the claim gives its state
// is placed so only when the claim does not write the year the reading gave it, in the event's year.
//
// The lifecycle may also keep such a step as an event of its own, on its own day, beside the state's ("the
// Senate approves" on the 27th, "der US-Senat stimmte am 28. zu"): when only one state's event has a chamber
// of that name, and the two days are close, the stateless one is that state's step told on another day.

import { PER_PARTY } from '../../read/index.ts';
import type { Claim, LifecycleStep } from '../../types.ts';
import type { MergedEvent } from '../lifecycle/merge.ts';
import { sameName } from '../lifecycle/names.ts';
import type { Observation } from '../lifecycle/types.ts';
import { MIN_DATE_LENGTH } from './statements.ts';

/** Days apart beyond which a body's vote is another occasion, not a day misstated (as the lifecycle merges). */
const ANOTHER_OCCASION_DAYS = 180;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a.padEnd(10, '-01').slice(0, 10)) - Date.parse(b.padEnd(10, '-01').slice(0, 10))) / 86_400_000;

/** Body names that say only what kind of legislature, as the reading stage gives them. */
const GENERIC_BODIES = new Set(['Parliament', 'Legislature', 'Lower House', 'Upper House']);

/** The events, each with the dated steps of claims the lifecycle left out that its body's name places there. */
export function withStepsByBody(events: MergedEvent[], claims: Map<string, Claim> | undefined, leftOut: Set<string>): MergedEvent[] {
  if (!claims) return events;
  const placed = new Set(events.flatMap((e) => e.observations.map((o) => `${o.claim}|${o.step}`)));
  const added = new Map<MergedEvent, Observation[]>();
  for (const claim of claims.values()) {
    if (!claim.events || leftOut.has(claim.id)) continue;
    for (const e of claim.events) {
      if (e.status !== 'done' || !e.body || GENERIC_BODIES.has(e.body) || !PER_PARTY.has(e.step)) continue;
      if (!e.date || e.date.startsWith('--') || e.date.length < MIN_DATE_LENGTH || placed.has(`${claim.id}|${e.step}`)) continue;
      const home = onlyEventOf(events, e.step, e.body);
      if (!home || (e.party && e.party !== home.event.party)) continue;
      // A state's step the lifecycle left out is placed only when the year was ours, not the claim's (see above).
      const date = e.party ? inYearOf(e.date, claim.text, home.event.date) : e.date;
      if (!date || (home.event.date && daysApart(home.event.date, date) > ANOTHER_OCCASION_DAYS)) continue;
      const o: Observation = {
        step: e.step,
        date,
        party: home.event.party,
        body: e.body,
        ref: e.ref,
        place: e.place,
        claim: claim.id,
        doc: claim.doc,
        hedged: false,
        cue: e.cue,
        text: e.text,
      };
      (added.get(home) ?? added.set(home, []).get(home)!).push(o);
    }
  }
  return added.size ? events.map((e) => (added.has(e) ? { event: e.event, observations: [...e.observations, ...added.get(e)!] } : e)) : events;
}

/** A day whose year the claim does not write, in the year of the event it may tell of (the reading took the
 *  year from a publication years later: "après le vote du Sénat américain du 22 décembre"); else null. */
function inYearOf(date: string, text: string, eventDate: string | null): string | null {
  if (!eventDate || date.length < 10 || text.includes(date.slice(0, 4))) return null;
  return `${eventDate.slice(0, 4)}${date.slice(4)}`;
}

/** The one event of the step whose body has this name, if only one has. */
function onlyEventOf(events: MergedEvent[], step: LifecycleStep, body: string): MergedEvent | null {
  const named = events.filter((e) => e.event.step === step && e.event.body && sameName(e.event.body, body));
  return named.length === 1 ? named[0] : null;
}

/** Days apart within which a stateless chamber's step is the one state's step told on another day. */
const MISDATED_DAYS = 10;

/** The events, with each stateless event of a named chamber joined to the one state's event of that step and
 *  chamber, when its day is near (MISDATED_DAYS); the joined event keeps the state's day. */
export function withStatelessChambersJoined(events: MergedEvent[]): MergedEvent[] {
  const gone = new Set<MergedEvent>();
  const joined = new Map<MergedEvent, Observation[]>();
  for (const e of events) {
    const { step, body, party, date } = e.event;
    if (party || !body || GENERIC_BODIES.has(body) || !date || date.length < 10) continue;
    const named = events.filter((o) => o !== e && o.event.step === step && o.event.body && sameName(o.event.body, body));
    if (named.length !== 1 || !named[0].event.party || !named[0].event.date) continue;
    if (daysApart(named[0].event.date, date) > MISDATED_DAYS) continue;
    const home = named[0];
    const told = e.observations.map((o) => ({ ...o, party: home.event.party }));
    joined.set(home, [...(joined.get(home) ?? home.observations), ...told]);
    gone.add(e);
  }
  if (!gone.size) return events;
  return events.filter((e) => !gone.has(e)).map((e) => (joined.has(e) ? { event: e.event, observations: joined.get(e)! } : e));
}
