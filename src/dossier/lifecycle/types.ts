// Internal types of the lifecycle step: the cue rules each language supplies and what one claim yields.
import type { LifecycleStep } from '../../types.ts';

/**
 * What a matched verb phrase says happened. Most cues name their step; two depend on who acted:
 * `approve` (a vote: a legislature's → approved-by-legislature, a head's → ratified, nobody named → no event)
 * and `ratify` (a legislature "ratifying" → approved-by-legislature, anyone else → ratified), because reports
 * call a parliament's vote "ratification" and the spec records the step that happened.
 */
export type CueStep = LifecycleStep | 'approve' | 'ratify';

export interface EventCue {
  /** `lang:what`, shown in explanations. */
  name: string;
  /** Lower-case words of which every match contains one: checked first, because most claims have no cue
   *  and a substring test costs a fraction of the regex. */
  keys: string[];
  step: CueStep;
  /** Global, unicode regex; the match is the anchor that dates, actors and places attach to. */
  re: RegExp;
  /** `past`: a finite past/perfect form, an event anywhere. `present`: a headline's present tense, an event
   *  only in a heading ("Norland ratifiziert …", "… enters into force"). `any`: a present that reports in
   *  body text too (a lede's "President X introduces a bill to ratify …"). */
  tense: 'past' | 'present' | 'any';
}

export interface ExpectCue {
  name: string;
  keys: string[];
  step: LifecycleStep;
  re: RegExp;
}

/** Words that change what a cue means in its clause, per language. */
export interface Guards {
  /** Future, modal or intention before the verb ("will", "must be", "would be", "должен", "wird"): an expectation. */
  modal: RegExp;
  /** Condition before the verb ("unless", "if", "sofern", "если"): not an event. */
  conditional: RegExp;
  /** Negation right before the verb ("not", "не", "nicht", "pas"). */
  negation: RegExp;
  /** Doubt or insistence attributed to others ("officials insist", "якобы", "angeblich"): hedged. */
  hedge: RegExp;
  /** English present perfect ("has approved"): news of the report's own day. */
  perfect?: RegExp;
  /** "today" in the language. */
  today: RegExp;
  /** Weekday words, Monday first (stems; inflected forms start with them). */
  weekdays: string[];
  /** "<n> <unit> after|before" linking two events ("a week after the Diet approved …"); groups: n, unit, direction. */
  offset: RegExp;
  /** Words that start a condition after an expectation's verb ("after", "upon", "nach", "после"). */
  conditionStart: RegExp;
  /** Place after an event verb ("in Vienna", "в Порт-Луи"); group 1 the name. */
  place: RegExp;
}

export interface LanguageRules {
  events: EventCue[];
  expectations: ExpectCue[];
  guards: Guards;
}

/** One claim's statement that a step happened, before events from several sources are merged. */
export interface Observation {
  step: LifecycleStep;
  date: string | null;
  /** Party code as the agreement's record knows it (or as the claim gives it when the record does not). */
  party: string | null;
  body: string | null;
  ref: string | null;
  place: string | null;
  claim: string;
  doc: string;
  /** Asserted only as someone's insistence or claim. */
  hedged: boolean;
  /** The cue that fired and the words it matched. */
  cue: string;
  text: string;
}
