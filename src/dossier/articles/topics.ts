// Topic vocabulary for articles and the claims that describe them (documented in README / spec extension).
import type { Claim } from '../../types.ts';

/** Topics a single claim speaks of, from named cue words. */
export function claimTopics(claim: Claim): string[] {
  return [];
}
