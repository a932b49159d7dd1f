// What one language gives the rule reader (./index.ts): its words for entry into force, withdrawal and notice,
// the offsets ("on the thirtieth day after", "90 days after", "the first day of the second month following"),
// the events they count from, and its number words. Patterns are sources for `rx` (../events/regex.ts) with
// placeholders the reader fills in: {NUM} a number (digits or words), {ORD} an ordinal, {UNIT} day/month/year.
import type { ClaimRule } from '../../types.ts';

/** A word and its value; a trailing `*` marks a stem whose inflected forms follow it ("тридцат*" → тридцатый). */
export type NumberWord = [string, number];

export type Unit = 'day' | 'month' | 'year';
export type Trigger = Exclude<ClaimRule['from'], 'notice' | 'expiry'>;

export interface RuleLanguage {
  /** Any of these words: a sentence without one holds no rule (most sentences). */
  prefilter: RegExp;
  cardinals: NumberWord[];
  ordinals: NumberWord[];
  /** Ordinal digits: "30th", "30-й", "30.", "30e", "30.º" (the suffix after the digits). */
  ordinalSuffix: string;
  units: [string, Unit][];
  /** Entry into force, as a verb or a noun. */
  entry: string;
  /** A withdrawal, denunciation or termination taking effect (its noun, then its verb of effect). */
  withdrawal: string;
  effect: string;
  /** A notice ("notice", "уведомление", "Kündigung"): the rule about notice before expiry needs one. */
  notice: string;
  offsets: {
    /** "on the thirtieth day after": {ORD} the day. */
    dayOrdinal: string[];
    /** "90 days after": {NUM} {UNIT}. */
    units: string[];
    /** "the first day of the (second|next) month following": {ORD} optional; a group `next` for "next". */
    firstOfMonth: string[];
    /** "on the date of", "upon": the same day. */
    sameDay: string[];
    /** "six months before the expiry": {NUM} {UNIT}, counted back from the end of the term. */
    beforeExpiry: string[];
    /** "on six months' notice": {NUM} {UNIT}, counted from the notice. */
    noticePeriod: string[];
  };
  /** The events offsets count from; {NUM} in a threshold is the count of instruments. */
  triggers: Record<Trigger, string[]>;
  /** "For each State ratifying thereafter": the rule is each later state's. */
  eachLater: string;
  /** A threshold with more than a count ("accounting for 55 per cent of emissions"). */
  conditional: string;
  /** Words right before a number that make it approximate or a limit ("about", "within"). */
  approximate: string;
  /** The Nth instrument, state or ratification (for the day a threshold was reached): {ORD}. */
  nth: string[];
  /** "The threshold was reached": an unnamed count. */
  thresholdReached: string[];
  /** Words that make a sentence a forecast, not a report ("is expected to", "will"). */
  future: string;
}
