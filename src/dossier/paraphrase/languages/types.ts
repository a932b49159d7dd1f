// What the paraphrase check needs of one language: the words of time units (to read "ninety days", "шести
// месяцев"), how a clause's action is set off (automatically, at a party's request, by mutual agreement), and
// the words that make a sentence deny or hedge what it reports.

/** Units of the periods clauses set, and what a threshold counts (parties, states, instruments). */
export type Unit = 'day' | 'week' | 'month' | 'year' | 'party';

/** How a clause's action is set off: by itself (an automatic renewal), when one party asks (consultations at
 *  the request of either party), or only when both agree (an extension by mutual agreement). */
export type Trigger = 'automatic' | 'on-request' | 'mutual-agreement';

export interface ParaphraseWords {
  /** Unit words, lower case: a word is the unit when it starts with one of them, or, for one ending in "$",
   *  when it is that word ("an$" is no start of "année"'s neighbours such as "anniversaire"). */
  units: Record<Unit, string[]>;
  /** Words that stand for the number one before a unit ("a year", "ein Jahr", "un an"). */
  one?: string[];
  /** Unit words that alone say one of the unit, with no number before them ("через год", "в течение месяца"). */
  bareOne?: string[];
  /** Words that may stand between a number and its unit ("30 calendar days"). */
  fillers?: string[];
  /** Phrases (lower case, matched from a word's start) that say how the action is set off. */
  triggers: Record<Trigger, string[]>;
  /** A word or phrase that denies what the sentence reports ("not", "nicht", "не"), as a pattern. */
  negation: RegExp;
  /** Phrases holding a negation word that only set a bound ("no later than", "не менее"): removed first. */
  bounds: RegExp;
  /** Words that make a number of years an outer bound or a total rather than the term ("up to", "bis zu"). */
  hedges: RegExp;
  /** Words right before or after a period that make it history or a delay rather than what the clause sets
   *  ("vor zehn Jahren", "ten years ago", "two years later", "postponed by a year"): patterns anchored at the
   *  period's side. */
  pastBefore: RegExp;
  pastAfter: RegExp;
}
