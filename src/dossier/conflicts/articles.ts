// Article numbering: independent documents that give different numbers for the clause on the same topic
// ("Article 4 … imminent threat … consultations" against "Article Three asserts … consultations").
// Evidence: each single-article claim's number for each of its topics (the articles step's alignments, with
// topics inherited from the sentence before); the official text gives the one article that has the topic, or,
// when it gives the topic to several, the one of the numbers in dispute among them.
// A claim citing several articles at once ("Articles Three and Four formulate … mutual defense") and a
// document citing several numbers for one topic are too vague to disagree with anyone; and when a source
// itself gives a topic to two of the numbers in dispute, the topic is not one clause's (consultations in a
// threat clause and in a military-cooperation clause), so the numbers do not disagree.
//
// A claim describes one clause, though it may carry several topics (a withdrawal clause that counts "three
// years after entry into force"): topics are settled in order of the sources behind them, and a claim that
// counted in one (a number all give, or a dispute settled) no longer votes in the others.
//
// A claim the reading gave no topic is matched by what it says (./clauses): it takes the topics of the other
// sources' claims it shares names, numbers and cognates with, or makes a clause of its own with the topicless
// claims it shares them with. Once a dispute is settled, the other documents that cite the number it settled
// on for no topic at all back that number: the article they cite is one clause.
import type { Claim, Conflict, ConflictValue } from '../../types.ts';
import type { ArticleAlignment, DossierRecord } from '../record/types.ts';
import { clauseTopics, MIN_SHARED_WITH_TWO, SAID } from './clauses/index.ts';
import { clausesOfTopic, oneNumberPerDocument, withoutOtherClauses } from './focused.ts';
import { distinctValues, type ResolveContext, type Statement, settle } from './resolve.ts';

/** Independent sources that, giving one number for a topic, confirm it for their claims. */
const MIN_AGREEING = 2;

/** `claims`: the pile's claims by id, to match claims without a topic by their words; `titleWords`: the
 *  agreement's title and aliases, words any claim may name it by. */
