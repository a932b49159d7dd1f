// A body's segments, each with its voice (readVoice): read once for the meta stage, which weighs the writer's
// voice over the body, and for the claims, which classify the same sentences in their document's context.
import { type Segment, segment } from '../segment/index.ts';
import { readVoice, type SentenceVoice } from './index.ts';

export interface ReadSegment extends Segment {
  /** null for a heading, which is a heading whatever it says. */
  voice: SentenceVoice | null;
}

export function readSegments(body: string, language: string | null): ReadSegment[] {
  return segment(body, language).map((seg) => ({ ...seg, voice: seg.unit === 'heading' ? null : readVoice(seg.text, language) }));
}
