// What a clause obliges the parties to do, as a report tells it against what the official article says: a
// report that has Article 3 promise military assistance where the official Article 3 only has the parties
// consult misstates the clause. The obligations compared are the reading stage's topics of alliance clauses
// (ATOP's: defence, consultation, non-aggression, neutrality, …) in every language it reads; "military
// assistance" without its trigger is read from the clause matcher's concepts (assistance and forces).
// Only a plain difference counts: the report names none of the article's topics, no other article of the
// official text holds the obligation the report names (that is a wrong number, the article conflicts' case),
// and the article's own words do not name the report's concepts (a topic the reading missed in the text).
import { topicCues } from '../../read/index.ts';
import type { Claim } from '../../types.ts';
import { withBroader } from '../articles/topics.ts';
import { clauseKeys } from '../conflicts/clauses/keys.ts';
import { perObjectIn } from '../memo.ts';
import type { OfficialArticle } from '../record/types.ts';
import type { Fact } from './facts.ts';

/** The obligations of alliance clauses: what a report may misstate a clause to promise. */
const OBLIGATIONS = new Set(['defense', 'consultation', 'nonaggression', 'neutrality', 'no-territory-use', 'no-competing-commitments', 'no-aid-to-aggressor']);
/** Concepts that together name military assistance: help, and forces or defence. */
const HELP = '@assistance';
const MILITARY = ['@forces', '@defence'];
/** Concepts that make military words a kind of cooperation (training, exercises), not help against an attack. */
const COOPERATION = ['@cooperation', '@training', '@exercises', '@joint'];
/** Concepts whose presence in the article's words says it speaks of military help after all. */
const DEFENCE_WORDS = ['@forces', '@defence', '@attack'];

/** A text with nothing cited, dated or named to leave out of it. */
const bare = (text: string) => ({ text, article_refs: [], foreign_refs: [], dates: [], party_mentions: [] });

/** The concept and word keys of an article's text, once per article (every claim citing it is compared). */
const keysOf = perObjectIn(
  (article: OfficialArticle, language: string | null) => new Set(clauseKeys(bare(article.text), language).map((k) => k.key)),
  (a, b) => a === b,
);

/** The obligations a claim says its article holds, each with its words (offsets into the claim's text). */
function statedObligations(claim: Claim, language: string | null): { topic: string; start: number; end: number }[] {
  const lower = claim.text.toLowerCase();
  const cues = topicCues(lower);
  const found = cues
    .filter((c) => OBLIGATIONS.has(c.topic))
    .map((c) => {
      const at = Math.max(0, lower.indexOf(c.words));
      return { topic: c.topic, start: at, end: at + c.words.length };
    });
  if (found.length || cues.length) return found;
  const keys = clauseKeys(claim, language);
  const has = (k: string) => keys.some((x) => x.key === k);
  if (!has(HELP) || !MILITARY.some(has) || COOPERATION.some(has)) return [];
  const help = keys.find((k) => k.key === HELP)!;
  const at = Math.max(0, claim.text.indexOf(help.surface));
  return [{ topic: 'defense', start: at, end: at + help.surface.length }];
}

/** The facts (stated, official) of an obligation the claim misstates the article to hold, or null. */
export function obligationMismatch(
  claim: Claim,
  language: string | null,
  article: OfficialArticle,
  articleClaims: Claim[],
  officialLanguage: string | null,
  articles: OfficialArticle[],
): { stated: Fact; official: Fact } | null {
  const stated = statedObligations(claim, language);
  if (!stated.length) return null;
  const own = new Set(withBroader(article.topics));
  if (!own.size) return null;
  const claimTopics = withBroader(topicCues(claim.text.toLowerCase()).map((c) => c.topic));
  if (claimTopics.some((t) => own.has(t))) return null;
  if (stated.some((s) => articles.some((a) => withBroader(a.topics).includes(s.topic)))) return null;
  const articleKeys = keysOf(article, officialLanguage);
  if (stated.some((s) => s.topic === 'defense') && articleKeys.has(HELP) && DEFENCE_WORDS.some((k) => articleKeys.has(k))) return null;
  for (const s of stated) {
    const concepts = clauseKeys(bare(claim.text.slice(s.start, s.end)), language).filter((k) => k.key.startsWith('@'));
    if (concepts.length && concepts.every((k) => articleKeys.has(k.key))) return null;
  }
  const officialTopic = article.topics.find((t) => OBLIGATIONS.has(t)) ?? article.topics[0];
  const passage = articleClaims.find((c) => topicCues(c.text.toLowerCase()).some((t) => t.topic === officialTopic)) ?? articleClaims[0];
  if (!passage) return null;
  const cue = topicCues(passage.text.toLowerCase()).find((t) => t.topic === officialTopic);
  const at = cue ? Math.max(0, passage.text.toLowerCase().indexOf(cue.words)) : 0;
  const first = stated[0];
  return {
    stated: { key: 'obligation', value: first.topic, unit: null, claim, start: first.start, end: first.end },
    official: { key: 'obligation', value: officialTopic, unit: null, claim: passage, start: at, end: cue ? at + cue.words.length : passage.text.length },
  };
}
