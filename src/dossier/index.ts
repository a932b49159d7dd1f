// Dossier stage: documents + claims → agreements (record, articles, obligations, lifecycle) and conflicts.
// A pile that covers several agreements is split first (./split): each agreement is then built from its own
// documents' claims, the one most documents support first. Order matters within one agreement: the record
// (which agreement, its official text) comes first; articles align claims to it; obligations read the
// articles; lifecycle and conflicts read everything before them.
import type { Agreement, Claim, Conflict, DocumentRecord, LifecycleEvent, LifecycleStep } from '../types.ts';
import { buildArticles, openEnded } from './articles/index.ts';
import { findConflicts } from './conflicts/index.ts';
import { buildLifecycle, scheduleOf, settledByRule } from './lifecycle/index.ts';
import { buildObligations } from './obligations/index.ts';
import { buildRecord } from './record/index.ts';
import { splitPile } from './split/index.ts';
import { independenceOf, judgeFacts } from './status/index.ts';

/** Per-object and per-text memos, for the pipeline's reuse of what the dossier stage computed. */
export { perObject, perText, sameItems } from './memo.ts';
/** How a pile names and profiles its agreements, for routing a watched report to the one it is about (src/watch). */
export { nameKey, nameSpans } from './record/names.ts';
export { isPlural, namesIn } from './record/reading.ts';
export { runsOf } from './runs.ts';
export { profileOf } from './split/profile.ts';

export function buildAgreements(docs: DocumentRecord[], claims: Claim[]): { agreements: Agreement[]; conflicts: Conflict[] } {
  const groups = splitPile(docs, claims);
  if (!groups) {
    const one = buildAgreement(docs, claims);
    return one ? { agreements: [one.agreement], conflicts: one.conflicts } : { agreements: [], conflicts: [] };
  }
  const agreements: Agreement[] = [];
  const conflicts: Conflict[] = [];
  for (const g of groups) {
    const ids = new Set(g.docs);
    const built = buildAgreement(
      docs.filter((d) => ids.has(d.id)),
      claims.filter((c) => ids.has(c.doc)),
    );
    if (!built) continue;
    const id = `a${agreements.length + 1}`;
    agreements.push({ ...built.agreement, id, split: g });
    for (const c of built.conflicts) conflicts.push({ ...c, agreement: id });
  }
  return { agreements, conflicts };
}

/** Steps a state takes to join an agreement, and its entry into force for a state: its parties when the
 *  agreement is multilateral. */
const JOINING = new Set<LifecycleStep>(['ratified', 'approved-by-legislature', 'submitted-for-ratification', 'entered-into-force']);

/** The states whose own steps to join the lifecycle reports (codes of states only: two upper-case letters). */
function joinedStates(lifecycle: LifecycleEvent[]): string[] {
  return [...new Set(lifecycle.filter((e) => JOINING.has(e.step) && e.party && /^[A-Z]{2}$/.test(e.party)).map((e) => e.party!))].sort();
}

/** One agreement from the documents about it. */
function buildAgreement(docs: DocumentRecord[], claims: Claim[]): { agreement: Agreement; conflicts: Conflict[] } | null {
  const record = buildRecord(docs, claims);
  if (!record) return null;
  // Reports that repeat another (a copy, the same outlet, a credited outlet in the pile) count once from here on.
  const independence = independenceOf(docs, record.sources);
  record.sources = independence.sources;
  if (independence.repeats.length) record.agreement.repeats = independence.repeats;
  const { articles, alignments, topics } = buildArticles(claims, record);
  record.agreement.articles = articles;
  record.alignments = alignments;
  record.agreement.obligations = buildObligations(claims, topics, record);
  const life = buildLifecycle(docs, claims, record);
  record.agreement.signed = life.signed;
  record.agreement.lifecycle = life.lifecycle;
  record.agreement.expected = life.expected;
  // No term stated, but a withdrawal clause: indefinite (./articles/open-ended.ts).
  record.agreement.duration = openEnded(life.duration, articles);
  if (record.agreement.multilateral) record.agreement.parties = joinedStates(life.lifecycle);
  if (life.disputed.length) record.agreement.disputed_events = life.disputed;
  const schedule = scheduleOf(life);
  if (schedule.length) record.agreement.schedule = schedule;
  const conflicts = settledByRule(findConflicts(docs, claims, record), life);
  // Every fact's support ("N reports, K independent") and status (confirmed, reported, disputed, unknown).
  return judgeFacts({ docs, claims, record, life, conflicts });
}
