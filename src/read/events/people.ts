// People a claim introduces with their state ("Russian President Vladimir Putin", "North Korean leader Kim Jong
// Un", "президент Ирана Масуд Пезешкиан", "US-Präsident Barack Obama"), and the name of whoever is the subject
// of an event's verb ("Kim Jong Un ratifies …", "President Pezeshkian then signs …"): the dossier learns from the
// whole pile which state a person acts for, and so finds the party of a step told by name alone.
import type { BodyMention, PartyMention } from '../../types.ts';

export interface Person {
  name: string;
  state: string;
}

/** A personal name: one to four capitalized words ("Kim Jong Un", "Masoud Pezeshkian", "Пезешкиан"). */
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}`;
/** What may stand between a state and a name: a possessive, hyphen or comma, then up to three title words
 *  ("'s Foreign Minister", "-Präsident", " leader", " Vice Foreign Minister", "El presidente ruso, Vladímir"). */
const TITLED_NAME = new RegExp(String.raw`^(?:['’]s)?(?:,\s*|[\s-]+)((?:[\p{L}.]+\s+){0,3}?)(${NAME})`, 'u');
/** Title words that are lower case in the language or abbreviated; any body the reading stage found counts too. */
const TITLE_WORD = /^(?:\p{Ll}[\p{L}.-]*|[\p{Lu}][\p{L}]*\.)$/u;

/** The people of a claim whose state its words give, each once. */
export function peopleOf(text: string, states: PartyMention[], bodies: BodyMention[]): Person[] {
  const out: Person[] = [];
  for (const s of states) {
    if (s.form === 'capital') continue;
    const m = TITLED_NAME.exec(text.slice(s.end, s.end + 80));
    if (!m) continue;
    const nameStart = s.end + m[0].length - m[2].length;
    const titleStart = s.end + m[0].length - m[2].length - m[1].length;
    // The words before the name are a title: a body ("President", "Foreign Minister") or lower-case words ("leader").
    const titled =
      !m[1] ||
      bodies.some((b) => b.start >= titleStart && b.end <= nameStart) ||
      m[1]
        .trim()
        .split(/\s+/)
        .every((w) => TITLE_WORD.test(w));
    if (!titled) continue;
    // A name that is itself a body or a state ("Russia's State Duma", "Iran Air") is nobody's.
    const name = trimBodies(m[2], nameStart, bodies, states);
    if (name && name.split(/\s+/).length + (m[1] ? 1 : 0) >= 2 && !out.some((p) => p.name === name)) out.push({ name, state: s.code });
  }
  return out;
}

/** The name without a leading body or state ("President Vladimir Putin" → "Vladimir Putin"); null when nothing is left. */
function trimBodies(name: string, start: number, bodies: BodyMention[], states: PartyMention[]): string | null {
  let from = start;
  for (const x of [...bodies, ...states].sort((a, b) => a.start - b.start)) if (x.start <= from && x.end > from) from = x.end;
  const rest = name.slice(from - start).trim();
  return /^\p{Lu}/u.test(rest) ? rest : null;
}

/** Words between a subject's name and its verb: adverbs, auxiliaries ("then", "also", "has", "hat", "a"). */
const BEFORE_VERB = /^(?:\s+(?:\p{Ll}+ly|then|also|formally|finally|has|had|have|hat|hatte|a|avait|ha|había|затем|также|dann|puis|luego))*\s*$/u;
const NAME_AT_END = new RegExp(String.raw`(${NAME})((?:\s+\p{Ll}+)*)\s*$`, 'u');

/** Capitalized words that start a phrase but name nobody (articles, pronouns), in the supported languages. */
const NOT_A_NAME =
  /^(?:The|A|An|This|That|These|Its|Their|It|He|She|They|Der|Die|Das|Den|Dem|Ein|Eine|Er|Sie|Es|Le|La|Les|L|Un|Une|Il|Elle|Ils|Ce|Cette|El|Los|Las|Lo|Una|Su|Sus|Он|Она|Они|Это)(?!\p{L})/u;

/** The name right before a verb at `at` (its subject), if a capitalized name stands there. */
export function agentBefore(text: string, clause: number, at: number, bodies: BodyMention[], states: PartyMention[]): string | null {
  const before = text.slice(clause, at);
  const m = NAME_AT_END.exec(before);
  if (!m || !BEFORE_VERB.test(m[2]) || NOT_A_NAME.test(m[1])) return null;
  const start = clause + m.index;
  const name = trimBodies(m[1], start, bodies, states);
  if (!name) return null;
  // What is left of it must be nobody's body or state ("The State Duma votes", "Russia ratifies").
  const from = start + m[1].length - name.length;
  const to = start + m[1].length;
  return [...bodies, ...states].some((x) => x.start < to && from < x.end) ? null : name;
}
