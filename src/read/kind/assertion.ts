// In a column, a short sentence that carries nothing a report needs (no date, no count, no named actor, no source
// and no speech verb) is the writer's own assertion: "They can compete.", "No es suficiente con votar a ciegas.",
// "الوقت ينفد." Read only in opinion pieces: a report's short sentences are facts.
import { findDates } from '../dates/index.ts';
import { findParties } from '../parties/index.ts';
import type { Lexicon } from './cues.ts';

export const SHORT_ASSERTION_MAX_WORDS = 12;
/** On its own it reaches a column's threshold: the sentence has no other reading than the writer's. */
export const SHORT_ASSERTION_WEIGHT = 1.5;

/** Relative dates ("in June", "am Montag") are found only against a reference day; any day will do to find them. */
const ANY_REFERENCE_DAY = '2000-01-01';
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/** Where nouns are capitalised: a capital after a bare preposition, or two capitals opening the sentence ("Katrin Vogt"). */
function nounLanguageName(words: string[], lower: string[], lex: Lexicon): boolean {
  if (capital(words[0]) && capital(words[1]) && !lex.determiners.has(lower[0])) return true;
  return words.some((w, i) => i > 0 && capital(w) && lex.namePrepositions!.has(lower[i - 1]));
}

/** A name inside the sentence (the first word is capitalised anyway), or an official or a state named. */
function namesActor(words: string[], text: string, lex: Lexicon, language: string | null): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lex.capitalisedNames && words.slice(1).some((w) => capital(w) && !lex.firstPerson.has(w.toLowerCase()))) return true;
  if (lex.namePrepositions && nounLanguageName(words, lower, lex)) return true;
  if (lower.some((w) => lex.speakerNouns.has(w) && !lex.pronouns.has(w))) return true;
  return findParties(text, language).length > 0;
}

/**
 * A modal, advice or not: where it does not advise it lays down a duty ("Die Vertragsparteien müssen einander Hilfe
 * leisten") or forecasts, both facts; where it advises its own cue already counts.
 */
function hasModal(text: string, lex: Lexicon): boolean {
  return lex.opinion.some((rule) => {
    if (rule.cue !== 'modal') return false;
    rule.pattern.lastIndex = 0;
    return rule.pattern.test(text);
  });
}

/**
 * Whether `masked` (quotations blanked) is a short, unsourced assertion: no count, no speech verb, no modal, no
 * name, no verb of fact (past narration, contents, forecast), no date.
 */
export function isShortAssertion(masked: string, lex: Lexicon, language: string | null): boolean {
  const words = masked.match(WORD) ?? [];
  if (!words.length || words.length > SHORT_ASSERTION_MAX_WORDS) return false;
  if (/\p{N}/u.test(masked) || lex.numbers.test(masked) || lex.facts.test(masked)) return false;
  lex.speech.lastIndex = 0;
  if (lex.speech.test(masked)) return false;
  if (hasModal(masked, lex) || namesActor(words, masked, lex, language)) return false;
  return findDates(masked, language, ANY_REFERENCE_DAY).length === 0;
}
