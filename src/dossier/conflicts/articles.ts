// Article numbering: independent documents that give different numbers for the clause on the same topic
// ("Article 4 … imminent threat … consultations" against "Article Three asserts … consultations").
// Evidence: each single-article claim's number for each of its topics (the articles step's alignments, with
// topics inherited from the sentence before); the official text gives the one article that has the topic.
// A claim citing several articles at once ("Articles Three and Four formulate … mutual defense") and a
// document citing several numbers for one topic are too vague to disagree with anyone.
import type { Conflict } from '../../types.ts';
import type { DossierRecord } from '../record/types.ts';
import { distinctValues, settle, type ResolveContext } from './resolve.ts';

export function articleConflicts(record: Pick<DossierRecord, 'alignments' | 'official'>, ctx: ResolveContext): Conflict[] {
  const statements = new Map<string, { value: string; doc: string; claim: string | null }[]>();
  const add = (topic: string, s: { value: string; doc: string; claim: string | null }) => {
    const list = statements.get(topic);
    if (list) list.push(s);
    else statements.set(topic, [s]);
  };
  for (const a of record.alignments ?? []) {
    if (a.weak) continue;
    for (const t of a.topics) {
      const list = statements.get(t);
      const s = { value: String(a.stated), doc: a.doc, claim: a.claim };
      if (list) list.push(s);
      else statements.set(t, [s]);
    }
  }
  const official = record.official;
  if (official) {
    for (const t of [...statements.keys()]) {
      const having = official.articles.filter((a) => a.topics.includes(t));
      if (having.length === 1) add(t, { value: String(having[0].number), doc: official.doc, claim: null });
      // A topic the official text spreads over several articles names no single clause: numbers that differ
      // on it are different clauses, not a disagreement.
      else if (having.length > 1) statements.delete(t);
    }
  }
  const candidates: Conflict[] = [];
  for (const [topic, list] of statements) {
    const values = distinctValues(list);
    if (values.length < 2) continue;
    candidates.push(settle('article', `the clause on ${topic.replace(/[-_]/g, ' ')}`, values, ctx));
  }
  return oneConflictPerMisstatement(candidates, ctx);
}

/** A claim on two topics would show its wrong number in two conflicts; it stays in the one whose resolution
 *  the most independent sources support, and a conflict left with no claim of its own is dropped. */
function oneConflictPerMisstatement(candidates: Conflict[], ctx: ResolveContext): Conflict[] {
  const support = (c: Conflict) => {
    const v = c.values.find((x) => x.value === c.resolved?.value);
    return v ? new Set(v.docs.map(ctx.sourceOf)).size : 0;
  };
  const ranked = [...candidates].sort((a, b) => support(b) - support(a) || b.values.length - a.values.length);
  const seen = new Set<string>();
  const out: Conflict[] = [];
  for (const c of ranked) {
    const wrong = c.values.filter((v) => v.value !== c.resolved?.value).flatMap((v) => v.claims.map((id) => `${v.value}:${id}`));
    if (wrong.length && wrong.every((w) => seen.has(w))) continue;
    wrong.forEach((w) => seen.add(w));
    out.push(c);
  }
  return out;
}
