// The topics of every claim, with one inheritance rule: a claim that cites an article, names no topic and
// refers back ("Об этом говорится в статье 4 договора." — "This is stated in Article 4"; "Under the same
// article …") takes the topics of the claim just before it in the same document, when that claim cites no
// other article. Sources often state a provision first and give its number in the next sentence. Headings
// and opinions neither give nor take topics this way.
import type { Claim } from '../../types.ts';
import { claimTopics } from './topics.ts';

/** Words that point back to what the previous sentence said, en/ru/de/fr. */
const BACK_REFERENCE = /(?<![\p{L}])(?:this|these|the same|such|об этом|этом|это|этого|там же|dies\p{L}*|darüber|derselbe\p{L}*|cela|ceci|ce point|le même|la même)(?![\p{L}])/iu;
const takesPart = (c: Claim) => c.kind !== 'heading' && c.kind !== 'opinion' && c.unit !== 'heading';

export function topicsOfClaims(claims: Claim[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let previous: Claim | null = null;
  for (const c of claims) {
    let topics = claimTopics(c);
    if (!topics.length && c.articles.length && previous && previous.doc === c.doc && takesPart(c) && takesPart(previous) && BACK_REFERENCE.test(c.text)) {
      const prevTopics = out.get(previous.id) ?? [];
      const otherArticle = previous.articles.some((n) => !c.articles.includes(n));
      if (prevTopics.length && !otherArticle) topics = prevTopics;
    }
    out.set(c.id, topics);
    previous = c;
  }
  return out;
}
