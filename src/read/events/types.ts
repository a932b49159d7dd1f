// The cue rules each language supplies to the event reader (one file per language beside this one), and what
// the reader needs of a document and a claim.
import type { Claim, DocumentRecord, LifecycleStep } from '../../types.ts';

/** What the event reader needs of a document and of a claim. */
export type EventDocument = Pick<DocumentRecord, 'body' | 'published' | 'language' | 'kind'>;
export type EventClaim = Pick<Claim, 'text' | 'start' | 'end' | 'kind' | 'unit' | 'dates' | 'bodies' | 'party_mentions'>;

/**
 * What a matched verb phrase says happened. Most cues name their step; two depend on who acted:
 * `approve` (a vote: a legislature's → approved-by-legislature, a head's → ratified, nobody named → no event)
 * and `ratify` (a legislature "ratifying" → approved-by-legislature, anyone else → ratified), because reports
 * call a parliament's vote "ratification" and the spec records the step that happened. A third, `follow`, is
 * the step told just before, taken by another actor on its own day ("Japan followed on June 4", "Le Sénat suit").
 */
export type CueStep = LifecycleStep | 'approve' | 'ratify' | 'follow';

/**
 * Where a cue tells of an event:
 * - `past`: a finite past or perfect form, an event anywhere;
 * - `present`: a headline's or a timeline's present ("Norland ratifiziert …", "October 24: the Duma votes to
 *   ratify"), an event only in a heading or a line that starts with its date (elsewhere it states a rule);
 * - `any`: a present that reports in body text too (a lede's "President X introduces a bill to ratify …");
 * - `nominal`: a noun phrase ("entry into force", "Inkrafttreten"), an event only in a line that starts with
 *   its date.
 */
export type Tense = 'past' | 'present' | 'any' | 'nominal';

export interface EventCue {
  /** `lang:what`, shown in explanations. */
  name: string;
  /** Lower-case words of which every match contains one: checked first, because most claims have no cue
   *  and a substring test costs a fraction of the regex. */
  keys: string[];
  step: CueStep;
  /** Global, unicode regex; the match is the anchor that dates, actors and places attach to. */
  re: RegExp;
  tense: Tense;
  /** What the claim must also say for the cue to count ("signed this decree" ratifies only in a claim about
   *  ratification). */
  requires?: RegExp;
  /** An event only with a date of its own: a noun ("the vote of the Duma on 24 October") says no more. */
  dated?: boolean;
  /** Its words carry their own negation ("is no longer a party to", "ne sont plus parties au"): the negation
   *  guard does not drop it. */
  negated?: boolean;
  /** Its words name a state's part in the treaty ("suspended its obligations", "приостанавливает выполнение
   *  обязательств"): the step is the agreement's though no word of the clause names it. */
  ownPart?: boolean;
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
  /** Doubt or insistence attributed to others ("officials insist", "якобы", "angeblich"): only asserted. */
  hedge: RegExp;
  /** A class of states as the verb's subject ("the countries that have deposited", "les États qui l'ont
   *  ratifié"): a description, no one state's step. */
  generic?: RegExp;
  /** English present perfect ("has approved"): news of the report's own day. */
  perfect?: RegExp;
  /** Verbs of saying ("said", "announced", "сообщил", "a annoncé"): a date after one is the report's, not the
   *  event's ("ratified the treaty, KCNA announced on Tuesday"). */
  report: RegExp;
  /** A verb phrase that closes its clause (a German verb bracket ending in its participle): a date after it
   *  belongs to the next clause ("… unterzeichnet, Medwedew das Gesetz bereits am 28. Januar"). */
  closesClause?: RegExp;
  /** A passive verb whose agent follows it with no preposition (the Russian instrumental: "одобрен Советом
   *  Федерации"): tested on the verb's words; the actor right after it acted. */
  passiveAgent?: RegExp;
  /** "today" in the language. */
  today: RegExp;
  /** Weekday words, Monday first (stems; inflected forms start with them). */
  weekdays: string[];
  /** "<n> <unit> after|before" linking two events ("a week after the Diet approved …"); groups: n, unit, direction. */
  offset: RegExp;
  /** "the same day", "the next day", "the day before": the date of the event told before, or one day on or back. */
  sameDay: RegExp;
  nextDay: RegExp;
  dayBefore: RegExp;
  /** Words that start a condition after an expectation's verb ("after", "upon", "nach", "после"). */
  conditionStart: RegExp;
  /** Place after an event verb ("in Vienna", "в Порт-Луи"); group 1 the name. */
  place: RegExp;
}

/** How long the agreement lasts: open-ended, a fixed number of years, automatic renewal for a number of years,
 *  and the notice that stops renewal. */
export interface DurationCue {
  what: 'indefinite' | 'years' | 'renewal' | 'notice';
  /** The first captured group that is set holds the number (none for `indefinite`). */
  re: RegExp;
}

export interface DurationRules {
  /** Cheap test run first: a claim without one of these stems states no duration in the language. */
  prefilter: RegExp;
  cues: DurationCue[];
}

/** The language's words for who acts and for what a step is about. */
export interface Vocabulary {
  /** Generic words for a legislature or its members ("parliament", "lawmakers"), where no body is named. */
  legislature: RegExp;
  /** Generic words for a head of state or government ("president", "leader"); "presidential" is none. */
  head: RegExp;
  government: RegExp;
  /** Words that make a step one of an agreement: the agreement, its bill, law, text, article or "it". */
  agreement: RegExp;
  /** Subjects that are another instrument ("the 2009 Agreement", "an international treaty", "earlier accords"). */
  otherInstrument: RegExp;
  /** What a vote is on when it takes a state out of the treaty ("the law on withdrawal", "закон о денонсации"):
   *  no approval of the treaty. */
  exit: RegExp;
  /** Words that undo a state's ratification without taking it out of the treaty ("the law revoking
   *  ratification", "отзыв ратификации", "Rücknahme der Ratifizierung"): a vote on it or its signature approves
   *  and ratifies nothing. */
  revoke: RegExp;
  /** Words for a law or bill ("law", "Gesetz", "закон"): after a revocation was told, "the law" is its law. */
  law: RegExp;
  /** Both parties as one subject or agent ("both countries", "les deux pays", "beide Staaten", "обе страны"). */
  bothParties: RegExp;
  /** An amendment as a subject ("an amendment to the Annex", "l'amendement au protocole"): what enters into force
   *  after it is the amendment, i.e. the agreement is amended. */
  amendment: RegExp;
}

export interface LanguageRules {
  events: EventCue[];
  expectations: ExpectCue[];
  guards: Guards;
  duration: DurationRules;
  words: Vocabulary;
}
