// A document that gives one topic to several articles usually tells the topic's clause once and names the topic
// in passing elsewhere: a factbox that lists "Article 28: entry into force on the sixtieth day after …" beside
// "Article 4: mines close within ten years of the date the convention enters into force" and "Article 30: a
// party may withdraw two years after it has entered into force". Its number for the clause is the one whose
// claim tells it as other documents do; its other numbers state nothing about that clause.

import type { ConflictValue } from '../../types.ts';
import type { ArticleAlignment } from '../record/types.ts';
import { MIN_SHARED, MIN_SHARED_WITH_TWO } from './clauses/index.ts';
import type { Statement } from './resolve.ts';

/**
 * The statements without the numbers a document names its topic in passing: numbers that no other document
 * gives the topic and whose claims no other document's claim tells alike (`similar`), where the document has a
 * number whose claim another document does tell alike (a copy of the document is no other document). A number another document also gives, or one whose claim
 * others tell alike (a misnumbering), stays: the document's numbers are then weighed as before.
 */
export function oneNumberPerDocument(list: Statement[], similar: (a: string, b: string) => boolean, sourceOf: (doc: string) => string): Statement[] {
  const sourcesOf = new Map<string, Set<string>>();
  for (const s of list) (sourcesOf.get(s.value) ?? sourcesOf.set(s.value, new Set()).get(s.value)!).add(sourceOf(s.doc));
  const numbersOf = new Map<string, Set<string>>();
  for (const s of list) (numbersOf.get(s.doc) ?? numbersOf.set(s.doc, new Set()).get(s.doc)!).add(s.value);
  const dropped = new Set<Statement>();
  for (const [doc, numbers] of numbersOf) {
    if (numbers.size < 2) continue;
    const own = list.filter((s) => s.doc === doc);
    if (own.some((s) => !s.claim)) continue;
    const toldAlike = (value: string) =>
      own.some((s) => s.value === value && list.some((o) => sourceOf(o.doc) !== sourceOf(doc) && o.claim && similar(s.claim!, o.claim)));
    const passing = [...numbers].filter((n) => sourcesOf.get(n)!.size === 1 && !toldAlike(n));
    if (!passing.length || passing.length === numbers.size) continue;
    for (const s of own) if (passing.includes(s.value)) dropped.add(s);
  }
  return dropped.size ? list.filter((s) => !dropped.has(s)) : list;
}

/**
 * A topic told in several clauses, each numbered alike by several documents (entry into force in its own clause
 * and in the one calling the first meeting "within a year of entry into force"): the statements of each clause,
 * a number only one document gives joining the clause whose claims tell it alike (a misnumbering of that
 * clause). Null when the topic is one clause. A number told alike with two clauses' claims joins neither.
 */
export function clausesOfTopic(
  list: Statement[],
  similar: (a: string, b: string, minShared?: number) => boolean,
  sourceOf: (doc: string) => string,
): Statement[][] | null {
  const byValue = new Map<string, Statement[]>();
  for (const s of list) (byValue.get(s.value) ?? byValue.set(s.value, []).get(s.value)!).push(s);
  const alike = (s: Statement, o: Statement, minShared?: number) =>
    sourceOf(s.doc) !== sourceOf(o.doc) && !!s.claim && !!o.claim && similar(s.claim, o.claim, minShared);
  // Two independent sources giving one number in claims that share a little (MIN_SHARED_WITH_TWO) tell one clause.
  const established = [...byValue].filter(([, own]) => own.some((s) => own.some((o) => alike(s, o, MIN_SHARED_WITH_TWO))));
  if (established.length < 2) return null;
  const clauses = new Map(established.map(([value, own]) => [value, [...own]]));
  for (const [value, own] of byValue) {
    if (clauses.has(value)) continue;
    for (const s of own) {
      const told = established.filter(([, members]) => members.some((o) => alike(s, o)));
      if (told.length === 1) clauses.get(told[0][0])!.push(s);
    }
  }
  return [...clauses.values()];
}

/**
 * A conflict's values without the claims that tell another clause: a claim citing a number whose words another
 * source's claim, outside the conflict and citing the same number, shares as much of (`shared`) as any claim on
 * another side of the conflict does, or more (a tie is no misnumbering), describes that number's own clause and names the disputed topic in passing
 * ("Under Article 8, each state names a commissioner to the commission, which hears disputes first" beside a
 * factbox's "Article 8: a permanent joint commission"). A misnumbering tells the other side's clause: it shares
 * more with that side. Only a side fewer sources give than another is weighed so; a document left with no claim on
 * a side leaves it.
 */
export function withoutOtherClauses(
  values: ConflictValue[],
  alignments: ArticleAlignment[],
  shared: (a: string, b: string) => number,
  sourceOf: (doc: string) => string,
): ConflictValue[] {
  const inConflict = new Set(values.flatMap((v) => v.claims));
  const docOf = new Map(alignments.map((a) => [a.claim, a.doc]));
  const stating = new Map<string, ArticleAlignment[]>();
  for (const a of alignments)
    if (!a.weak && !inConflict.has(a.claim)) (stating.get(String(a.stated)) ?? stating.set(String(a.stated), []).get(String(a.stated))!).push(a);
  const most = (claim: string, others: string[]) => Math.max(0, ...others.map((o) => shared(claim, o)));
  // Only a side fewer sources give than another can be a misnumbering to tell apart.
  const sources = (v: ConflictValue) => new Set(v.docs.map(sourceOf)).size;
  const top = Math.max(...values.map(sources));
  let changed = false;
  const out = values.map((v) => {
    if (sources(v) === top) return v;
    const otherSides = values.filter((o) => o !== v).flatMap((o) => o.claims);
    const elsewhere = (claim: string) => {
      const source = sourceOf(docOf.get(claim) ?? '');
      const outside = (stating.get(v.value) ?? []).filter((a) => sourceOf(a.doc) !== source).map((a) => a.claim);
      const best = most(claim, outside);
      return best >= MIN_SHARED && best >= most(claim, otherSides);
    };
    const told = new Set(v.claims.filter(elsewhere));
    if (!told.size) return v;
    changed = true;
    const claims = v.claims.filter((c) => !told.has(c));
    const stillStating = new Set(claims.map((c) => docOf.get(c)));
    const emptied = new Set([...told].map((c) => docOf.get(c)).filter((d) => !stillStating.has(d)));
    return { ...v, docs: v.docs.filter((d) => !emptied.has(d)), claims };
  });
  return changed ? out.filter((v) => v.docs.length) : values;
}
