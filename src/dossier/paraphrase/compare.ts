// Whether what a report says an article does contradicts what the official article says, fact by fact
// (./facts.ts). Precision first: a fact is misstated only when the article states a fact of the same key and
// unit, none of the same value, and the report does not also write the article's value; a value another article
// of the official text holds, in a report that names none of its article's topics, is a wrong number, not a
// misstated clause (the article conflicts' case); and a number of years the term and its renewals add up to
// ("up to 21 years with renewals") is no misstated term.
// A report that writes one period only, which no fact of the same key in the article answers ("leave on six
// months' notice" against "take effect 12 months after the notification"), is compared with the periods the
// article writes in that unit, when the article writes one value in it (years and months, weeks and days are
// converted; months and days are not compared); and a report on entry into force that
// writes one count ("50 Vertragsparteien") with the count the article writes ("at least 55 Parties").
import { type Fact, QUANTITY } from './facts.ts';

export interface Finding {
  stated: Fact;
  official: Fact;
}

/** How the clause is set off: one of three values, which other articles hold for other actions ("consult at
 *  the request of either party", "renewed automatically"), so it is compared only when the claim speaks of the
 *  article's subject. */
const TRIGGER = 'trigger';
/** The unit of counts (parties, states, instruments): compared only in what a report says of entry into force. */
const COUNT = 'party';

export interface Reading {
  /** The claim's facts (./facts.ts factsOf). */
  facts: Fact[];
  /** Every quantity the claim writes (./facts.ts quantityFacts). */
  quantities: Fact[];
  /** Whether the claim gives a number as an outer bound or total ("up to", "in total"). */
  hedged: boolean;
  /** Whether the claim names a topic of the article. */
  sameSubject: boolean;
  /** Whether the claim speaks of entry into force. */
  entryIntoForce: boolean;
}

/** The facts of the claim that the article's facts contradict, each with the article's fact it contradicts.
 *  `article`: the article's facts with every quantity it writes; `elsewhere`: the other articles' the same way. */
export function contradictions(claim: Reading, article: Fact[], elsewhere: Fact[]): Finding[] {
  const out: Finding[] = [];
  const answered = new Set<string>();
  /** Another article's value: a wrong number, unless the claim is plainly about its own article's subject. */
  const otherArticles = (f: Fact) => !claim.sameSubject && elsewhere.some((e) => (e.key === f.key || (isQuantity(e) && isQuantity(f))) && same(e, f));
  for (const key of new Set(claim.facts.map((f) => f.key))) {
    if (key === TRIGGER && !claim.sameSubject) continue;
    const official = article.filter((f) => f.key === key);
    if (!official.length) continue;
    answered.add(key);
    const stated = claim.facts.filter((f) => f.key === key);
    if (stated.some((f) => official.some((o) => same(o, f))) || writes(claim.quantities, official)) continue;
    for (const s of stated) {
      const sameUnit = official.filter((f) => comparable(f, s));
      if (!sameUnit.length || otherArticles(s)) continue;
      if (key === 'term' && termWithRenewals(s, official, article, claim)) continue;
      out.push({ stated: s, official: sameUnit[0] });
      break;
    }
  }
  if (out.length) return out;
  const periods = claim.quantities.filter((q) => q.unit !== COUNT);
  const counts = claim.quantities.filter((q) => q.unit === COUNT);
  for (const loose of [periods.length === 1 ? periods[0] : null, counts.length === 1 && claim.entryIntoForce ? counts[0] : null]) {
    const found = loose && looseQuantity(loose, claim, answered, article, otherArticles);
    if (found) out.push(found);
  }
  return out;
}

/** The claim's one quantity of a unit against the article's quantities of that unit, unless a fact of its own
 *  key was compared above; stated as the claim's fact that holds it (a notice, a term), else as itself. */
function looseQuantity(q: Fact, claim: Reading, answered: Set<string>, article: Fact[], otherArticles: (f: Fact) => boolean): Finding | null {
  const holder = claim.facts.find((f) => f.unit && q.start >= f.start && q.end <= f.end && !f.key.startsWith(QUANTITY));
  if (holder && answered.has(holder.key)) return null;
  const official = article.filter((f) => isQuantity(f) && comparable(f, q));
  if (!official.length || official.some((f) => !same(f, official[0])) || same(official[0], q) || otherArticles(q)) return null;
  return { stated: holder ? { ...holder, value: q.value, start: q.start, end: q.end } : q, official: official[0] };
}

/** Whether the claim writes one of the article's values as a quantity anywhere: it gives the right value beside
 *  another ("not twenty years, as reported, but fifteen"; "three years after entry into force, then a year"). */
function writes(quantities: Fact[], official: Fact[]): boolean {
  return official.some((f) => f.unit && quantities.some((q) => same(q, f)));
}

const isQuantity = (f: Fact) => f.key.startsWith(QUANTITY);

/** A value as a number of months (years, months) or days (weeks, days): "1 year" is "12 months", "2 weeks"
 *  "14 days"; null for a value that is no such count. */
function measure(f: Fact): { dim: 'month' | 'day'; n: number } | null {
  let dim: 'month' | 'day' | null = null;
  let n = 0;
  for (const [, count, unit] of f.value.matchAll(/(\d+) (year|month|week|day)s?\b/g)) {
    const d = unit === 'year' || unit === 'month' ? 'month' : 'day';
    if (dim && dim !== d) return null;
    dim = d;
    n += Number(count) * (unit === 'year' ? 12 : unit === 'week' ? 7 : 1);
  }
  return dim ? { dim, n } : null;
}

/** Two values that are the same, written in the same unit or in units one converts to exactly. */
function same(a: Fact, b: Fact): boolean {
  if (a.value === b.value) return true;
  const [x, y] = [measure(a), measure(b)];
  return !!x && !!y && x.dim === y.dim && x.n === y.n;
}

/** Two values that can be compared: of one unit, or of units one converts to exactly (years and months; weeks
 *  and days). Months and days are not: "six months" and "180 days" may both be right. */
function comparable(a: Fact, b: Fact): boolean {
  if (a.unit === b.unit) return true;
  const [x, y] = [measure(a), measure(b)];
  return !!x && !!y && x.dim === y.dim;
}

/** A term the article's term and renewals add up to, told with a hedge or the renewal, or an open-ended term
 *  where the article renews the treaty: a reading of the clause, not a misstatement of it. */
function termWithRenewals(stated: Fact, official: Fact[], article: Fact[], claim: Reading): boolean {
  const renewals = article.filter((f) => f.key === 'renewal').map((f) => Number.parseInt(f.value, 10));
  if (stated.value === 'indefinite') return renewals.length > 0 || article.some((f) => f.key === TRIGGER && f.value === 'automatically');
  if (!claim.hedged && !claim.facts.some((f) => f.key === 'renewal')) return false;
  const years = Number.parseInt(stated.value, 10);
  return official.some((f) => {
    const term = Number.parseInt(f.value, 10);
    return renewals.some((r) => r > 0 && years > term && (years - term) % r === 0);
  });
}
