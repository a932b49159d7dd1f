// A document that gives one topic to several articles usually tells the topic's clause once and names the topic
// in passing elsewhere: a factbox that lists "Article 28: entry into force on the sixtieth day after …" beside
// "Article 4: mines close within ten years of the date the convention enters into force" and "Article 30: a
// party may withdraw two years after it has entered into force". Its number for the clause is the one whose
// claim tells it as other documents do; its other numbers state nothing about that clause.
import { MIN_SHARED_WITH_TWO } from './clauses/index.ts';
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
