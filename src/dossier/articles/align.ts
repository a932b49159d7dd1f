// Which article each citing claim describes. With the official text, the article whose topics (then words) match
// the claim; a claim that cites Article 5 for what Article 4 says is aligned to 4. Without it, the article most
// independent sources cite for the claim's topics: a claim against that majority is taken as misnumbered.
import { perObject, perText } from '../memo.ts';
import type { ArticleAlignment, OfficialArticle, OfficialText } from '../record/types.ts';
import type { ClaimTopics, RunTopics } from './claims.ts';

/** Content words of at least this many letters are compared, cut to a stem of this length. */
const STEM = 5;

const stems = perText(
  (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 4)
        .map((w) => w.slice(0, STEM)),
    ),
);
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
/** Text in quotation marks (three words or more): what a claim says the article says word for word. */
const QUOTE = /[“"«„]([^”"»“]{12,}?)[”"»“]/gu;
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** `runs`: the claims of each report with their topics; `citing`: those citing articles. One alignment per
 *  claim and cited article, in order. */
export function alignClaims(runs: RunTopics[], citing: ClaimTopics[], official: OfficialText | null, sources: Record<string, string>): ArticleAlignment[] {
  if (!official) return alignByMajority(runs, citing, sources);
  // Each article's words once, not once per citing claim.
  const articleStems = new Map(official.articles.map((a) => [a, stems(a.text)]));
  return citing.flatMap((c) => alignToOfficial(c, official, articleStems));
}

function alignToOfficial(
  { claim: c, specific: topics, inherited }: ClaimTopics,
  official: OfficialText,
  articleStems: Map<OfficialArticle, Set<string>>,
): ArticleAlignment[] {
  const words = stems(c.text);
  const score = (a: OfficialArticle) => 10 * a.topics.filter((t) => topics.includes(t)).length + overlap(words, articleStems.get(a)!);
  return c.articles.map((stated, k) => {
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
      inherited: inherited[k],
      basis,
      ...(quotes.length ? { quotes: quotes.map((q) => ({ text: q, found: normal(target!.text).includes(normal(q)) })) } : {}),
    };
  });
}

/** The articles a run's single-article claims cite for each topic, in the order first cited. */
const citedFor = perObject((run: RunTopics) => {
  const out = new Map<string, Set<number>>();
  for (const { claim: c, specific } of run.claims) {
    if (c.articles.length !== 1) continue;
    for (const t of specific) {
      const articles = out.get(t);
      if (articles) articles.add(c.articles[0]);
      else out.set(t, new Set([c.articles[0]]));
    }
  }
  return out;
});

function alignByMajority(runs: RunTopics[], citing: ClaimTopics[], sources: Record<string, string>): ArticleAlignment[] {
  // votes[topic][article] = independent sources citing that article for that topic (single-article claims only).
  const votes = new Map<string, Map<number, Set<string>>>();
  // Topics one report gives to two articles ("Article III sets an aggregate limit …", "Article IV limits each
  // Party to one new type …"): several clauses share them, and no majority moves a claim between those.
  const spread = new Set<string>();
  for (const run of runs) {
    const source = sources[run.doc] ?? run.doc;
    for (const [t, articles] of citedFor(run)) {
      let byArticle = votes.get(t);
      if (!byArticle) votes.set(t, (byArticle = new Map()));
      if (articles.size > 1) spread.add(t);
      for (const n of articles) {
        const set = byArticle.get(n);
        if (set) set.add(source);
        else byArticle.set(n, new Set([source]));
      }
    }
  }
  const support = (t: string, n: number) => votes.get(t)?.get(n)?.size ?? 0;
  const homes = new Map<string, number | null>();
  const home = (t: string): number | null => {
    if (homes.has(t)) return homes.get(t)!;
    if (spread.has(t)) {
      homes.set(t, null);
      return null;
    }
    const ranked = [...(votes.get(t) ?? [])].sort((a, b) => b[1].size - a[1].size);
    const found = ranked.length && (ranked.length === 1 || ranked[0][1].size > ranked[1][1].size) ? ranked[0][0] : null;
    homes.set(t, found);
    return found;
  };
  // Where the majority puts the clause on these topics that a claim cites as `stated`: the same for every
  // claim with the same topics (claims share their topics lists), so found once for each.
  const targets = new Map<string[], Map<number, { target: number | null; basis: string }>>();
  const targetOf = (ts: string[], stated: number) => {
    let byStated = targets.get(ts);
    if (!byStated) targets.set(ts, (byStated = new Map()));
    let found = byStated.get(stated);
    if (!found) {
      const homes = ts.map(home);
      const elsewhere = ts.length > 0 && homes.every((h, i) => h !== null && h !== stated && support(ts[i], h) > support(ts[i], stated));
      const target = elsewhere && new Set(homes).size === 1 ? homes[0]! : null;
      const basis = target === null ? '' : `majority of ${support(ts[0], target)} independent sources cite Article ${target} for ${ts.join(', ')}`;
      byStated.set(stated, (found = { target, basis }));
    }
    return found;
  };
  const out: ArticleAlignment[] = [];
  for (const { claim: c, specific: ts, inherited } of citing) {
    const weak = c.articles.length > 1;
    for (let k = 0; k < c.articles.length; k++) {
      const stated = c.articles[k];
      const { target, basis } = targetOf(ts, stated);
      // A claim citing several articles at once only loses the ones its topics live elsewhere (and among them).
      const moved = target !== null && (!weak || c.articles.includes(target));
      out.push({
        claim: c.id,
        doc: c.doc,
        stated,
        described: moved ? target : stated,
        topics: ts,
        weak,
        inherited: inherited[k],
        basis: moved ? basis : 'as stated',
      });
    }
  }
  return out;
}
