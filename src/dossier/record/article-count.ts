// How many articles the agreement has: the official text's count of article headings, else what sources
// say ("12-article treaty", "has twelve articles", "состоит из 23 статей", "umfasst 23 Artikel").
import type { Claim } from '../../types.ts';
import { NUMBER, parseNumber } from './numbers.ts';
import { type Ballot, tally } from './sources.ts';
import type { OfficialText, Vote } from './types.ts';

/** Phrases that state an article count, per language. Group 1 is the number. */
const COUNT_PHRASES = [
  new RegExp(`(?<![\\p{L}\\d])(\\d{1,3}|\\p{L}{3,12})-article\\b`, 'giu'),
  new RegExp(`\\b(?:has|have|had|contains?|consists? of|comprises?|includes?|made up of|with|of)\\s+(${NUMBER})\\s+articles\\b`, 'giu'),
  new RegExp(`(?:состоит из|содержит|включает)\\s+(${NUMBER})\\s+стат\\p{L}*`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:umfasst|enthält|hat|besteht aus|mit)\\s+(${NUMBER})\\s+Artikeln?(?![\\p{L}])`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:compte|comporte|contient|comprend)\\s+(${NUMBER})\\s+articles\\b`, 'giu'),
];

/** Cheap test first: a count needs the word "article" in some language. */
const MENTIONS_ARTICLES = /articl|artikel|стат/i;

export function articleCount(claims: Claim[], sources: Record<string, string>, official: OfficialText | null): Vote[] {
  const ballots: Ballot[] = [];
  if (official?.articles.length) {
    const n = Math.max(...official.articles.map((a) => a.number));
    ballots.push({ value: String(n), claim: '', doc: official.doc });
  }
  for (const c of claims) {
    if (!MENTIONS_ARTICLES.test(c.text)) continue;
    for (const re of COUNT_PHRASES) {
      for (const m of c.text.matchAll(re)) {
        const n = parseNumber(m[1]);
        if (n && n > 1 && n < 200) ballots.push({ value: String(n), claim: c.id, doc: c.doc });
      }
    }
  }
  const votes = tally(ballots, sources).map((v) => ({ ...v, claims: v.claims.filter(Boolean) }));
  if (!official) return votes;
  const i = votes.findIndex((v) => v.docs.includes(official.doc));
  return i <= 0 ? votes : [votes[i], ...votes.slice(0, i), ...votes.slice(i + 1)];
}
