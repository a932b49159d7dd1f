// Paraphrase step of the dossier: when the pile holds the official text, each report's claim that says what an
// article of this agreement does ("Article 6 has it enter into force thirty days after the exchange") is checked
// against that article's own words. A claim whose content the article contradicts — a period, a count of
// instruments, the event a date counts from, how the clause is set off, what it obliges the parties to do —
// misstated the clause: a `clause` conflict with both passages, a reason in words and the words that decided.
//
// Checked are the claims the articles step aligned to the article they cite (one article, the number judged
// right): a claim given another article's content is misnumbered, which the article conflicts settle, and a
// claim another conflict already flags (a duration the official text settles) is not flagged twice. A claim
// that denies or hedges ("does not set a 20-year term") is not compared. See ./compare.ts for what counts.
import type { Claim, Conflict, DocumentRecord } from '../../types.ts';
import { claimTopics } from '../articles/topics.ts';
import type { DossierRecord } from '../record/types.ts';
import { contradictions, type Finding } from './compare.ts';
import { conflictsOf, type Misstatement } from './conflict.ts';
import { type Fact, factsOf, quantityFacts } from './facts.ts';
import { wordsFor } from './languages/index.ts';
import { obligationMismatch } from './obligations.ts';

/** The topic of entry-into-force clauses (read/topics): a report on it may misstate the count a threshold needs. */
const ENTRY_INTO_FORCE = 'entry-into-force';

export function misstatedClauses(
  docs: DocumentRecord[],
  claims: Claim[],
  record: Pick<DossierRecord, 'official' | 'alignments'>,
  conflicts: Conflict[],
): Conflict[] {
  const official = record.official;
  if (!official?.articles.length) return [];
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const languageOf = (doc: string) => byDoc.get(doc)?.language ?? null;
  const officialDocs = new Set(docs.filter((d) => d.kind === 'official').map((d) => d.id));
  officialDocs.add(official.doc);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const flagged = flaggedClaims(conflicts);

  const officialLanguage = languageOf(official.doc);
  const officialClaims = claims.filter((c) => c.doc === official.doc);
  const articleClaims = new Map(official.articles.map((a) => [a.number, officialClaims.filter((c) => c.start >= a.start && c.end <= a.end)]));
  const articleFacts = new Map(
    official.articles.map((a) => [
      a.number,
      articleClaims.get(a.number)!.flatMap((c) => [...factsOf(c, officialLanguage), ...quantityFacts(c, officialLanguage)]),
    ]),
  );
  const elsewhere = new Map<number, Fact[]>();
  const elsewhereOf = (n: number) => {
    let facts = elsewhere.get(n);
    if (!facts) elsewhere.set(n, (facts = official.articles.filter((a) => a.number !== n).flatMap((a) => articleFacts.get(a.number)!)));
    return facts;
  };

  const found: Misstatement[] = [];
  /** Every checked claim's facts, by article: the reports that state the official value back it. */
  const told = new Map<number, Fact[]>();
  const seen = new Set<string>();
  for (const a of record.alignments) {
    if (a.weak || a.described === null || a.described !== a.stated || officialDocs.has(a.doc) || flagged.has(a.claim)) continue;
    const claim = byId.get(a.claim);
    const article = official.articles.find((x) => x.number === a.described);
    if (!claim || !article || seen.has(`${a.claim}/${article.number}`)) continue;
    seen.add(`${a.claim}/${article.number}`);
    const language = languageOf(a.doc);
    const facts = factsOf(claim, language);
    const quantities = quantityFacts(claim, language);
    (told.get(article.number) ?? told.set(article.number, []).get(article.number)!).push(...facts, ...quantities);
    if (denies(claim.text, language)) continue;
    const topics = claimTopics(claim);
    const sameSubject = topics.some((t) => article.topics.includes(t));
    const reading = { facts, quantities, hedged: hedges(claim.text, language), sameSubject, entryIntoForce: topics.includes(ENTRY_INTO_FORCE) };
    const findings: Finding[] = contradictions(reading, articleFacts.get(article.number)!, elsewhereOf(article.number));
    const obligation = obligationMismatch(claim, language, article, articleClaims.get(article.number)!, officialLanguage, official.articles);
    if (obligation) findings.push(obligation);
    for (const f of findings) found.push({ article, ...f });
  }
  return conflictsOf(found, told, official.doc);
}

/** Claims a settled conflict already has on a side it rejected. */
function flaggedClaims(conflicts: Conflict[]): Set<string> {
  const out = new Set<string>();
  for (const c of conflicts) {
    if (!c.resolved) continue;
    for (const v of c.values) if (v.value !== c.resolved.value) v.claims.forEach((id) => out.add(id));
  }
  return out;
}

/** Whether a sentence denies something (bounds such as "no later than" set aside): it may deny the very value
 *  it names, so it is not compared. */
function denies(text: string, language: string | null): boolean {
  const lower = text.toLowerCase();
  return wordsFor(language).some((l) => l.negation.test(lower.replace(l.bounds, ' ')));
}

const hedges = (text: string, language: string | null) => wordsFor(language).some((l) => l.hedges.test(text.toLowerCase()));