export function articleConflicts(
  record: Pick<DossierRecord, 'alignments' | 'official'>,
  ctx: ResolveContext,
  claims?: Map<string, Claim>,
  titleWords: string[] = [],
): Conflict[] {
  const statements = new Map<string, Statement[]>();
  const add = (topic: string, s: Statement) => {
    const list = statements.get(topic);
    if (list) list.push(s);
    else statements.set(topic, [s]);
  };
  const alignments = record.alignments ?? [];
  const said = claims ? clauseTopics(alignments, claims, { languageOf: ctx.languageOf ?? (() => null), titleWords, official: record.official }) : null;
  const topicsOf = (a: ArticleAlignment) => (a.topics.length ? a.topics : (said?.topics.get(a.claim) ?? a.topics));
  /** Claim → its topics (its own, or those its words gave it). */
  const topicsByClaim = new Map<string, Set<string>>();
  for (const a of alignments) {
    if (a.weak) continue;
    const own = topicsByClaim.get(a.claim) ?? topicsByClaim.set(a.claim, new Set()).get(a.claim)!;
    for (const t of topicsOf(a)) own.add(t);
  }
  const weak: ArticleAlignment[] = [];
  const unlabelled: ArticleAlignment[] = [];
  for (const a of alignments) {
    if (a.weak) weak.push(a);
    else if (!topicsOf(a).length) unlabelled.push(a);
    else for (const t of topicsOf(a)) add(t, { value: String(a.stated), doc: a.doc, claim: a.claim });
  }
  const official = record.official;
  /** Topic → the articles the official text gives it, where it gives it several. */
  const spread = new Map<string, Set<string>>();
  if (official) {
    for (const t of [...statements.keys()]) {
      const matched = said?.official.get(t);
      if (matched !== undefined) add(t, { value: String(matched), doc: official.doc, claim: null });
      const having = official.articles.filter((a) => a.topics.includes(t));
      if (having.length === 1) add(t, { value: String(having[0].number), doc: official.doc, claim: null });
      else if (having.length > 1) spread.set(t, new Set(having.map((a) => String(a.number))));
    }
  }
  const sources = (docs: Iterable<string>) => new Set([...docs].map(ctx.sourceOf)).size;
  const ranked = [...statements].map(([topic, list]) => ({ topic, list, ...strength(list, sources) }));
  ranked.sort((a, b) => b.support - a.support || a.numbers - b.numbers);
  const counted = new Set<string>();
  const out: Conflict[] = [];
  // A topic blocked by a source that gives it two of the numbers is tried again once other topics have
  // counted claims: the source's other number may belong to another clause.
  let pending = ranked;
  for (let round = 0; pending.length && round < MAX_ROUNDS; round++) {
    const blocked: typeof ranked = [];
    const before = counted.size;
    for (const entry of pending) {
      let list = entry.list.filter((s) => !s.claim || !counted.has(s.claim));
      if (said) list = oneNumberPerDocument(list, said.similar, ctx.sourceOf);
      // A topic several clauses tell, each alike in several reports: each clause is weighed on its own.
      if (said && clausesOfTopic(list, said.similar, ctx.sourceOf)) {
        out.push(...clauseConflicts(list, entry.topic));
        continue;
      }
      let values = distinctValues(list);
      if (values.length === 1 && sources(values[0].docs) >= MIN_AGREEING) {
        values[0].claims.forEach((id) => counted.add(id));
        // A report that numbers the clause otherwise under another topic of its own ("Manöver, Ausbildung"
        // read as education) still describes it: the clause is what the claims say.
        const others = said ? toldAlike(list, values, alignments, said.similar, counted) : [];
        if (!others.some((s) => s.value !== values[0].value)) {
          // The sources that gave the topic two numbers abstained: their claims may tell the clause the others
          // agree on with another number, and another clause with the second.
          if (said && abstains(list)) out.push(...clauseConflicts(list, entry.topic));
          continue;
        }
        const told = apart(distinctValues([...list, ...others]));
        if (told.length < 2) continue;
        const conflict = settle('article', aboutClause(entry.topic, said?.labels), told, ctx);
        if (conflict.resolved) for (const v of conflict.values) v.claims.forEach((id) => counted.add(id));
        out.push(conflict);
        continue;
      }
      if (values.length < 2) continue;
      if (
        spansSeveral(
          list,
          values.map((v) => v.value),
        )
      ) {
        const told = said
          ? asOthersTellIt(
              list,
              values.map((v) => v.value),
              said.similar,
              (id) => (topicsByClaim.get(id)?.size ?? 0) > 1,
            )
          : null;
        if (!told) {
          blocked.push(entry);
          continue;
        }
        list = told;
        values = distinctValues(list);
        if (values.length < 2) continue;
      }
      const byText = spread.has(entry.topic) ? asTheTextSpreadsIt(values, spread.get(entry.topic)!, official!.doc) : values;
      if (!byText) continue;
      const alike = said ? toldAlike(list, byText, alignments, said.similar, counted) : [];
      const sides = apart(withWeakSupport(joined(byText, alike), weak, entry.topic));
      if (sides.length < 2) continue;
      const settled = settle('article', aboutClause(entry.topic, said?.labels), sides, ctx);
      const conflict = withUnlabelledSupport(settled, unlabelled, counted);
      if (conflict.resolved) for (const v of conflict.values) v.claims.forEach((id) => counted.add(id));
      out.push(conflict);
    }
    if (counted.size === before) break;
    pending = blocked;
  }
  return out;

  /** A clause's sides without the claims another source shows to tell another clause (withoutOtherClauses); not
   *  where the official text numbers the clause: it says what each number's clause is, and a report's claim giving
   *  the clause another number is the misnumbering, however many words it shares with that number's clause. */
  function apart(values: ConflictValue[]): ConflictValue[] {
    if (!said || (official && values.some((v) => v.docs.includes(official.doc)))) return values;
    return withoutOtherClauses(values, alignments, said.shared, ctx.sourceOf);
  }

  /** The conflict of a topic the other sources agree on and some source gives several numbers, once each such
   *  source keeps its claim most alike with the others' (asMostAlike), with the claims outside the topic that
   *  tell it alike; one per clause when several clauses tell the topic (clausesOfTopic). */
  function clauseConflicts(list: Statement[], topic: string): Conflict[] {
    const out: Conflict[] = [];
    for (const clause of clausesOfTopic(list, said!.similar, ctx.sourceOf) ?? [list]) {
      const kept = asMostAlike(clause, said!.similar);
      const values = distinctValues(kept);
      if (values.length < 2) continue;
      const alike = toldAlike(kept, values, alignments, said!.similar, counted);
      const sides = apart(withWeakSupport(joined(values, alike), weak, topic));
      if (sides.length < 2) continue;
      const conflict = settle('article', aboutClause(topic, said!.labels), sides, ctx);
      if (conflict.resolved) for (const v of conflict.values) v.claims.forEach((id) => counted.add(id));
      out.push(conflict);
    }
    return out;
  }
}

