// How sure a fact is, from who states it. Pure: the caller gives the documents that state the fact's exact
// value, and whether an unresolved conflict or a disputed event touches it.
//
//   confirmed  the official text states it, or at least two independent sources do, not all of them one party's
//              voice (its state media or its government's own statements);
//   reported   one independent source states it, or only one party's voice does (however many of its outlets);
//   disputed   sources disagree and nothing settles it (an unresolved conflict on the fact, a disputed event);
//   unknown    no report states it (a projected date, an inference, a value no claim gives): we abstain.
import type { FactStatus, Support } from '../../types.ts';

/** Who a document is, as far as weighing it goes. */
export interface Voices {
  /** The independent source a document belongs to (repeats share their original's). */
  sourceOf: (doc: string) => string;
  /** True for the agreement's official text. */
  isOfficial: (doc: string) => boolean;
  /** The party a document speaks for (a party's state media or government), else null. */
  partyOf: (doc: string) => string | null;
  /** A short name for the reason's words (the outlet, else the file). */
  nameOf: (doc: string) => string;
}

export interface Standing {
  support: Support;
  status: FactStatus;
  status_reason: string;
}

/** Sources this many or more confirm a fact (when not all one party's voice). */
export const CONFIRMING_SOURCES = 2;
/** Names listed in a reason before "and N more". */
const NAMES_SHOWN = 3;

export function supportOf(docs: Iterable<string>, voices: Voices): Support {
  const ids = new Set(docs);
  return { reports: ids.size, independent: new Set([...ids].map(voices.sourceOf)).size };
}

/** Each independent source among the documents, with the party it speaks for (any of its reports' party). */
function sourcesAmong(docs: string[], voices: Voices): Map<string, { party: string | null; name: string }> {
  const out = new Map<string, { party: string | null; name: string }>();
  for (const d of docs) {
    const key = voices.sourceOf(d);
    const seen = out.get(key);
    const party = voices.partyOf(d);
    if (!seen) out.set(key, { party, name: voices.nameOf(key) });
    else if (!seen.party && party) seen.party = party;
  }
  return out;
}

function listed(names: string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} and ${names.length - NAMES_SHOWN} more` : shown;
}

export interface Hold {
  /** Why the fact is disputed (an unresolved conflict, a disputed event), when it is. */
  disputed?: string | null;
  /** Why no report can stand behind it (projected from a rule, inferred), when so. */
  notReported?: string | null;
}

/** The status of a fact stated by `docs` (each stating the fact's exact value). */
export function standingOf(docs: string[], voices: Voices, hold: Hold = {}): Standing {
  const support = supportOf(docs, voices);
  const at = (status: FactStatus, status_reason: string): Standing => ({ support, status, status_reason });
  if (hold.disputed) return at('disputed', hold.disputed);
  if (hold.notReported) return at('unknown', hold.notReported);
  if (docs.some(voices.isOfficial)) return at('confirmed', 'the official text states it');
  const sources = [...sourcesAmong(docs, voices).values()];
  if (!sources.length) return at('unknown', 'no report states it');
  const names = listed(sources.map((s) => s.name));
  const parties = new Set(sources.map((s) => s.party));
  const oneParty = parties.size === 1 && !parties.has(null) ? [...parties][0] : null;
  if (sources.length >= CONFIRMING_SOURCES && !oneParty) return at('confirmed', `${sources.length} independent sources state it: ${names}`);
  if (oneParty && sources.length > 1) return at('reported', `only ${oneParty}'s own voice states it (${sources.length} of its outlets: ${names})`);
  if (oneParty) return at('reported', `one source states it, ${oneParty}'s own voice: ${names}`);
  return at('reported', `one independent source states it: ${names}`);
}
