// How many articles the agreement has: the official text's count of article headings, else what sources
// say ("12-article treaty", "has twelve articles", "состоит из 23 статей", "umfasst 23 Artikel"; ./counts).
import type { Claim } from '../../types.ts';
import { perObject, perText } from '../memo.ts';
import type { Run } from '../runs.ts';
import { COUNT_PHRASES } from './counts/index.ts';
import { parseNumber } from './numbers.ts';
import { type Ballot, tally } from './sources.ts';
import type { OfficialText, Vote } from './types.ts';

/** Cheap test first: a count needs the word "article" in some language. */
const MENTIONS_ARTICLES = /articl|artícul|artikel|стат|مادة|مواد/i;

/** The counts a run's claims state. */
const countsIn = perObject((run: Run): { claim: Claim; value: string }[] => {
  const out: { claim: Claim; value: string }[] = [];
  for (const claim of run.claims) if (MENTIONS_ARTICLES.test(claim.text)) for (const value of countsOf(claim.text)) out.push({ claim, value });
  return out;
});

/** The counts a sentence on articles states (once per sentence). */
export const countsOf = perText((text: string): string[] => {
  const out: string[] = [];
  for (const re of COUNT_PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = parseNumber(m[1]);
      if (n && n > 1 && n < 200) out.push(String(n));
      // Words that are no number ("of its twelve articles" read "its twelve") leave the next word to try.
      else re.lastIndex = m.index + 1;
    }
  }
  return [...new Set(out)];
});

/** `excluded`: claims about other instruments. */
export function articleCount(runs: Run[], excluded: Set<string>, sources: Record<string, string>, official: OfficialText | null): Vote[] {
  const ballots: Ballot[] = [];
  if (official?.articles.length) {
    const n = Math.max(...official.articles.map((a) => a.number));
    ballots.push({ value: String(n), claim: '', doc: official.doc });
  }
  for (const run of runs) for (const { claim, value } of countsIn(run)) if (!excluded.has(claim.id)) ballots.push({ value, claim: claim.id, doc: claim.doc });
  const votes = tally(ballots, sources).map((v) => ({ ...v, claims: v.claims.filter(Boolean) }));
  if (!official) return votes;
  const i = votes.findIndex((v) => v.docs.includes(official.doc));
  return i <= 0 ? votes : [votes[i], ...votes.slice(0, i), ...votes.slice(i + 1)];
}
