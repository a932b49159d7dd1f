// The articles of the agreement: every article of the official text, else every article the claims describe,
// each with topics (the official text's, else those of the claims aligned to it), a one-line summary, and the
// claims and documents it rests on.
import type { ArticleRecord, Claim } from '../../types.ts';
import type { ArticleAlignment, DossierRecord } from '../record/types.ts';
import { alignClaims } from './align.ts';
import { topicsOfClaims } from './claims.ts';
import { withBroader } from './topics.ts';

/** A summary longer than this is cut at a word boundary. */
const SUMMARY_CHARS = 180;
/** Lead-ins that introduce what an article says ("Article 4 of the treaty states that …"). */
const LEAD_IN = /^.{0,80}?(?:article|статья|статье|статьи|artikel|art\.)[^,:]{0,40}?(?:states?|says?|provides?(?: for)?|declares?|asserts?|reads?|stipulates?|requires?|reaffirms?|говорится|гласит|предусматривает|besagt|sieht vor|prévoit|dispose)\s*(?:that|,|:|что|dass|que)?\s*/iu;

export interface ArticlesResult {
  articles: ArticleRecord[];
  alignments: ArticleAlignment[];
  /** Topics of every claim (after inheritance), for the obligations step. */
  topics: Map<string, string[]>;
}

export function buildArticles(claims: Claim[], record: Pick<DossierRecord, 'official' | 'sources' | 'otherInstrumentClaims'>): ArticlesResult {
  const other = new Set(record.otherInstrumentClaims);
  const own = claims.filter((c) => !other.has(c.id));
  const topics = topicsOfClaims(own);
  // The official text's own sentences are the articles; their cross-references ("as provided for in Article 12") describe nothing.
  const alignments = alignClaims(own.filter((c) => c.doc !== record.official?.doc), topics, record.official, record.sources);
  const byId = new Map(own.map((c) => [c.id, c]));
  const official = record.official;
  const numbers = official
    ? official.articles.map((a) => a.number)
    : [...new Set(alignments.filter((a) => a.described !== null && (!a.weak || a.described === a.stated)).map((a) => a.described!))];
  // Grouped once: the number of articles times the number of claims is too many comparisons for large piles.
  const alignedTo = new Map<number | null, ArticleAlignment[]>();
  for (const a of alignments) {
    if (!alignedTo.has(a.described)) alignedTo.set(a.described, []);
    alignedTo.get(a.described)!.push(a);
  }
  const officialClaims = official ? own.filter((c) => c.doc === official.doc) : [];
  const articles = numbers.sort((a, b) => a - b).map((number): ArticleRecord => {
    const aligned = alignedTo.get(number) ?? [];
    const officialArticle = official?.articles.find((a) => a.number === number);
    const inText = officialArticle ? officialClaims.filter((c) => c.start >= officialArticle.headingStart && c.end <= officialArticle.end) : [];
    const claimIds = [...new Set([...inText.map((c) => c.id), ...aligned.map((a) => a.claim)])];
    const articleTopics = officialArticle ? officialArticle.topics : topicsFromClaims(aligned);
    const summary = officialArticle ? shorten(firstSentence(officialArticle.text)) : summaryFromClaims(aligned, articleTopics, byId);
    return { number, topics: articleTopics, summary, claims: claimIds, docs: [...new Set(claimIds.map((id) => byId.get(id)?.doc).filter((d): d is string => !!d))] };
  });
  return { articles, alignments, topics };
}

/** Topics the claims aligned to an article give it; a claim citing several articles adds only when nothing else does. */
function topicsFromClaims(aligned: ArticleAlignment[]): string[] {
  const strong = aligned.filter((a) => !a.weak);
  const pool = strong.some((a) => a.topics.length) ? strong : aligned;
  return withBroader(pool.flatMap((a) => a.topics));
}

/** The best describing claim: on the article's topics, single-article, then the most to the point. */
function summaryFromClaims(aligned: ArticleAlignment[], topics: string[], byId: Map<string, Claim>): string {
  const ranked = aligned
    .map((a) => ({ a, c: byId.get(a.claim)! }))
    .filter((x) => x.c)
    .sort((x, y) => Number(x.a.weak) - Number(y.a.weak) || overlapCount(y.a.topics, topics) - overlapCount(x.a.topics, topics) || Number(!!quoteOf(y.c.text)) - Number(!!quoteOf(x.c.text)) || Math.abs(stripLead(x.c.text).length - 140) - Math.abs(stripLead(y.c.text).length - 140));
  if (!ranked.length) return '';
  const text = ranked[0].c.text;
  return shorten(capitalize(quoteOf(text) ?? stripLead(text)));
}

/** A quotation of the article (six words or more) is the best summary of it. */
function quoteOf(text: string): string | null {
  const q = /[“"«„]([^”"»“]+)[”"»“]/u.exec(text)?.[1].trim();
  return q && q.split(/\s+/).length >= 6 ? q : null;
}

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

const overlapCount = (a: string[], b: string[]) => a.filter((t) => b.includes(t)).length;

function stripLead(text: string): string {
  return text.replace(/^[\s*•–—-]+/u, '').replace(LEAD_IN, '').replace(/^[“"«„]|[”"»“]$/gu, '').trim() || text.trim();
}

function firstSentence(text: string): string {
  const body = text.replace(/^\d+\.\s+/u, '');
  return /^.+?[.;](?=\s|$)/su.exec(body)?.[0] ?? body;
}

export function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= SUMMARY_CHARS) return one;
  const cut = one.slice(0, SUMMARY_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/u, '')}…`;
}
