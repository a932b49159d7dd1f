// Dossier stage: documents + claims → agreements (record, articles, obligations, lifecycle) and conflicts.
import type { Agreement, Claim, Conflict, DocumentRecord } from '../types.ts';

export function buildAgreements(docs: DocumentRecord[], claims: Claim[]): { agreements: Agreement[]; conflicts: Conflict[] } {
  return { agreements: [], conflicts: [] };
}
