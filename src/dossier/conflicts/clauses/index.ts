// Which claims describe the same clause, by what they say rather than by a topic's name: a claim whose topics
// the reading found none of ("Artikel 14 garantiert die ungarischsprachige Universität in Cluj …") is matched,
// in any language, against the other sources' claims citing an article, by the keys they share (./keys.ts:
// numbers, names, cognates). It takes the topics of the claims it matches that have some; claims that match
// only each other make a clause of their own, named by the words they share. The conflicts step then compares
// the numbers sources give each clause as it does for a topic.
//
// Keys that claims about several articles share ("signed", a party's name in another script) say nothing of
// which clause; and two claims must share enough: a name or a number and another key, or three words.
import type { Claim } from '../../../types.ts';
import { perObjectIn } from '../../memo.ts';
import type { ArticleAlignment } from '../../record/types.ts';
import { type ClauseKey, clauseKeys } from './keys.ts';
import { type NameMask, nameMask, nameSpans } from './names.ts';

/** Weight two claims must share: a name or a number of two digits and one more key, or three words. */
export const MIN_SHARED = 3;
/** Weight a claim must share with each of two other sources' claims of a clause to join it: two keys (two
 *  sources that each share two say as much as one that shares three). */
export const MIN_SHARED_WITH_TWO = 2;
/** Keys a claim needs to share with another, whatever their weight. */
const MIN_KEYS = 2;
/** A key found in claims citing this many different articles is in every kind of clause, unless most of the
 *  documents using it cite one article (a clause's words, which a report misnumbering it cites elsewhere). */
const GENERIC_NUMBERS = 3;
/** Prefix of the names of clauses found by their words (never a topic's name). */
export const SAID = 'said:';

export interface ClauseContext {
  languageOf: (doc: string) => string | null;
  /** The agreement's title and aliases: in any clause a claim names the agreement by (masked in claims). */
  titleWords?: string[];
  /** The official text's articles, to find the one a clause of its own is. */
  official?: { doc: string; articles: { number: number; text: string }[] } | null;
}

export interface ClauseTopics {
  /** Claim id → topics its words give it (those of the claims it matches, or a clause of its own). */
  topics: Map<string, string[]>;
  /** A clause of its own (SAID + id) → the words its claims share, as the first of them writes them. */
  labels: Map<string, string[]>;
  /** A clause of its own → the official article whose text most of its claims match, when one does. */
  official: Map<string, number>;
  /** Whether two claims (ids) share enough to describe one clause: MIN_SHARED in weight, or `minShared`. */
  similar: (a: string, b: string, minShared?: number) => boolean;
  /** The weight of the keys two claims (ids) share. */
  shared: (a: string, b: string) => number;
}

/** A claim's keys, read with its language and the agreement's names masked. */
const keysRead = perObjectIn(
  (claim: Claim, by: { language: string | null; names: NameMask }) => clauseKeys(claim, by.language, nameSpans(claim.text, by.names)),
  (a, b) => a.language === b.language && a.names === b.names,
);

