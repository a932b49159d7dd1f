// STUB (owned by the conflicts helper, who replaces it): conflicts between sources and misstatements.
import type { Claim, Conflict, DocumentRecord } from '../../types.ts';
import type { DossierRecord } from '../record/types.ts';

export function findConflicts(docs: DocumentRecord[], claims: Claim[], record: DossierRecord): Conflict[] {
  return [];
}
