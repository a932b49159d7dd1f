// Conflicts step of the dossier: the slots sources disagree on — article numbering of a clause, dates and
// places of the signature and of each lifecycle event, the article count, the duration, and disputed events —
// each with its values and sources, settled by the official text or the majority of independent sources, and
// the documents that misstated it; and what reports say an article does that the official text contradicts
// (../paraphrase).
//
// For the composer (src/dossier/index.ts): call after the lifecycle step; its result for this record is
// reused (or pass it as the 4th argument).
import type { Claim, Conflict, DocumentRecord } from '../../types.ts';
import { type LifecycleResult, lifecycleOf } from '../lifecycle/index.ts';
import { claimsById } from '../memo.ts';
import { misstatedClauses } from '../paraphrase/index.ts';
import type { DossierRecord } from '../record/types.ts';
import { partyVoice } from '../status/voices.ts';
import { articleConflicts } from './articles.ts';
import { agreementSigning, eventConflicts, recordConflicts, stateSignatures } from './events.ts';
import { disputedConflicts, durationConflicts } from './lifecycle.ts';
import type { ResolveContext } from './resolve.ts';

export function findConflicts(docs: DocumentRecord[], claims: Claim[], record: DossierRecord, lifecycle?: LifecycleResult): Conflict[] {
  const life = lifecycle ?? lifecycleOf(docs, claims, record);
  const officialDocs = new Set(docs.filter((d) => d.kind === 'official').map((d) => d.id));
  if (record.official) officialDocs.add(record.official.doc);
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const ctx: ResolveContext = {
    officialDocs,
    sourceOf: (doc) => record.sources?.[doc] ?? doc,
    languageOf: (doc) => byDoc.get(doc)?.language ?? null,
    publishedOf: (doc) => byDoc.get(doc)?.published?.slice(0, 10) ?? null,
    partyOf: (doc) => partyVoice(byDoc.get(doc), record.agreement.parties),
  };
  const byId = claimsById(claims);
  const found = [
    ...articleConflicts(record, ctx, byId, [record.agreement.title ?? '', ...(record.agreement.aliases ?? [])]),
    ...recordConflicts(record, ctx, byId, agreementSigning(life.events)?.observations, stateSignatures(life.events)),
    ...eventConflicts(life.events, ctx, byId, new Set(record.otherInstrumentClaims)),
    ...durationConflicts(life.durations, ctx),
    ...disputedConflicts(life.disputed, ctx),
  ];
  // What reports say an article does, against the official article (claims flagged above are not flagged twice).
  return [...found, ...misstatedClauses(docs, claims, record, found)];
}
