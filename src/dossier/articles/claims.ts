// The topics of every claim, with one inheritance rule: a claim that cites an article but names no topic
// ("Об этом говорится в статье 4 договора." — "This is stated in Article 4") takes the topics of the claim just
// before it in the same document, when that claim cites no other article: sources often state a provision
// first and give its number in the next sentence ("Under the same article …" works the same way).
import type { Claim } from '../../types.ts';
import { claimTopics } from './topics.ts';

export function topicsOfClaims(claims: Claim[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let previous: Claim | null = null;
  for (const c of claims) {
    let topics = claimTopics(c);
    if (!topics.length && c.articles.length && previous && previous.doc === c.doc) {
      const prevTopics = out.get(previous.id) ?? [];
      const otherArticle = previous.articles.some((n) => !c.articles.includes(n));
      if (prevTopics.length && !otherArticle) topics = prevTopics;
    }
    out.set(c.id, topics);
    previous = c;
  }
  return out;
}