/** Whether a document gives the statements' topic several numbers. */
function abstains(list: Statement[]): boolean {
  const byDoc = new Map<string, string>();
  for (const s of list) {
    if (byDoc.has(s.doc) && byDoc.get(s.doc) !== s.value) return true;
    byDoc.set(s.doc, s.value);
  }
  return false;
}

/** Values with the statements of other claims joined: each to the value it states, or a value of its own. */
function joined(values: ConflictValue[], statements: Statement[]): ConflictValue[] {
  if (!statements.length) return values;
  const out = values.map((v) => ({ ...v, docs: [...v.docs], claims: [...v.claims] }));
  for (const s of statements) {
    let side = out.find((v) => v.value === s.value);
    if (!side) out.push((side = { value: s.value, docs: [], claims: [] }));
    if (!side.docs.includes(s.doc)) side.docs.push(s.doc);
    if (s.claim) side.claims.push(s.claim);
  }
  return out;
}

/**
 * A topic's statements with each document that gives it several numbers kept to the claim that tells the
 * topic's clause as the most other documents tell it (alike with theirs, ./clauses); the document's other claims
 * are other clauses that name the topic in passing ("a meeting within a year of entry into force"). A document
 * whose claims tie says nothing; none when one of its other numbers is told alike by another document.
 */
function asMostAlike(list: Statement[], similar: (a: string, b: string) => boolean): Statement[] {
  const numbersOf = new Map<string, Set<string>>();
  for (const s of list) (numbersOf.get(s.doc) ?? numbersOf.set(s.doc, new Set()).get(s.doc)!).add(s.value);
  const alikeDocs = (s: Statement) => new Set(list.filter((o) => o.doc !== s.doc && o.claim && similar(s.claim!, o.claim)).map((o) => o.doc)).size;
  const kept: Statement[] = [];
  for (const [doc, numbers] of numbersOf) {
    const own = list.filter((s) => s.doc === doc);
    if (numbers.size < 2) {
      kept.push(...own);
      continue;
    }
    if (own.some((s) => !s.claim)) continue;
    const ranked = own.map((s) => ({ s, n: alikeDocs(s) })).sort((x, y) => y.n - x.n);
    const top = ranked[0];
    // Another of its numbers told alike by a document giving the same is a clause of its own: the topic is
    // two clauses' (relations in one article, ambassadors in another), and nobody disagrees.
    if (own.some((s) => s.value !== top.s.value && list.some((o) => o.doc !== doc && o.value === s.value && o.claim && similar(s.claim!, o.claim)))) return [];
    if (top.n === 0 || top.n === (ranked.find((r) => r.s.value !== top.s.value)?.n ?? 0)) continue;
    kept.push(top.s);
  }
  return kept;
}

