// The articles of the agreement: every article of the official text, else every article the claims describe,
// each with topics (the official text's, else those of the claims aligned to it), a one-line summary, and the
// claims and documents it rests on.
import type { ArticleRecord, Claim } from '../../types.ts';
import type { ArticleAlignment, DossierRecord } from '../record/types.ts';
import { otherInstrumentByDoc, runsOf } from '../runs.ts';
import { alignClaims } from './align.ts';
import { type ClaimTopics, type RunTopics, topicsIn } from './claims.ts';
import { articleSummary, claimSummary } from './summary.ts';
import { withBroader } from './topics.ts';

export { openEnded } from './open-ended.ts';

export interface ArticlesResult {
  articles: ArticleRecord[];
  alignments: ArticleAlignment[];
  /** The claims of this agreement that have topics (after inheritance) or cite articles, run by run, for the
   *  obligations step. */
  topics: RunTopics[];
}

export function buildArticles(
  claims: Claim[],
  record: Pick<DossierRecord, 'official' | 'sources' | 'otherInstrumentClaims' | 'otherInstrumentByDoc'>,
): ArticlesResult {
  const left = otherInstrumentByDoc(record, claims);
  const official = record.official;
  const topics: RunTopics[] = [];
  const reports: RunTopics[] = [];
  const citing: ClaimTopics[] = [];
  const officialClaims: Claim[] = [];
  for (const run of runsOf(claims)) {
    const read = topicsIn(run, left.get(run.doc) ?? NONE);
    topics.push(read);
    if (run.doc === official?.doc) {
      // The official text's own sentences are the articles; their cross-references ("as provided for in Article 12") describe nothing.
      const out = left.get(run.doc) ?? NONE;
      officialClaims.push(...run.claims.filter((c) => !out.includes(c.id)));
    } else {
      reports.push(read);
      citing.push(...read.citing);
    }
  }
  const alignments = alignClaims(reports, citing, official, record.sources);
  const described = new Set<number>();
  if (!official) for (const a of alignments) if (a.described !== null && (!a.weak || a.described === a.stated)) described.add(a.described);
  const numbers = official ? official.articles.map((a) => a.number) : [...described];
  // Grouped once: the number of articles times the number of claims is too many comparisons for large piles.
  // Alignments come claim by claim, one per cited article.
  const alignedTo = new Map<number | null, { a: ArticleAlignment; t: ClaimTopics }[]>();
  let at = 0;
  for (const t of citing) {
    for (let k = 0; k < t.claim.articles.length; k++) {
      const a = alignments[at++];
      const list = alignedTo.get(a.described);
      if (list) list.push({ a, t });
      else alignedTo.set(a.described, [{ a, t }]);
    }
  }
  const articles = numbers
    .sort((a, b) => a - b)
    .map((number): ArticleRecord => {
      const aligned = alignedTo.get(number) ?? [];
      const officialArticle = official?.articles.find((a) => a.number === number);
      const inText = officialArticle ? officialClaims.filter((c) => c.start >= officialArticle.headingStart && c.end <= officialArticle.end) : [];
      const claimIds = new Set(inText.map((c) => c.id));
      const docs = new Set(inText.map((c) => c.doc));
      for (const { a } of aligned) {
        claimIds.add(a.claim);
        docs.add(a.doc);
      }
      const articleTopics = officialArticle ? officialArticle.topics : topicsFromClaims(aligned);
      const summary = officialArticle ? articleSummary(officialArticle.text) : summaryFromClaims(aligned, articleTopics);
      return { number, topics: articleTopics, summary, claims: [...claimIds], docs: [...docs] };
    });
  return { articles, alignments, topics };
}

const NONE: string[] = [];

/** Topics the claims aligned to an article give it; a claim citing several articles adds only when nothing else does. */
function topicsFromClaims(aligned: { a: ArticleAlignment }[]): string[] {
  let strongTopics = false;
  for (const { a } of aligned) if (!a.weak && a.topics.length) strongTopics = true;
  const topics = new Set<string>();
  for (const { a } of aligned) if (!strongTopics || !a.weak) for (const t of a.topics) topics.add(t);
  return withBroader([...topics]);
}

/** The best describing claim: single-article, on the article's topics, then the one that sums it up best
 *  (the first of those tied). */
function summaryFromClaims(aligned: { a: ArticleAlignment; t: ClaimTopics }[], topics: string[]): string {
  type Rank = { weak: boolean; overlap: number; quoted: boolean; gap: number; text: string };
  const better = (x: Rank, y: Rank) =>
    x.weak !== y.weak ? !x.weak : x.overlap !== y.overlap ? x.overlap > y.overlap : x.quoted !== y.quoted ? x.quoted : x.gap < y.gap;
  let best: Rank | null = null;
  for (const { a, t } of aligned) {
    const rank = { weak: a.weak, overlap: overlapOf(a.topics, topics), quoted: t.fit!.quoted, gap: t.fit!.gap, text: t.claim.text };
    if (!best || better(rank, best)) best = rank;
  }
  return best ? claimSummary(best.text) : '';
}

const overlapOf = (a: string[], b: string[]) => {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
};
