// The topics of every claim, with one inheritance rule: a claim that cites an article, names no topic and
// refers back ("Об этом говорится в статье 4 договора." — "This is stated in Article 4"; "Under the same
// article …") takes the topics of the claim just before it in the same document, when that claim cites no
// other article. Sources often state a provision first and give its number in the next sentence. Headings
// and opinions neither give nor take topics this way.
import type { Claim } from '../../types.ts';
import { perObject, perObjectIn, sameItems } from '../memo.ts';
import type { Run } from '../runs.ts';
import { type SummaryFit, summaryFit } from './summary.ts';
import { claimTopics, specificTopics } from './topics.ts';

/** Words that point back to what the previous sentence said, en/ru/de/fr. */
const BACK_REFERENCE =
  /(?<![\p{L}])(?:this|these|the same|such|об этом|этом|это|этого|там же|dies\p{L}*|darüber|derselbe\p{L}*|cela|ceci|ce point|le même|la même)(?![\p{L}])/iu;
const takesPart = (c: Claim) => c.kind !== 'heading' && c.kind !== 'opinion' && c.unit !== 'heading';

/** A claim that has topics or cites an article, with its topics (shared: read only). */
export interface ClaimTopics {
  claim: Claim;
  topics: string[];
  /** For a claim citing articles: its topics without those only implied by another (see specificTopics). */
  specific: string[];
  /** For each article the claim cites (in `claim.articles` order): it gives the number only by continuing
   *  about the article before ("Under the same article …"). */
  inherited: boolean[];
  /** For a claim citing articles: how well it would summarize the article (see summary.ts). */
  fit: SummaryFit | null;
}

/** The claims of a pile (in order) that have topics or cite an article, with their topics. */
export function topicsOfClaims(claims: Claim[]): ClaimTopics[] {
  const out: ClaimTopics[] = [];
  let previous: Claim | null = null;
  let previousTopics: string[] = NONE;
  for (const c of claims) {
    let topics = claimTopics(c);
    if (!topics.length && c.articles.length && previous && previous.doc === c.doc && takesPart(c) && takesPart(previous) && BACK_REFERENCE.test(c.text)) {
      const otherArticle = previous.articles.some((n) => !c.articles.includes(n));
      if (previousTopics.length && !otherArticle) topics = previousTopics;
    }
    if (c.articles.length)
      out.push({ claim: c, topics, specific: specificOf(topics), inherited: c.articles.map((n) => inheritedOnly(c, n)), fit: summaryFit(c.text) });
    else if (topics.length) out.push({ claim: c, topics, specific: NONE, inherited: NONE as boolean[], fit: null });
    previous = c;
    previousTopics = topics;
  }
  return out;
}

/** Shared empty lists (read only). */
const NONE: never[] = [];

/** Claims share topics lists (one per distinct sentence), and so their specific topics. */
const specificOf = perObject((topics: string[]) => specificTopics(topics));

/** The claim gives this number only by continuing about the article before. */
const inheritedOnly = (c: Claim, n: number) =>
  (c.article_refs ?? []).filter((r) => r.number === n).every((r) => r.inherited === true) && (c.article_refs ?? []).some((r) => r.number === n);

/** A run's claims with topics or citing articles, `left` out (ids of claims about other instruments); and
 *  those of them that cite articles. */
export interface RunTopics {
  doc: string;
  claims: ClaimTopics[];
  citing: ClaimTopics[];
}

/** Read once per run and claims left out. */
export const topicsIn = perObjectIn((run: Run, left: string[]): RunTopics => {
  const claims = topicsOfClaims(left.length ? run.claims.filter((c) => !left.includes(c.id)) : run.claims);
  return { doc: run.doc, claims, citing: claims.filter((t) => t.claim.articles.length) };
}, sameItems);