/**
 * A topic the official text gives several articles (entry into force in its own article and in the one on
 * amendments): numbers that are two of them are different clauses, not a disagreement (null); when exactly
 * one of the numbers given is among them, the text gives that one and not the others.
 */
function asTheTextSpreadsIt(values: ConflictValue[], having: Set<string>, officialDoc: string): ConflictValue[] | null {
  const inText = values.filter((v) => having.has(v.value));
  if (inText.length !== 1) return null;
  return values.map((v) => (v === inText[0] ? { ...v, docs: [...v.docs, officialDoc] } : v));
}

/** What a conflict is about: the clause on a topic, or the clause its claims' shared words tell. */
function aboutClause(topic: string, labels?: Map<string, string[]>): string {
  if (!topic.startsWith(SAID)) return `the clause on ${topic.replace(/[-_]/g, ' ')}`;
  return `the clause that speaks of ${(labels?.get(topic) ?? []).join(', ')}`;
}

/**
 * A settled dispute's number, backed by the documents that cite that article for no topic and no words
 * another source's claim shares ("Article IV regula las actividades conjuntas …"): the article is one clause.
 * They back the side that won, never another: they do not decide.
 */
function withUnlabelledSupport(conflict: Conflict, unlabelled: ArticleAlignment[], counted: Set<string>): Conflict {
  const won = conflict.resolved && conflict.values.find((v) => v.value === conflict.resolved!.value);
  if (!won) return conflict;
  const stating = new Set(conflict.values.flatMap((v) => v.docs));
  const backing = unlabelled.filter((a) => String(a.stated) === won.value && !stating.has(a.doc) && !counted.has(a.claim));
  if (!backing.length) return conflict;
  const values = conflict.values.map((v) => (v === won ? { ...v, docs: [...v.docs], claims: [...v.claims] } : v));
  const side = values[conflict.values.indexOf(won)];
  for (const a of backing) {
    if (!side.docs.includes(a.doc)) side.docs.push(a.doc);
    side.claims.push(a.claim);
  }
  return { ...conflict, values };
}

/** Of the claims a clause's statements come from, how many (of different documents) another claim must tell
 *  alike to describe the same clause: two (each with MIN_SHARED_WITH_TWO), or all when fewer. */
const ALIKE_WITH = 2;

/**
 * The statements of claims outside a clause's list (another topic, none, or several articles cited) that tell
 * what the list's claims tell: alike with ALIKE_WITH of them from other documents. A claim citing one article
 * states its number; one citing several backs the one of the clause's numbers it cites, and makes no side.
 * Documents already stating a number for the clause keep theirs.
 */
function toldAlike(
  list: Statement[],
  values: ConflictValue[],
  alignments: ArticleAlignment[],
  similar: (a: string, b: string, minShared?: number) => boolean,
  counted: Set<string>,
): Statement[] {
  const stating = new Set(list.map((s) => s.doc));
  const valued = new Set(values.flatMap((v) => v.claims));
  const own = list.filter((s) => s.claim && valued.has(s.claim));
  const need = Math.min(ALIKE_WITH, new Set(own.map((s) => s.doc)).size);
  const numbers = new Set(values.map((v) => v.value));
  const byClaim = new Map<string, ArticleAlignment[]>();
  for (const a of alignments) if (!stating.has(a.doc) && !counted.has(a.claim)) (byClaim.get(a.claim) ?? byClaim.set(a.claim, []).get(a.claim)!).push(a);
  const out: Statement[] = [];
  const taken = new Set<string>();
  for (const [claim, cited] of byClaim) {
    const doc = cited[0].doc;
    if (taken.has(doc)) continue;
    const stated = cited.some((a) => a.weak) ? cited.filter((a) => numbers.has(String(a.stated))) : cited;
    if (stated.length !== 1) continue;
    const alikeDocs = new Set(own.filter((s) => similar(claim, s.claim!, need > 1 ? MIN_SHARED_WITH_TWO : undefined)).map((s) => s.doc));
    if (alikeDocs.size < need || need === 0) continue;
    out.push({ value: String(stated[0].stated), doc, claim });
    taken.add(doc);
  }
  return out;
}

