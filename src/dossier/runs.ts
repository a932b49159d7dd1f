// The pile as runs: the consecutive claims of one document. Steps read each run once and remember what they
// read (see ./memo.ts); on the next call over the pile (a server adding one report) a run whose claims are
// the same objects is the same run, so only new documents are read again, and a step loops over runs and the
// few claims that say something, not over every claim.
import type { Claim } from '../types.ts';
import { perObject } from './memo.ts';
import type { DossierRecord } from './record/types.ts';

export interface Run {
  doc: string;
  claims: Claim[];
}

/** The run that started with this claim last time. */
const RUN_FROM = new WeakMap<Claim, Run>();

/** The pile's runs in order, split once per claims array (every step of one dossier shares them). */
export const runsOf = perObject((claims: Claim[]): Run[] => {
  const runs: Run[] = [];
  for (let start = 0; start < claims.length; ) {
    let end = start + 1;
    while (end < claims.length && claims[end].doc === claims[start].doc) end++;
    runs.push(sameRun(claims, start, end));
    start = end;
  }
  return runs;
});

function sameRun(claims: Claim[], start: number, end: number): Run {
  const known = RUN_FROM.get(claims[start]);
  if (known && known.claims.length === end - start && known.claims.every((c, i) => c === claims[start + i])) return known;
  const run = { doc: claims[start].doc, claims: claims.slice(start, end) };
  RUN_FROM.set(claims[start], run);
  return run;
}

/** Claim ids by document, in order. */
export function idsByDoc(claims: Pick<Claim, 'id' | 'doc'>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of claims) {
    const ids = out.get(c.doc);
    if (ids) ids.push(c.id);
    else out.set(c.doc, [c.id]);
  }
  return out;
}

/** The record's claims about other instruments by document: as the record step gives them, else found in
 *  one pass over the pile. */
export function otherInstrumentByDoc(record: Pick<DossierRecord, 'otherInstrumentClaims' | 'otherInstrumentByDoc'>, claims: Claim[]): Map<string, string[]> {
  if (record.otherInstrumentByDoc) return record.otherInstrumentByDoc;
  const ids = new Set(record.otherInstrumentClaims ?? []);
  return idsByDoc(ids.size ? claims.filter((c) => ids.has(c.id)) : []);
}