export function clauseTopics(alignments: ArticleAlignment[], claims: Map<string, Claim>, ctx: ClauseContext): ClauseTopics {
  const strong = alignments.filter((a) => !a.weak && claims.has(a.claim));
  const names = nameMask(ctx.titleWords ?? []);
  const keysOf = (claim: Claim, language: string | null) => keysRead(claim, { language, names });
  // The pile's words, read when first needed: most piles give every claim a topic, and a pile of 10,000
  // reports has tens of thousands of claims citing articles.
  let read: { keys: ClauseKey[][]; weightOf: (key: string) => number } | null = null;
  const words = () => {
    if (read) return read;
    const keys = strong.map((a) => keysOf(claims.get(a.claim)!, ctx.languageOf(a.doc)));
    return (read = { keys, weightOf: weights(strong, keys, ctx.titleWords ?? []) });
  };
  // Pairs of claims are compared often (every pair of a topic's statements, in a pile of thousands): each claim's
  // weighted keys are kept once as sorted numbers, so a pair is one merge of two short arrays.
  const ids = new Map<string, number>();
  const vectors = new Map<string, { ids: Int32Array; weights: Uint8Array }>();
  const vectorOf = (id: string) => {
    const known = vectors.get(id);
    if (known) return known;
    const claim = claims.get(id);
    const { weightOf } = words();
    const weighted = (claim ? keysOf(claim, ctx.languageOf(claim.doc)) : [])
      .map((k) => ({ id: ids.get(k.key) ?? ids.set(k.key, ids.size).get(k.key)!, weight: weightOf(k.key) }))
      .filter((k) => k.weight > 0)
      .sort((x, y) => x.id - y.id);
    const vector = { ids: Int32Array.from(weighted, (k) => k.id), weights: Uint8Array.from(weighted, (k) => k.weight) };
    vectors.set(id, vector);
    return vector;
  };
  /** The weighted keys two claims share: how many, and their weight. */
  const overlap = (a: string, b: string) => {
    const [x, y] = [vectorOf(a), vectorOf(b)];
    let [i, j, keys, weight] = [0, 0, 0, 0];
    while (i < x.ids.length && j < y.ids.length) {
      if (x.ids[i] < y.ids[j]) i++;
      else if (x.ids[i] > y.ids[j]) j++;
      else {
        keys++;
        weight += x.weights[i];
        i++;
        j++;
      }
    }
    return { keys, weight };
  };
  const similar = (a: string, b: string, minShared = MIN_SHARED) => sharesEnough(overlap(a, b), minShared);
  const shared = (a: string, b: string) => overlap(a, b).weight;
  if (!strong.some((a) => !a.topics.length)) return { topics: new Map(), labels: new Map(), official: new Map(), similar, shared };
  const { keys, weightOf } = words();
  const index = new Map<string, number[]>();
  keys.forEach((list, i) => {
    for (const k of list) if (weightOf(k.key)) (index.get(k.key) ?? index.set(k.key, []).get(k.key)!).push(i);
  });

  const topics = new Map<string, string[]>();
  const alike = new Map<number, number[]>();
  strong.forEach((a, i) => {
    if (a.topics.length) return;
    const given = new Set<string>();
    for (const j of matches(i, strong, keys, index, weightOf)) {
      if (strong[j].topics.length) strong[j].topics.forEach((t) => given.add(t));
      else (alike.get(i) ?? alike.set(i, []).get(i)!).push(j);
    }
    if (given.size) topics.set(a.claim, [...given]);
  });
  const labels = new Map<string, string[]>();
  const official = new Map<string, number>();
  const articles = ctx.official?.articles.map((a) => ({ number: a.number, keys: clauseKeys(bare(a.text), ctx.languageOf(ctx.official!.doc)) })) ?? [];
  for (const group of groups(alike, (i) => !topics.has(strong[i].claim))) {
    const first = Math.min(...group);
    const id = `${SAID}${strong[first].claim}`;
    labels.set(id, sharedWords(first, group, keys, weightOf));
    for (const i of group) topics.set(strong[i].claim, [...(topics.get(strong[i].claim) ?? []), id]);
    const article = officialArticle(
      group.map((i) => keys[i]),
      articles,
      weightOf,
    );
    if (article !== null) official.set(id, article);
  }
  return { topics, labels, official, similar, shared };
}

/** Whether shared keys are enough for one clause: MIN_KEYS of them, MIN_SHARED in weight. */
function enough(shared: ClauseKey[], weightOf: (key: string) => number, minShared = MIN_SHARED): boolean {
  const counted = shared.filter((k) => weightOf(k.key));
  return sharesEnough({ keys: counted.length, weight: counted.reduce((w, k) => w + weightOf(k.key), 0) }, minShared);
}

/** Whether what two claims share (how many weighted keys, their weight) tells one clause. */
function sharesEnough(shared: { keys: number; weight: number }, minShared = MIN_SHARED): boolean {
  return shared.keys >= MIN_KEYS && shared.weight >= minShared;
}

/** A text with nothing cited, dated or named to leave out of it. */
const bare = (text: string) => ({ text, article_refs: [], foreign_refs: [], dates: [], party_mentions: [] });

