// The writer's voice over a whole body: which sentences carry cues of the writer's own stance, advocacy,
// evaluation or rhetoric (outside quotations, credited to nobody). The meta stage weighs it to tell a column
// without an "Opinion" label from a report.
import type { KindFeature } from '../../types.ts';
import type { Segment } from '../segment/index.ts';
import { classifyKind } from './index.ts';
import { type ReadSegment, readSegments } from './segments.ts';

/**
 * What a cue says about the writer: a view of their own (first person singular), the "we" of their community
 * (also a press release's), advice to someone, a judgement, a rhetorical move.
 */
export type VoiceFamily = 'stance' | 'community' | 'advocacy' | 'evaluation' | 'rhetoric';

/** Cue name → family; a cue not listed (hedges, verdicts, intensifiers, contrasts, generalisations …) evaluates. */
const FAMILY: Record<string, VoiceFamily> = {
  'first-person-stance': 'stance',
  'first-person': 'stance',
  'first-person-plural': 'community',
  // "we call on", "wir appellieren": the publisher's "we" appealing, as a ministry's or a civic group's release does
  appeal: 'community',
  'one-wonders': 'stance',
  modal: 'advocacy',
  'call-to-act': 'advocacy',
  imperative: 'advocacy',
  'rhetorical-question': 'rhetoric',
  exclamation: 'rhetoric',
  rhetorical: 'rhetoric',
};

/** A sentence speaks in the writer's voice when its own cues reach the opinion threshold of a column. */
export const VOICED_SENTENCE_SCORE = 1.5;

export function familyOf(cue: string): VoiceFamily {
  return FAMILY[cue.split(':', 1)[0]] ?? 'evaluation';
}

export interface VoicedSentence {
  text: string;
  score: number;
  families: VoiceFamily[];
  /** The cues that carried it, as "cue:words". */
  cues: string[];
}

export interface DocumentVoice {
  /** Sentences and list items (headings left out). */
  sentences: number;
  voiced: VoicedSentence[];
  /**
   * Short sentences with nothing of a report (no date, count, name, source, modal or verb of fact) and too few cues
   * to be voiced: "They can compete." Their weak cues, if any, still name a family ("Puede que lo sea": a hedge).
   */
  assertions: VoicedSentence[];
}

const SHORT_ASSERTION = 'context:short-assertion';

/**
 * The writer's own cues of one classified sentence: none when the sentence is a quote or credits a source. Cues
 * of context ("context:short-assertion") come from the document's kind, the very thing the voice is to decide.
 */
function ownCues(kind: string, features: KindFeature[]): KindFeature[] {
  if (kind === 'quote' || kind === 'heading' || features.some((f) => f.weight < 0)) return [];
  return features.filter((f) => f.weight > 0 && !f.cue.startsWith('context:'));
}

const voicedSentence = (text: string, own: KindFeature[], score: number): VoicedSentence => ({
  text,
  score,
  families: [...new Set(own.map((f) => familyOf(f.cue)))],
  cues: own.map((f) => f.cue),
});

/** `segments`: the body's segments read in `language`, when already read (readSegments). */
export function documentVoice(body: string, language: string | null, segments: ReadSegment[] = readSegments(body, language)): DocumentVoice {
  const voiced: VoicedSentence[] = [];
  const assertions: VoicedSentence[] = [];
  let sentences = 0;
  let previous: Segment | null = null;
  let previousSpeaker: string | null = null;
  for (const seg of segments) {
    if (seg.unit === 'heading') continue;
    sentences++;
    // Read as in a column: the verdict of each sentence on its own, without the context of the one before.
    const { kind, speaker, features } = classifyKind(seg, { docKind: 'opinion', language, previous, previousSpeaker }, seg.voice ?? undefined);
    previous = seg;
    previousSpeaker = speaker;
    const own = ownCues(kind, features);
    const score = own.reduce((sum, f) => sum + f.weight, 0);
    if (score >= VOICED_SENTENCE_SCORE) voiced.push(voicedSentence(seg.text, own, score));
    else if (kind !== 'quote' && features.some((f) => f.cue === SHORT_ASSERTION)) assertions.push(voicedSentence(seg.text, own, score));
  }
  return { sentences, voiced, assertions };
}
