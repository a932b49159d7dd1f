// A collection's dossier before and after an update → the alerts: each fact that is new, whose status moved, or
// that a document newly misstates, with the sentence that caused it. Pure: the same two dossiers give the same
// alerts (the update's time aside).
import type { Claim, DocumentRecord, Dossier } from '../types.ts';
import { type AlertableFact, alertableFacts, snapshotOf } from './facts.ts';
import type { Alert, Evidence, FactSnapshot } from './types.ts';

/** Sentences given per alert: the one from the newest report, then others for context. */
export const MAX_EVIDENCE = 3;

interface Sources {
  byId: Map<string, Claim>;
  docs: Map<string, { doc: DocumentRecord; order: number }>;
  bySha: Map<string, DocumentRecord>;
}

function evidenceOf(claimIds: string[], { byId, docs }: Sources): Evidence[] {
  const found = claimIds
    .map((id) => byId.get(id))
    .filter((c): c is Claim => c !== undefined)
    .map((c) => ({ claim: c, source: docs.get(c.doc) }))
    .filter((x): x is { claim: Claim; source: { doc: DocumentRecord; order: number } } => x.source !== undefined);
  // Newest report first (documents are numbered in the order they were stored), a sentence before a headline
  // (which says it in fewer words); one per report first.
  const headline = (c: Claim) => (c.unit === 'heading' ? 1 : 0);
  found.sort((x, y) => y.source.order - x.source.order || headline(x.claim) - headline(y.claim) || x.claim.start - y.claim.start);
  const seen = new Set<string>();
  const firsts = found.filter((x) => !seen.has(x.claim.doc) && seen.add(x.claim.doc));
  const rest = found.filter((x) => !firsts.includes(x));
  return [...firsts, ...rest].slice(0, MAX_EVIDENCE).map(({ claim, source: { doc } }) => ({
    text: claim.text,
    start: claim.start,
    end: claim.end,
    doc: { sha256: doc.sha256, file: doc.file, url: doc.url, title: doc.title, outlet: doc.outlet, published: doc.published },
  }));
}

const about = (f: AlertableFact) => (f.agreement ? `${f.agreement.title}: ` : '');

function factAlerts(f: AlertableFact, before: FactSnapshot[string] | undefined, sources: Sources): Omit<Alert, 'collection' | 'at'>[] {
  const base = { fact: f.key, agreement: f.agreement, value: f.value, status: f.status };
  const alerts: Omit<Alert, 'collection' | 'at'>[] = [];
  const isEvent = f.kind === 'event';
  if (!before && (isEvent || f.kind === 'conflict'))
    alerts.push({
      ...base,
      kind: isEvent ? 'event' : 'conflict',
      summary: `${about(f)}${isEvent ? `new event: ${f.label}, ${f.value}` : `${f.label}: ${f.value}`}`,
      before: null,
      status_before: null,
      evidence: evidenceOf(f.claims, sources),
    });
  else if (before && isEvent && before.value !== f.value)
    alerts.push({
      ...base,
      kind: 'event',
      summary: `${about(f)}${f.label}: ${before.value} → ${f.value}`,
      before: before.value,
      status_before: before.status,
      evidence: evidenceOf(f.claims, sources),
    });
  if (before && before.status !== f.status && f.status !== null)
    alerts.push({
      ...base,
      kind: 'status',
      summary: `${about(f)}${f.label} (${f.value}) is now ${f.status}, was ${before.status ?? 'not judged'}`,
      before: before.value,
      status_before: before.status,
      evidence: evidenceOf(f.claims, sources),
    });
  const known = new Set(before?.misstated ?? []);
  for (const [sha, claims] of f.misstated) {
    if (known.has(sha)) continue;
    const doc = sources.bySha.get(sha);
    alerts.push({
      ...base,
      kind: 'misstatement',
      summary: `${about(f)}${doc?.outlet ?? doc?.file ?? sha.slice(0, 12)} misstates ${f.label} (${f.value})`,
      before: null,
      status_before: before?.status ?? null,
      evidence: evidenceOf(claims, sources),
    });
  }
  return alerts;
}

/** The alerts from `before` (the last update's snapshot; null for none) to the dossier `after`, and the snapshot
 *  the next update compares with. */
export function alertsBetween(
  before: FactSnapshot | null,
  after: Dossier,
  collection: string,
  at = after.generated,
): { alerts: Alert[]; snapshot: FactSnapshot } {
  const facts = alertableFacts(after);
  const sources: Sources = {
    byId: new Map(after.claims.map((c) => [c.id, c])),
    docs: new Map(after.documents.map((doc, order) => [doc.id, { doc, order }])),
    bySha: new Map(after.documents.map((doc) => [doc.sha256, doc])),
  };
  const alerts: Alert[] = [];
  for (const [key, f] of facts) for (const a of factAlerts(f, before?.[key], sources)) alerts.push({ ...a, collection, at });
  return { alerts, snapshot: snapshotOf(facts) };
}

/** The alerts from one dossier to the next (null before: every event and conflict is new). */
export function dossierAlerts(before: Dossier | null, after: Dossier, collection: string): Alert[] {
  return alertsBetween(before ? snapshotOf(alertableFacts(before)) : null, after, collection).alerts;
}
