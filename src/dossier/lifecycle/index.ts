// STUB (owned by the lifecycle helper, who replaces it): lifecycle events, expectations, duration, disputed events.
import type { Claim, DocumentRecord, Duration, Expectation, LifecycleEvent } from '../../types.ts';
import type { DossierRecord } from '../record/types.ts';

export interface LifecycleResult {
  lifecycle: LifecycleEvent[];
  expected: Expectation[];
  duration: Duration;
  disputed: (LifecycleEvent & { reason: string })[];
}

export function buildLifecycle(docs: DocumentRecord[], claims: Claim[], record: DossierRecord): LifecycleResult {
  return { lifecycle: [], expected: [], duration: { kind: null, years: null, renewal_years: null, notice: null, claims: [] }, disputed: [] };
}
