// Dossier stage: documents + claims → agreements (record, articles, obligations, lifecycle) and conflicts.
// Order matters: the record (which agreement, its official text) comes first; articles align claims to it;
// obligations read the articles; lifecycle and conflicts read everything before them.
import type { Agreement, Claim, Conflict, DocumentRecord } from '../types.ts';
import { buildArticles } from './articles/index.ts';
import { findConflicts } from './conflicts/index.ts';
import { buildLifecycle } from './lifecycle/index.ts';
import { buildObligations } from './obligations/index.ts';
import { buildRecord } from './record/index.ts';

export function buildAgreements(docs: DocumentRecord[], claims: Claim[]): { agreements: Agreement[]; conflicts: Conflict[] } {
  const record = buildRecord(docs, claims);
  if (!record) return { agreements: [], conflicts: [] };
  const { articles, alignments, topics } = buildArticles(claims, record);
  record.agreement.articles = articles;
  record.alignments = alignments;
  record.agreement.obligations = buildObligations(claims, topics, record);
  const life = buildLifecycle(docs, claims, record);
  record.agreement.lifecycle = life.lifecycle;
  record.agreement.expected = life.expected;
  record.agreement.duration = life.duration;
  if (life.disputed.length) record.agreement.disputed_events = life.disputed;
  const conflicts = findConflicts(docs, claims, record);
  return { agreements: [record.agreement], conflicts };
}
