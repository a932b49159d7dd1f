// The shape of a topic rule and the cue pattern helper shared by the vocabulary lists.

export type Lang = 'en' | 'ru' | 'de' | 'fr';
export type Cues = Partial<Record<Lang, RegExp[]>>;

export interface TopicRule {
  topic: string;
  /** What a clause on this topic says. */
  about: string;
  /** Any of these tags the topic. */
  cues: Cues;
  /** When present, one of these must match as well: the context that makes the cue mean this topic. */
  with?: Cues;
  /** Cues that tag the topic only when nothing else does ("non-aggression" in a list of principles). */
  weak?: Cues;
  /** Phrases removed before matching: they contain a cue word that means something else here. */
  without?: RegExp[];
  /** A broader topic this one is a kind of (joint exercises are military cooperation): tagged along with it. */
  broader?: string;
}

// Stems: `\p{L}*` continues a word in any script (JS `\b` and `\w` are ASCII only).
const L = '\\p{L}*';
// Patterns are lower case and tested on lower-cased text: case-sensitive regexes run several times faster.
export const re = (s: string) => new RegExp(s.replace(/~/g, L), 'u');
