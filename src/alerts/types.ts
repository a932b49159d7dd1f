// What an alert says: which fact of a collection's dossier changed, how, and the sentence that caused it.
import type { FactStatus } from '../types.ts';

/** event: a lifecycle event new to the dossier (or its date changed); conflict: sources newly disagree;
 *  status: a fact's status moved (confirmed / reported / disputed / unknown); misstatement: a document newly
 *  flagged as misstating a fact (a conflict's resolution, or an event only it asserts against the others). */
export type AlertKind = 'event' | 'conflict' | 'status' | 'misstatement';

/** A sentence of a report, as the dossier cites it: offsets are UTF-16 offsets into the document's body. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  doc: { sha256: string; file: string; url: string | null; title: string | null; outlet: string | null; published: string | null };
}

export interface Alert {
  /** Assigned when stored (increasing); absent on an alert just computed. */
  id?: number;
  collection: string;
  kind: AlertKind;
  /** The fact's stable key within the collection ("a1 ratified (FR)", "conflict date: signing date"). */
  fact: string;
  /** The agreement it is about, when it is about one. */
  agreement: { id: string; title: string } | null;
  /** One line for people: what changed. */
  summary: string;
  value: string | null;
  before: string | null;
  status: FactStatus | null;
  status_before: FactStatus | null;
  /** The sentences that caused it, the one from the newest report first (at most MAX_EVIDENCE). */
  evidence: Evidence[];
  /** ISO time the dossier update that found it ran. */
  at: string;
}

/** The alertable facts of one dossier, keyed by fact: what the next update is compared with (kept in the store,
 *  small: no sentences, only values, statuses and the sha256s flagged as misstating). */
export interface FactSnapshot {
  [fact: string]: { value: string; status: FactStatus | null; misstated?: string[] };
}
