// A list of states each with its date in brackets, after the verb of one step: "Ratified by: Austria (8 May
// 2018), Ireland (6 August 2018)", "Ont ratifié : l'Autriche (8 mai 2018), l'Irlande (…)". Each state took the
// step on its own date: one event per state, where the reading found one for the line.
import type { ClaimEvent, DateMention } from '../../types.ts';
import { PER_PARTY, type StateMention } from './party.ts';

/** Between a state and the bracket holding its date: a space at most. */
const TO_BRACKET = /^\s?\($/u;
/** Inside the bracket, before the date: nothing, or a word such as "on", "le", "el", "am". */
const BEFORE_DATE = /^\s*(?:\p{L}{1,3}\s+)?$/u;
/** At least this many states with their dates make a list. */
const LISTED = 2;

export function perStateDates(events: ClaimEvent[], text: string, mentions: StateMention[], dates: DateMention[]): ClaimEvent[] {
  const done = events.filter((e) => e.status !== 'expected');
  if (done.length !== 1 || !(PER_PARTY.has(done[0].step) || done[0].step === 'signed')) return events;
  const step = done[0];
  const listed = mentions.flatMap((m) => {
    if (m.start < step.end) return [];
    const open = text.indexOf('(', m.end);
    if (open < 0 || !TO_BRACKET.test(text.slice(m.end, open + 1))) return [];
    const date = dates.find((d) => d.start > open && BEFORE_DATE.test(text.slice(open + 1, d.start)) && text[d.end] === ')');
    return date ? [{ party: m.code, date: date.value }] : [];
  });
  if (listed.length < LISTED) return events;
  return events.flatMap((e) => (e === step ? listed.map(({ party, date }) => ({ ...e, party, date, date_from: 'text' as const })) : [e]));
}