/** Passes over the blocked topics (each needs another topic to have counted a claim since the last). */
const MAX_ROUNDS = 4;

/** How many independent sources give the topic's most given number, and how many numbers it has. */
function strength(list: Statement[], sources: (docs: Iterable<string>) => number): { support: number; numbers: number } {
  const docs = new Map<string, Set<string>>();
  for (const s of list) (docs.get(s.value) ?? docs.set(s.value, new Set()).get(s.value)!).add(s.doc);
  return { support: Math.max(...[...docs.values()].map(sources)), numbers: docs.size };
}

/**
 * A claim citing several articles ("Article 3 exchanges ambassadors and Article 4 bars hostile acts") backs the
 * one side of a dispute among the numbers it cites, when it cites exactly one of them; it never makes a side.
 * A document that already states a number for the topic keeps that.
 */
function withWeakSupport(values: ConflictValue[], weak: ArticleAlignment[], topic: string): ConflictValue[] {
  const cited = new Map<string, { doc: string; numbers: Set<string> }>();
  for (const a of weak) {
    if (!a.topics.includes(topic)) continue;
    const c = cited.get(a.claim) ?? cited.set(a.claim, { doc: a.doc, numbers: new Set() }).get(a.claim)!;
    c.numbers.add(String(a.stated));
  }
  if (!cited.size) return values;
  const stating = new Set(values.flatMap((v) => v.docs));
  const out = values.map((v) => ({ ...v, docs: [...v.docs], claims: [...v.claims] }));
  for (const [claim, { doc, numbers }] of cited) {
    const sides = out.filter((v) => numbers.has(v.value));
    if (sides.length !== 1 || stating.has(doc)) continue;
    sides[0].docs.push(doc);
    sides[0].claims.push(claim);
    stating.add(doc);
  }
  return out;
}

/**
 * A document that gives the topic to two of the numbers in dispute ("Article 14: open for signature until its
 * entry into force"; "Article 15: in force ninety days after the fiftieth ratification"), kept only in the
 * claims that tell what other documents' claims on the topic tell, when each claim it leaves is about another
 * topic too (signature) and that leaves it one number: the statements without those claims. Else null: the
 * topic is two clauses' (diplomatic relations established in one article, ambassadors exchanged in another).
 */
function asOthersTellIt(
  list: Statement[],
  disputed: string[],
  similar: (a: string, b: string) => boolean,
  aboutMore: (claim: string) => boolean,
): Statement[] | null {
  const byDoc = new Map<string, Statement[]>();
  for (const s of list) if (disputed.includes(s.value)) (byDoc.get(s.doc) ?? byDoc.set(s.doc, []).get(s.doc)!).push(s);
  const dropped = new Set<Statement>();
  for (const [doc, own] of byDoc) {
    if (new Set(own.map((s) => s.value)).size < 2) continue;
    const others = list.filter((s) => s.doc !== doc && s.claim);
    const told = own.filter((s) => s.claim && others.some((o) => similar(s.claim!, o.claim!)));
    if (new Set(told.map((s) => s.value)).size !== 1) return null;
    if (own.some((s) => !told.includes(s) && !(s.claim && aboutMore(s.claim)))) return null;
    for (const s of own) if (!told.includes(s)) dropped.add(s);
  }
  return list.filter((s) => !dropped.has(s));
}

/** True when some document gives the topic to two of the numbers in dispute. */
function spansSeveral(list: { value: string; doc: string }[], disputed: string[]): boolean {
  const byDoc = new Map<string, Set<string>>();
  for (const s of list) if (disputed.includes(s.value)) (byDoc.get(s.doc) ?? byDoc.set(s.doc, new Set()).get(s.doc)!).add(s.value);
  return [...byDoc.values()].some((numbers) => numbers.size > 1);
}
