// Decides report | opinion | quote | heading for one segment, with the cues that decided it.
// In order: a heading is a heading; direct speech with its speaker is a quote; otherwise the weighted cues of
// the writer's own voice (read outside quotations) are summed with the crediting cues, and the sum against
// the threshold of the document's kind decides opinion or report. Every cue is listed in `features`.
import type { ClaimKind, KindFeature } from '../../types.ts';
import type { Segment } from '../segment/index.ts';
import { isShortAssertion, SHORT_ASSERTION_WEIGHT } from './assertion.ts';
import { type Attribution, findAttribution } from './attribution.ts';
import { type Lexicon, scoreCues } from './cues.ts';
import { AR } from './lexicon/ar.ts';
import { DE } from './lexicon/de.ts';
import { EN } from './lexicon/en.ts';
import { ES } from './lexicon/es.ts';
import { FR } from './lexicon/fr.ts';
import { RU } from './lexicon/ru.ts';
import { FULLY_QUOTED_SHARE, type QuotedText, readQuotes } from './speech.ts';

export interface KindContext {
  docKind: string;
  language: string | null;
  previous: Segment | null;
  /** The speaker found for the previous segment: "He noted …" after "He described …" after "The president said …". */
  previousSpeaker?: string | null;
  /** The kind given to the segment before, for a column's sentence that continues an opinion. */
  previousKind?: string | null;
}

/** Cue lists by language; English for any other language. */
export const LEXICONS: Record<string, Lexicon> = { en: EN, ru: RU, de: DE, fr: FR, es: ES, ar: AR };

/**
 * Opinion needs this score, by document kind. A column's evaluative sentence is opinion on one advocacy
 * modal or verdict (1.5), and so is an analysis paper's ("other": its advice is its own); a news report needs a
 * stance of the writer's own (3: "I believe", "one wonders", "there is a possibility that"), so its reporting is
 * never opinion; an official text is never opinion.
 */
export const OPINION_THRESHOLD: Record<string, number> = { opinion: 1.5, other: 1.5, news: 3, factbox: 3.5, official: Infinity };
/** A named source speaks ("Officials insist …", "according to the minister"): the sentence reports their view. */
export const ATTRIBUTION_WEIGHT = -3;
/** The agreement or an article "states" it: the sentence describes the treaty's content. */
export const TREATY_CONTENT_WEIGHT = -1.5;
/** A question in the writer's voice, outside quotations, that nobody is credited with asking. */
export const RHETORICAL_QUESTION_WEIGHT = 2;
/** An exclamation in the writer's voice, outside quotations ("What a waste of a rare consensus!"). */
export const EXCLAMATION_WEIGHT = 1;
/**
 * In an opinion piece, a sentence with a cue of its own that follows an opinion continues the writer's argument
 * ("I think the accord was rushed. Its monitoring chapter is merely a list of intentions.").
 */
export const AFTER_OPINION_WEIGHT = 0.5;
/** In an opinion piece, a sentence this short that denies what came before is the writer's rebuttal ("They do not."). */
export const REBUTTAL_MAX_WORDS = 6;
export const REBUTTAL_WEIGHT = 1.5;
/** Direct speech: at least this share of the sentence is a quotation, and a speaker is named. */
export const QUOTE_MIN_SHARE = 0.4;

