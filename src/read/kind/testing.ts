// Test helper (used by *.test.ts only): which sentences a column and a news report would read otherwise than wanted.
import type { Segment } from '../segment/index.ts';
import { classifyKind } from './index.ts';

/** A sentence alone, as the segment stage gives it. */
export const sentence = (text: string): Segment => ({ start: 0, end: text.length, text, unit: 'sentence' });
export type Kind = 'opinion' | 'report';

/** Each case: a sentence, its language, its kind in a document of kind `own` (a column, or a research note:
 *  'other') and in a news report; the misses, one line each. */
export function misses(cases: [string, string, Kind, Kind][], own: 'opinion' | 'other' = 'opinion'): string[] {
  const out: string[] = [];
  for (const [text, language, inOwn, inNews] of cases) {
    for (const [docKind, want] of [
      [own, inOwn],
      ['news', inNews],
    ] as const) {
      const got = classifyKind(sentence(text), { docKind, language, previous: null });
      if (got.kind !== want) out.push(`${docKind} ${language}: ${text} → ${got.kind} ${JSON.stringify(got.features.map((f) => f.cue))}`);
    }
  }
  return out;
}
