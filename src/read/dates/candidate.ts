// What every date detector returns, before the composition in dates/index.ts keeps one reading per span.
import type { Reference } from './reference.ts';

export interface DateCandidate {
  start: number;
  end: number;
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  until: string | null;
  /** Resolved against the publication date. */
  relative: boolean;
}

/** One named detector: reads the claim text in its language against the publication date (null when unknown). */
export interface DateDetector {
  name: string;
  /** Cheap tests: the detector runs only on a sentence one of these matches (shared cues are tested once). */
  cues: RegExp[];
  find(text: string, language: string, ref: Reference | null): DateCandidate[];
}