/** A colon followed by words, not by a quotation mark: speech given without quotation marks. */
const UNQUOTED_SPEECH = /[:：]\s*[^\s“‘"«„]/u;
/** Cues of the first person, which in a report belong to the speaker credited just before. */
const FIRST_PERSON_CUES = new Set(['first-person-stance', 'first-person', 'first-person-plural']);

const QUESTION_END = /[?？؟][\s\p{Pf}\p{Pe}"'»]*$/u;
const EXCLAMATION_END = /[!！][\s\p{Pf}\p{Pe}"'»]*$/u;

/** The speaker of the segment before: as the caller tracked it, or read again from its text. */
function previousSpeaker(context: KindContext, lex: Lexicon): string | null {
  if (context.previousSpeaker !== undefined) return context.previousSpeaker;
  if (!context.previous) return null;
  const before = findAttribution(readQuotes(context.previous.text).masked, lex);
  return before && !before.document && !before.pronoun ? before.speaker : null;
}

/** The person credited; a pronoun ("…, he said") stands for the speaker of the segment before, when there is one. */
function personSpeaker(attribution: Attribution | null, before: () => string | null): string | null {
  if (!attribution || attribution.document) return null;
  return (attribution.pronoun && before()) || attribution.speaker;
}

/**
 * What a sentence says whatever the document around it: its quotations, whom it credits and its cues of opinion.
 * The costly part of classifying; read once per segment and language (see readSegments), for the meta stage's
 * voice of the document and for the claims.
 */
export interface SentenceVoice {
  language: string | null;
  quotes: QuotedText;
  attribution: Attribution | null;
  /** Cues of the writer's own voice, read outside quotations. */
  cues: KindFeature[];
}

export function readVoice(text: string, language: string | null): SentenceVoice {
  const lex = LEXICONS[language ?? 'en'] ?? EN;
  const quotes = readQuotes(text);
  const attribution = findAttribution(quotes.masked, lex);
  return { language, quotes, attribution, cues: scoreCues(quotes.masked, lex.opinion) };
}

/** `voice`: the segment's reading in the context's language, when already made (readVoice). */
export function classifyKind(seg: Segment, context: KindContext, voice?: SentenceVoice): { kind: ClaimKind; speaker: string | null; features: KindFeature[] } {
  if (seg.unit === 'heading') return { kind: 'heading', speaker: null, features: [{ cue: 'unit:heading', weight: 0, text: seg.text }] };
  const lex = LEXICONS[context.language ?? 'en'] ?? EN;
  const { quotes, attribution, cues } = voice && voice.language === context.language ? voice : readVoice(seg.text, context.language);
  const before = () => previousSpeaker(context, lex);
  const speaker = personSpeaker(attribution, before);
  const features: KindFeature[] = [];
  if (attribution) {
    const document = attribution.document;
    features.push({
      cue: `${document ? 'treaty-content' : 'attribution'}:${attribution.verb}`,
      weight: document ? TREATY_CONTENT_WEIGHT : ATTRIBUTION_WEIGHT,
      text: attribution.speaker ?? attribution.verb,
    });
  }

  // Direct speech: a quotation with its speaker, or a sentence that is all quotation.
  const fully = quotes.share >= FULLY_QUOTED_SHARE && /^[“‘"«„—–]/u.test(seg.text) && !attribution?.document;
  if (quotes.first && ((quotes.share >= QUOTE_MIN_SHARE && speaker) || fully)) {
    features.push({ cue: 'direct-speech', weight: 0, text: quotes.first });
    return { kind: 'quote', speaker: speaker ?? before(), features };
  }

  features.push(...cues);
  if (!attribution && QUESTION_END.test(quotes.masked) && !/^\s*[“‘"«„]/u.test(seg.text)) {
    features.push({ cue: 'rhetorical-question', weight: RHETORICAL_QUESTION_WEIGHT, text: '?' });
  }
  if (!attribution && EXCLAMATION_END.test(quotes.masked) && !/^\s*[“‘"«„]/u.test(seg.text)) {
    features.push({ cue: 'exclamation', weight: EXCLAMATION_WEIGHT, text: '!' });
  }
  if (context.docKind === 'opinion' && !attribution && lex.rebuttal) {
    const rebuttal = lex.rebuttal.exec(quotes.masked);
    if (rebuttal && quotes.masked.trim().split(/\s+/).length <= REBUTTAL_MAX_WORDS)
      features.push({ cue: 'rebuttal', weight: REBUTTAL_WEIGHT, text: rebuttal[0].trim() });
  }
  const threshold = OPINION_THRESHOLD[context.docKind] ?? OPINION_THRESHOLD.other;
  let own = features.reduce((sum, f) => sum + f.weight, 0);
  // In a column, a short sentence with nothing of a report (date, count, name, source) is the writer's assertion;
  // looked for only where the sentence's own cues fall short.
  const mayAssert = context.docKind === 'opinion' && own < threshold && seg.unit === 'sentence' && !attribution && !quotes.first;
  if (mayAssert && isShortAssertion(quotes.masked, lex, context.language)) {
    features.push({ cue: 'context:short-assertion', weight: SHORT_ASSERTION_WEIGHT, text: seg.text.slice(0, 60) });
    own += SHORT_ASSERTION_WEIGHT;
  }
  if (context.docKind === 'opinion' && context.previousKind === 'opinion' && !attribution && own > 0) {
    features.push({ cue: 'context:after-opinion', weight: AFTER_OPINION_WEIGHT, text: context.previous?.text.slice(0, 60) ?? '' });
  }
  // A report's writer does not speak in the first person: right after a credited sentence, "أطالب …" or "I ask …"
  // continues that speaker's words, given without quotation marks. In any piece, so does the first person after
  // speech opened by a colon without a quotation mark ("وقال رئيس اللجنة: أدعو … . أطالب …").
  const continues = context.docKind !== 'opinion' || UNQUOTED_SPEECH.test(context.previous?.text ?? '');
  if (continues && !attribution && features.some((f) => FIRST_PERSON_CUES.has(f.cue.split(':', 1)[0]))) {
    const continued = before();
    if (continued) {
      features.push({ cue: 'continued-speech', weight: 0, text: continued });
      return { kind: 'quote', speaker: continued, features };
    }
  }
  const score = features.reduce((sum, f) => sum + f.weight, 0);
  return { kind: score >= threshold ? 'opinion' : 'report', speaker, features };
}
