// The facts of a dossier an alert can be about, each with a stable key, its value, its status and the claims
// that state it: lifecycle events (and events asserted against the others), conflicts, the record's standing
// fields and the obligations. Pure.
import type { Agreement, Claim, Conflict, Dossier, FactStatus, LifecycleEvent } from '../types.ts';
import type { FactSnapshot } from './types.ts';

export type FactKind = 'event' | 'disputed-event' | 'conflict' | 'record' | 'obligation';

export interface AlertableFact {
  key: string;
  kind: FactKind;
  /** Words for people: "ratified by FR", "conflict over the signing date". */
  label: string;
  value: string;
  status: FactStatus | null;
  agreement: { id: string; title: string } | null;
  /** Claim ids (of the dossier) stating the fact. */
  claims: string[];
  /** Documents (sha256) flagged as misstating it, each with the claims of theirs that do. */
  misstated: Map<string, string[]>;
}

const eventLabel = (e: LifecycleEvent) =>
  [e.projected ? 'projected' : null, e.of === 'protocol' ? 'protocol' : null, e.step.replace(/-/g, ' '), e.party ? `by ${e.party}` : null]
    .filter(Boolean)
    .join(' ');

const eventKey = (a: Agreement, e: LifecycleEvent, prefix = '') =>
  `${a.id} ${prefix}${e.of === 'protocol' ? 'protocol ' : ''}${e.step}${e.party ? ` (${e.party})` : ''}`;

const eventValue = (e: LifecycleEvent) => [e.date ?? 'undated', e.body].filter(Boolean).join(', ');

interface Lookup {
  shaOf: (doc: string) => string;
  byId: Map<string, Claim>;
}

function agreementFacts(a: Agreement, { shaOf, byId }: Lookup): AlertableFact[] {
  const agreement = { id: a.id, title: a.title };
  const facts: AlertableFact[] = [];
  const fact = (f: Omit<AlertableFact, 'agreement' | 'misstated'> & { misstated?: Map<string, string[]> }) =>
    facts.push({ agreement, misstated: new Map(), ...f });
  for (const e of a.lifecycle)
    fact({ key: eventKey(a, e), kind: 'event', label: eventLabel(e), value: eventValue(e), status: e.status ?? null, claims: e.claims });
  for (const e of a.disputed_events ?? []) {
    // An event one source asserts against all other evidence: the documents asserting it misstate it.
    const misstated = new Map<string, string[]>();
    for (const id of e.claims) {
      const sha = shaOf(byId.get(id)?.doc ?? id);
      misstated.set(sha, [...(misstated.get(sha) ?? []), id]);
    }
    fact({
      key: eventKey(a, e, 'disputed '),
      kind: 'disputed-event',
      label: `${eventLabel(e)} (disputed: ${e.reason})`,
      value: eventValue(e),
      status: e.status ?? null,
      claims: e.claims,
      misstated,
    });
  }
  const standing = a.standing;
  if (standing) {
    const record: [string, string | number | null, FactStatus | undefined, string[]][] = [
      ['signing date', a.signed.date, standing.signed_date.status, a.signed.claims],
      ['signing place', a.signed.place, standing.signed_place.status, a.signed.claims],
      ['article count', a.article_count, standing.article_count.status, []],
    ];
    for (const [label, value, status, claims] of record)
      if (value !== null) fact({ key: `${a.id} ${label}`, kind: 'record', label, value: String(value), status: status ?? null, claims });
  }
  for (const [name, o] of Object.entries(a.obligations))
    if (o.value !== null)
      fact({
        key: `${a.id} obligation ${name}`,
        kind: 'obligation',
        label: `obligation ${name.replace(/_/g, ' ')}`,
        value: String(o.value),
        status: o.status ?? null,
        claims: o.claims ?? [],
      });
  return facts;
}

function conflictFact(c: Conflict, agreements: Map<string, Agreement>, { shaOf, byId }: Lookup): AlertableFact {
  const a = agreements.get(c.agreement ?? '') ?? (agreements.size === 1 ? [...agreements.values()][0] : undefined);
  const misstated = new Map<string, string[]>();
  for (const doc of c.misstated_by ?? []) {
    const own = c.values.flatMap((v) => v.claims).filter((id) => byId.get(id)?.doc === doc);
    misstated.set(shaOf(doc), own);
  }
  return {
    key: `${c.agreement ? `${c.agreement} ` : ''}conflict ${c.slot}: ${c.about}`,
    kind: 'conflict',
    label: `sources disagree on ${c.about}`,
    value: `${c.values.map((v) => v.value).join(' vs ')} → ${c.resolved?.value ?? 'unresolved'}`,
    status: c.status ?? null,
    agreement: a ? { id: a.id, title: a.title } : null,
    claims: c.values.flatMap((v) => v.claims),
    misstated,
  };
}

/** Every alertable fact of the dossier, by key (a later fact with a key already taken is left out). */
export function alertableFacts(dossier: Dossier): Map<string, AlertableFact> {
  const shaOfDoc = new Map(dossier.documents.map((d) => [d.id, d.sha256]));
  const shaOf = (doc: string) => shaOfDoc.get(doc) ?? doc;
  const byId = new Map(dossier.claims.map((c) => [c.id, c]));
  const agreements = new Map(dossier.agreements.map((a) => [a.id, a]));
  const out = new Map<string, AlertableFact>();
  const lookup = { shaOf, byId };
  const all = [...dossier.agreements.flatMap((a) => agreementFacts(a, lookup)), ...dossier.conflicts.map((c) => conflictFact(c, agreements, lookup))];
  for (const f of all) if (!out.has(f.key)) out.set(f.key, f);
  return out;
}

/** What the next update compares with: values, statuses and misstating documents, no sentences. */
export function snapshotOf(facts: Map<string, AlertableFact>): FactSnapshot {
  const snapshot: FactSnapshot = {};
  for (const [key, f] of facts) snapshot[key] = { value: f.value, status: f.status, ...(f.misstated.size ? { misstated: [...f.misstated.keys()] } : {}) };
  return snapshot;
}