/** The official article that more of a group's claims share enough with than any other, and more than half. */
function officialArticle(group: ClauseKey[][], articles: { number: number; keys: ClauseKey[] }[], weightOf: (key: string) => number): number | null {
  const ranked = articles
    .map((a) => {
      const own = new Set(a.keys.map((k) => k.key));
      const matching = group.filter((claim) =>
        enough(
          claim.filter((k) => own.has(k.key)),
          weightOf,
        ),
      ).length;
      return { number: a.number, matching };
    })
    .sort((x, y) => y.matching - x.matching);
  const [best, next] = ranked;
  return best && best.matching * 2 > group.length && (!next || next.matching < best.matching) ? best.number : null;
}

/** Concept keys start so (./concepts.ts). */
const CONCEPT = '@';

/** The weight of each key: 0 for the words of the agreement's title (its names are masked where a claim writes
 *  them whole, ./names.ts; a concept a title names, "forces", may tell a clause) and keys in claims citing many
 *  articles (generic);
 *  2 for a name or a number of two digits; 1 for another word or a small number. */
function weights(strong: ArticleAlignment[], keys: ClauseKey[][], titleWords: string[]): (key: string) => number {
  /** key → article → the documents whose claims citing it use the key */
  const cited = new Map<string, Map<number, Set<string>>>();
  const names = new Set<string>();
  keys.forEach((list, i) => {
    for (const k of list) {
      const byArticle = cited.get(k.key) ?? cited.set(k.key, new Map()).get(k.key)!;
      (byArticle.get(strong[i].stated) ?? byArticle.set(strong[i].stated, new Set()).get(strong[i].stated)!).add(strong[i].doc);
      if (k.kind === 'name') names.add(k.key);
    }
  });
  const title = new Set(titleWords.flatMap((w) => clauseKeys(bare(w), null).map((k) => k.key)));
  const generic = new Set([...cited].filter(([, byArticle]) => spread(byArticle)).map(([key]) => key));
  return (key) => {
    if ((title.has(key) && !key.startsWith(CONCEPT)) || generic.has(key)) return 0;
    if (key.startsWith('#')) return Number(key.slice(1)) >= 10 ? 2 : 1;
    return names.has(key) ? 2 : 1;
  };
}

/** Whether a key's uses spread over GENERIC_NUMBERS articles or more, none of them cited by most of its uses. */
function spread(byArticle: Map<number, Set<string>>): boolean {
  if (byArticle.size < GENERIC_NUMBERS) return false;
  const uses = [...byArticle.values()].map((docs) => docs.size);
  const total = uses.reduce((a, b) => a + b, 0);
  return Math.max(...uses) * 2 <= total;
}

/** The claims of other documents that share enough with claim i. */
function matches(i: number, strong: ArticleAlignment[], keys: ClauseKey[][], index: Map<string, number[]>, weightOf: (key: string) => number): number[] {
  const shared = new Map<number, { weight: number; keys: number }>();
  for (const k of keys[i]) {
    const w = weightOf(k.key);
    if (!w) continue;
    for (const j of index.get(k.key) ?? []) {
      if (strong[j].doc === strong[i].doc) continue;
      const s = shared.get(j) ?? shared.set(j, { weight: 0, keys: 0 }).get(j)!;
      s.weight += w;
      s.keys++;
    }
  }
  return [...shared].filter(([, s]) => sharesEnough(s)).map(([j]) => j);
}

/** Connected groups of the claims that match each other (only those `open` says may form one). */
function groups(alike: Map<number, number[]>, open: (i: number) => boolean): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const [i, js] of alike) {
    if (!open(i)) continue;
    if (!parent.has(i)) parent.set(i, i);
    for (const j of js) {
      if (!open(j)) continue;
      if (!parent.has(j)) parent.set(j, j);
      parent.set(find(j), find(i));
    }
  }
  const out = new Map<number, number[]>();
  for (const x of parent.keys()) (out.get(find(x)) ?? out.set(find(x), []).get(find(x))!).push(x);
  return [...out.values()].filter((g) => g.length > 1);
}

/** The words the first claim of a group shares with another of the group, as it writes them. */
function sharedWords(first: number, group: number[], keys: ClauseKey[][], weightOf: (key: string) => number): string[] {
  const others = new Set(group.filter((j) => j !== first).flatMap((j) => keys[j].map((k) => k.key)));
  return keys[first].filter((k) => weightOf(k.key) && others.has(k.key)).map((k) => k.surface);
}
