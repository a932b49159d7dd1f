// Reading stage: a clean document → claims (segment, kind, articles, dates, parties, bodies, lifecycle events).
// Order matters: segmentation first; article inheritance needs the previous claim's refs.
import type { ArticleRef, Claim, DocumentRecord } from '../types.ts';
import { findArticleRefs } from './articles/index.ts';
import { findDates } from './dates/index.ts';
import { readLifecycle } from './events/index.ts';
import { classifyKind } from './kind/index.ts';
import { type ReadSegment, readSegments } from './kind/segments.ts';
import { findBodies, findParties } from './parties/index.ts';
import { readRules } from './rules/index.ts';
import type { Segment } from './segment/index.ts';

export { isCounterpart, PER_PARTY, partyOfStep, readDuration, readEvents, readLifecycle, type StateMention, type StepActor } from './events/index.ts';

export { type ReadSegment, readSegments } from './kind/segments.ts';
export { type DocumentVoice, documentVoice, type VoicedSentence, type VoiceFamily } from './kind/voice.ts';

export type ReadableDocument = Pick<DocumentRecord, 'id' | 'body' | 'language' | 'published' | 'kind' | 'title'>;

/**
 * Claims of one document, in body order; ids are `${doc.id}.${n}` until the dossier renumbers them. `segments`:
 * the body's segments read in the document's language, when the meta stage already read them (readSegments).
 */
export function readDocument(doc: ReadableDocument, segments: ReadSegment[] = readSegments(doc.body, doc.language)): Claim[] {
  const claims: Claim[] = [];
  let previous: Segment | null = null;
  let previousSpeaker: string | null = null;
  let previousRefs: ArticleRef[] = [];
  for (const seg of segments) {
    const { kind, speaker, features } = classifyKind(
      seg,
      { docKind: doc.kind, language: doc.language, previous, previousSpeaker, previousKind: claims.at(-1)?.kind },
      seg.voice ?? undefined,
    );
    const { refs, foreign } = findArticleRefs(seg.text, { language: doc.language, previous: previousRefs, title: doc.title });
    const party_mentions = findParties(seg.text, doc.language);
    const claim: Claim = {
      id: `${doc.id}.${claims.length + 1}`,
      doc: doc.id,
      start: seg.start,
      end: seg.end,
      text: seg.text,
      kind,
      speaker,
      articles: [...new Set(refs.map((r) => r.number))].sort((a, b) => a - b),
      article_refs: refs,
      foreign_refs: foreign,
      dates: findDates(seg.text, doc.language, doc.published),
      parties: [...new Set(party_mentions.map((p) => p.code))].sort(),
      party_mentions,
      bodies: findBodies(seg.text, doc.language, party_mentions),
      features,
      unit: seg.unit,
    };
    claims.push(Object.assign(claim, readLifecycle(claim, doc), readRules(claim.text, doc.language, claim.dates)));
    previous = seg;
    previousSpeaker = speaker;
    previousRefs = refs;
  }
  return claims;
}

export {
  attackTrigger,
  consultationCues,
  defenseDenial,
  legalFrame,
  type NonAllianceKind,
  namesAttack,
  nonAllianceKind,
  offensiveAction,
} from './obligations/index.ts';
/** The capitals table, for the dossier's gazetteer of places (dossier/conflicts/values). */
export { CAPITALS } from './parties/capitals.ts';
/** States named in a text (names, adjectives, abbreviations, capitals), for the meta stage's source states. */
export { findParties } from './parties/index.ts';
export { broaderOf, CATALOGUE as TOPICS, readTopics, type TopicCue, topicCues } from './topics/index.ts';
