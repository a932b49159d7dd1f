// The shape of one language's topic cues, and the pattern helper every language file uses.

/** Languages with topic cues. A claim's text is tried against every language's cues: a report quotes other
 *  languages, and the words rarely collide across languages. */
export type Lang = 'en' | 'ru' | 'de' | 'fr' | 'es' | 'ar';

/** One language's words for one topic rule. */
export interface Cues {
  /** Any of these tags the topic. */
  cues: RegExp[];
  /** When present, one of these must match as well: the context that makes the cue mean this topic. */
  with?: RegExp[];
  /** Cues that tag the topic only when nothing else does ("non-aggression" in a list of principles). */
  weak?: RegExp[];
  /** Phrases removed before matching: they contain a cue word that means something else here ("threat of an
   *  attack" announces consultations, not the attack that triggers defense). */
  without?: RegExp[];
}

// Stems: `\p{L}*` continues a word in any script (JS `\b` and `\w` are ASCII only).
const L = '\\p{L}*';

/** A lower-case pattern with `~` for "the rest of the word". Patterns are tested on lower-cased text:
 *  case-sensitive regexes run several times faster. */
export const re = (s: string) => new RegExp(s.replace(/~/g, L), 'u');
