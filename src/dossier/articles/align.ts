// Which article each citing claim describes. With the official text, the article whose topics (then words) match
// the claim; a claim that cites Article 5 for what Article 4 says is aligned to 4. Without it, the article most
// independent sources cite for the claim's topics: a claim against that majority is taken as misnumbered.
import type { Claim } from '../../types.ts';
import type { ArticleAlignment, OfficialArticle, OfficialText } from '../record/types.ts';
import { specificTopics } from './topics.ts';

/** Content words of at least this many letters are compared, cut to a stem of this length. */
const STEM = 5;

const stems = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4).map((w) => w.slice(0, STEM)));
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
/** Text in quotation marks (three words or more): what a claim says the article says word for word. */
const QUOTE = /[“"«„]([^”"»“]{12,}?)[”"»“]/gu;
const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The claim gives this number only by continuing about the article before. */
const inheritedOnly = (c: Claim, n: number) => (c.article_refs ?? []).filter((r) => r.number === n).every((r) => r.inherited === true) && (c.article_refs ?? []).some((r) => r.number === n);

export function alignClaims(claims: Claim[], topics: Map<string, string[]>, official: OfficialText | null, sources: Record<string, string>): ArticleAlignment[] {
  const citing = claims.filter((c) => c.articles.length > 0);
  const specific = new Map(citing.map((c) => [c.id, specificTopics(topics.get(c.id) ?? [])]));
  if (!official) return alignByMajority(citing, specific, sources);
  // Each article's words once, not once per citing claim.
  const articleStems = new Map(official.articles.map((a) => [a, stems(a.text)]));
  return citing.flatMap((c) => alignToOfficial(c, specific.get(c.id)!, official, articleStems));
}

function alignToOfficial(c: Claim, topics: string[], official: OfficialText, articleStems: Map<OfficialArticle, Set<string>>): ArticleAlignment[] {
  const words = stems(c.text);
  const score = (a: OfficialArticle) => 10 * a.topics.filter((t) => topics.includes(t)).length + overlap(words, articleStems.get(a)!);
  return c.articles.map((stated) => {
    const own = official.articles.find((a) => a.number === stated);
    let described: number | null = own ? stated : null;
    let basis = own ? 'as stated; the official text has this article' : 'the official text has no such article';
    if (topics.length && !(own && own.topics.some((t) => topics.includes(t)))) {
      const best = official.articles.filter((a) => a.topics.some((t) => topics.includes(t))).sort((a, b) => score(b) - score(a))[0];
      if (best) {
        described = best.number;
        basis = `official text: Article ${best.number} is the one on ${best.topics.filter((t) => topics.includes(t)).join(', ')}`;
      }
    }
    const target = official.articles.find((a) => a.number === described);
    const quotes = target ? [...c.text.matchAll(QUOTE)].map((m) => m[1].trim()).filter((q) => q.split(/\s+/).length >= 3) : [];
    return {
      claim: c.id,
      doc: c.doc,
      stated,
      described,
      topics,
      weak: c.articles.length > 1,
      inherited: inheritedOnly(c, stated),
      basis,
      ...(quotes.length ? { quotes: quotes.map((q) => ({ text: q, found: normal(target!.text).includes(normal(q)) })) } : {}),
    };
  });
}

function alignByMajority(citing: Claim[], topics: Map<string, string[]>, sources: Record<string, string>): ArticleAlignment[] {
  // votes[topic][article] = independent sources citing that article for that topic (single-article claims only).
  const votes = new Map<string, Map<number, Set<string>>>();
  for (const c of citing) {
    if (c.articles.length !== 1) continue;
    for (const t of topics.get(c.id) ?? []) {
      const byArticle = votes.get(t) ?? new Map<number, Set<string>>();
      const set = byArticle.get(c.articles[0]) ?? new Set<string>();
      set.add(sources[c.doc] ?? c.doc);
      byArticle.set(c.articles[0], set);
      votes.set(t, byArticle);
    }
  }
  const support = (t: string, n: number) => votes.get(t)?.get(n)?.size ?? 0;
  const home = (t: string): number | null => {
    const ranked = [...(votes.get(t) ?? [])].sort((a, b) => b[1].size - a[1].size);
    return ranked.length && (ranked.length === 1 || ranked[0][1].size > ranked[1][1].size) ? ranked[0][0] : null;
  };
  return citing.flatMap((c) => {
    const ts = topics.get(c.id) ?? [];
    return c.articles.map((stated) => {
      const homes = ts.map(home);
      const elsewhere = ts.length > 0 && homes.every((h, i) => h !== null && h !== stated && support(ts[i], h) > support(ts[i], stated));
      const target = elsewhere && new Set(homes).size === 1 ? homes[0]! : null;
      const weak = c.articles.length > 1;
      // A claim citing several articles at once only loses the ones its topics live elsewhere (and among them).
      const moved = target !== null && (!weak || c.articles.includes(target));
      return {
        claim: c.id,
        doc: c.doc,
        stated,
        described: moved ? target : stated,
        topics: ts,
        weak,
        inherited: inheritedOnly(c, stated),
        basis: moved ? `majority of ${support(ts[0], target!)} independent sources cite Article ${target} for ${ts.join(', ')}` : 'as stated',
      };
    });
  });
}
