// Decides report | opinion | quote | heading for one segment, with the cues that decided it.
import type { ClaimKind, KindFeature } from '../../types.ts';
import type { Segment } from '../segment/index.ts';

export interface KindContext {
  docKind: string;
  language: string | null;
  previous: Segment | null;
}

export function classifyKind(seg: Segment, context: KindContext): { kind: ClaimKind; speaker: string | null; features: KindFeature[] } {
  return { kind: seg.unit === 'heading' ? 'heading' : 'report', speaker: null, features: [] };
}
