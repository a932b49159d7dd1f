// The shape of a language's cue lists, and the scoring of opinion cues over a sentence.
import type { KindFeature } from '../../types.ts';

/** One named cue of the writer's own voice: every match adds `weight` to the opinion score. */
export interface CueRule {
  /** Reported as `${cue}:${matched words}`, e.g. "modal:should". */
  cue: string;
  weight: number;
  /** Global, usually built with `words()`. */
  pattern: RegExp;
  /** Vetoes one match, e.g. a modal whose subject is the treaty's parties ("the Parties should …"). */
  unless?: (text: string, index: number, match: string) => boolean;
}

/** What one language supplies to the kind stage. */
export interface Lexicon {
  /** Speech and crediting verbs ("said", "told", "insist", "described"); a speaker stands before or after them. */
  speech: RegExp;
  /** Whether a speaker commonly follows its verb ("заявил министр", "sagte der Minister"); otherwise only after a quotation or comma ("…," said Smith). */
  inversion: boolean;
  /** Forms of "to be": before a crediting verb they make it passive ("relations have been maintained"), which credits nobody. */
  passive: Set<string>;
  /** Phrases followed by their source ("according to X", "по словам X", "laut X", "selon X"). */
  sourceFirst: RegExp;
  /** Nouns that name a source without a capital letter ("officials", "ministry"). */
  speakerNouns: Set<string>;
  /** Nouns for the agreement and its parts: what they "state" is treaty content, not a person's word. */
  documentNouns: Set<string>;
  /** Words that may stand between a subject and its verb ("also", "has", "previously"). */
  skippable: Set<string>;
  /** Words that end a subject when reading back from the verb ("that", "which", "as"). */
  clauseWords: Set<string>;
  /** Prepositions inside a source's name ("Analysts at the Institute for Peace Studies"). */
  joiners: Set<string>;
  determiners: Set<string>;
  /** Third-person pronouns: the speaker is taken from the sentence before. */
  pronouns: Set<string>;
  /** The writer ("I", "we"): never a source. */
  firstPerson: Set<string>;
  /** Cues of the writer's own evaluation, prediction or advocacy. */
  opinion: CueRule[];
  /** A short sentence that answers the one before by denying it: "They do not.", "Das stimmt nicht.", "C'est faux." */
  rebuttal?: RegExp;
  /** A negation ("not", "nicht", "не", "لا"): one of two clauses set against each other denies. */
  negation: RegExp;
  /** Numbers written as words ("fifteen", "quince", "عشرة"): a sentence with a count reports a fact. */
  numbers: RegExp;
  /**
   * Verbs that tell a fact rather than judge: past narration ("continued", "firmó", "a signé", "wurde", "подписал"),
   * what a text contains ("contains", "enthält", "يتضمن"), a forecast ("is set to"). A short sentence with one is no assertion.
   */
  facts: RegExp;
  /** Whether a capital letter inside a sentence marks a name (not in German, which capitalises every noun, nor in Arabic). */
  capitalisedNames: boolean;
  /**
   * Where every noun is capitalised (German), a name stands after one of these words with no article ("in Frankfurt",
   * "nach Berlin") or right before another capitalised word at the start ("Katrin Vogt ist …").
   */
  namePrepositions?: Set<string>;
  /** Whether a speech verb needs no subject ("Añadió que …", "وأضاف أن …"): with no source named, it credits the previous speaker. */
  proDrop: boolean;
  /** Words that, just before a subject, make its verb a wish rather than a report: "Let the Senate say yes". */
  exhortation?: Set<string>;
}

/** Most matches of one cue that count: a list of adjectives should not outweigh a first-person stance. */
export const MAX_MATCHES_PER_CUE = 2;

/**
 * A pattern matching any of `phrases` as whole words; a hyphen joins words ("called" is not a word of
 * "so-called"). ASCII lists use \b, several times faster, with a guard against an accented letter next to the
 * match (\b is ASCII-only: Spanish "mi" must not match in "miércoles"); other scripts need Unicode lookarounds.
 */
export function words(phrases: string[], flags = 'giu'): RegExp {
  const alternatives = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  if (/^[\x20-\x7e]*$/.test(phrases.join('')))
    return new RegExp(`\\b(?<![-\\u00c0-\\u024f\\u0370-\\u052f])(?:${alternatives})\\b(?![-\\u00c0-\\u024f\\u0370-\\u052f])`, flags.replace('u', ''));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])`, flags);
}

/** The opinion features of `text` (quotations already blanked out) under `rules`. */
/** Scores kept per rule list, so a sentence scored for its document's voice (meta) is not scored again when its
 *  claim is read; cleared when it grows past SCORE_CACHE_SIZE (a cache for one document's sentences, not a pile's). */
const scored = new WeakMap<CueRule[], Map<string, KindFeature[]>>();
const SCORE_CACHE_SIZE = 4096;

/** The cues a text gives (shared: read only). */
export function scoreCues(text: string, rules: CueRule[]): KindFeature[] {
  let cache = scored.get(rules);
  if (!cache) scored.set(rules, (cache = new Map()));
  const held = cache.get(text);
  if (held) return held;
  if (cache.size >= SCORE_CACHE_SIZE) cache.clear();
  const features = cuesIn(text, rules);
  cache.set(text, features);
  return features;
}

function cuesIn(text: string, rules: CueRule[]): KindFeature[] {
  const features: KindFeature[] = [];
  for (const rule of rules) {
    let count = 0;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m && count < MAX_MATCHES_PER_CUE; m = rule.pattern.exec(text)) {
      if (rule.unless?.(text, m.index, m[0])) continue;
      features.push({ cue: `${rule.cue}:${m[0].toLowerCase().replace(/\s+/g, ' ')}`, weight: rule.weight, text: m[0] });
      count++;
    }
  }
  return features;
}

/** At most this many words on either side of the semicolon of an antithesis. */
export const ANTITHESIS_MAX_WORDS = 14;

/**
 * Two short clauses set against each other across one semicolon, exactly one of them negated: "It is not a tax; it
 * is a timetable.", "A right on paper can be defended; a grievance cannot be drunk." A count makes it a report.
 */
export function antithesis(negation: RegExp, weight = 1.5): CueRule {
  const short = (clause: string) => {
    const n = clause.trim().split(/\s+/).length;
    return n >= 2 && n <= ANTITHESIS_MAX_WORDS;
  };
  return {
    cue: 'antithesis',
    weight,
    pattern: /[;؛]/g,
    unless: (text, index) => {
      const before = text.slice(0, index);
      const after = text.slice(index + 1);
      if (/[;؛\p{N}]/u.test(before + after) || !short(before) || !short(after)) return true;
      return negation.test(before) === negation.test(after);
    },
  };
}

/** A pattern matching words that begin with any of `stems` (inflected languages: "безответственн" → "безответственный"). */
export function stems(list: string[], flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${list.join('|')})\\p{L}*`, flags);
}
