// What the home page shows of each collection and agreement: the agreement's stage, its newest reported event,
// its open conflicts, and its ATOP-style obligations side by side with other agreements'. Pure derivations of a
// dossier (compact or full), served as JSON (GET /api/collections, GET /api/compare) and drawn by the web UI.
import type { Agreement, Conflict, Dossier, FactStatus, LifecycleEvent, LifecycleStep, ObligationKey, Support, Totals } from '../types.ts';
import { describeEvent, OBLIGATIONS, partyName, STEP_LABELS, stepLabel } from './view.ts';

/** Where an agreement stands, furthest first: an ending step, in force, applied, ratified, on the way, signed. */
export type StageKey =
  | 'suspended'
  | 'terminated'
  | 'denounced'
  | 'expired'
  | 'in-force'
  | 'provisionally-applied'
  | 'instruments-exchanged'
  | 'ratified'
  | 'ratifying'
  | 'signed'
  | 'unknown';

export interface Stage {
  key: StageKey;
  label: string;
  tone: 'ok' | 'pending' | 'ended' | 'unknown';
}

export interface EventOverview {
  step: LifecycleStep;
  label: string;
  date: string | null;
  party: string | null;
  party_name: string | null;
  /** The event as one phrase: "Ratified by Aurelia (President), 28 Nov 2030". */
  text: string;
}

export interface ObligationCell {
  value: boolean | null;
  status: FactStatus | null;
  status_reason: string | null;
  support: Support | null;
  conditions: string[];
}

export interface AgreementOverview {
  id: string;
  title: string;
  /** The name a reader knows it by: its first alias, else its title. */
  name: string;
  parties: string[];
  party_names: string[];
  multilateral: boolean;
  signed: string | null;
  entered_into_force: { date: string | null; projected: boolean } | null;
  stage: Stage;
  /** The newest reported event (projected dates are not news). */
  latest_event: EventOverview | null;
  open_conflicts: number;
  obligations: Record<ObligationKey, ObligationCell>;
}

export interface CollectionOverview {
  name: string;
  documents: number;
  /** The pile of reports matched to no agreement, shown apart. */
  unsorted: boolean;
  agreements: AgreementOverview[];
  conflicts: number;
  open_conflicts: number;
  /** Why its dossier could not be loaded (a name the API refuses, a store error): then it has no agreements. */
  error?: string;
}

export interface Comparison {
  obligations: { key: ObligationKey; label: string; gloss: string }[];
  agreements: (AgreementOverview & { collection: string })[];
}

/** A dossier, full or compact: only its agreements, conflicts and the number of its documents are read. */
type Readable = Pick<Dossier, 'agreements' | 'conflicts'> & { documents: readonly unknown[]; totals?: Totals };

const ENDING: readonly LifecycleStep[] = ['suspended', 'terminated', 'denounced', 'expired'];
/** Steps on the way from signature to ratification. */
const RATIFYING: readonly LifecycleStep[] = ['submitted-for-ratification', 'approved-by-legislature', 'ratified'];

const STAGE_LABELS: Record<StageKey, string> = {
  suspended: STEP_LABELS.suspended,
  terminated: STEP_LABELS.terminated,
  denounced: STEP_LABELS.denounced,
  expired: STEP_LABELS.expired,
  'in-force': 'In force',
  'provisionally-applied': 'Provisionally applied',
  'instruments-exchanged': 'Instruments exchanged',
  ratified: 'Ratified',
  ratifying: 'Ratification under way',
  signed: 'Signed',
  unknown: 'Status unknown',
};

/** Dates compare as strings once padded; a partial date sorts at the start of its period. */
const dateKey = (date: string | null) => (date ? date.padEnd(10, '-') : '');

/** The latest dated event (ties: the later in the list, which is in time order); undated only if none is. */
function latest(events: readonly LifecycleEvent[]): LifecycleEvent | null {
  let best: LifecycleEvent | null = null;
  for (const e of events) if (!best || dateKey(e.date) >= dateKey(best.date)) best = e;
  return best;
}

/** The agreement's own steps that have happened: not a protocol's, and a projected one only once its date is past. */
function happened(a: Agreement, today: string): LifecycleEvent[] {
  return a.lifecycle.filter((e) => e.of !== 'protocol' && (!e.projected || (e.date !== null && dateKey(e.date) <= today)));
}

function stage(key: StageKey, tone: Stage['tone']): Stage {
  return { key, label: STAGE_LABELS[key], tone };
}

/** How far the agreement has come; `today` (YYYY-MM-DD) decides whether a projected date has passed. */
export function agreementStage(a: Agreement, today: string): Stage {
  const events = happened(a, today);
  const last = latest(events);
  if (last && ENDING.includes(last.step)) return stage(last.step as StageKey, 'ended');
  const has = (step: LifecycleStep) => events.some((e) => e.step === step);
  if (has('entered-into-force')) return stage('in-force', 'ok');
  if (has('provisionally-applied')) return stage('provisionally-applied', 'pending');
  if (has('instruments-exchanged')) return stage('instruments-exchanged', 'pending');
  const ratified = events.filter((e) => e.step === 'ratified');
  const byAll = ratified.some((e) => e.party === null) || (a.parties.length > 1 && a.parties.every((p) => ratified.some((e) => e.party === p)));
  if (byAll && !a.multilateral) return stage('ratified', 'pending');
  if (events.some((e) => RATIFYING.includes(e.step))) return stage('ratifying', 'pending');
  if (a.signed.date || has('signed')) return stage('signed', 'pending');
  return stage('unknown', 'unknown');
}

function eventOverview(e: LifecycleEvent): EventOverview {
  return {
    step: e.step,
    label: stepLabel(e),
    date: e.date,
    party: e.party,
    party_name: e.party ? partyName(e.party) : null,
    text: describeEvent(e),
  };
}

/** An unresolved conflict, or one whose resolution is itself disputed. */
export function isOpen(c: Conflict): boolean {
  return !c.resolved || c.status === 'disputed';
}

/** The conflicts about one agreement of a dossier (every conflict, when the dossier holds only that one). */
function conflictsOf(d: Readable, a: Agreement): Conflict[] {
  return d.agreements.length < 2 ? d.conflicts : d.conflicts.filter((c) => c.agreement === a.id);
}

function entryIntoForce(a: Agreement): AgreementOverview['entered_into_force'] {
  const entries = a.lifecycle.filter((e) => e.step === 'entered-into-force' && e.of !== 'protocol');
  const reported = entries.filter((e) => !e.projected);
  const first = (reported.length ? reported : entries).reduce<LifecycleEvent | null>(
    (best, e) => (!best || (e.date !== null && (best.date === null || dateKey(e.date) < dateKey(best.date))) ? e : best),
    null,
  );
  return first ? { date: first.date, projected: !!first.projected } : null;
}

export function agreementOverview(d: Readable, a: Agreement, today: string): AgreementOverview {
  const obligations = Object.fromEntries(
    OBLIGATIONS.map(({ key }) => {
      const o = a.obligations[key];
      const cell: ObligationCell = {
        value: o?.value ?? null,
        status: o?.status ?? null,
        status_reason: o?.status_reason ?? null,
        support: o?.support ?? null,
        conditions: o?.conditions ?? [],
      };
      return [key, cell];
    }),
  ) as Record<ObligationKey, ObligationCell>;
  const newest = latest(a.lifecycle.filter((e) => !e.projected));
  return {
    id: a.id,
    title: a.title,
    name: a.aliases[0] ?? a.title,
    parties: a.parties,
    party_names: a.parties.map(partyName),
    multilateral: !!a.multilateral,
    signed: a.signed.date,
    entered_into_force: entryIntoForce(a),
    stage: agreementStage(a, today),
    latest_event: newest ? eventOverview(newest) : null,
    open_conflicts: conflictsOf(d, a).filter(isOpen).length,
    obligations,
  };
}

/** One collection as the home page lists it; `unsorted` marks the pile of reports matched to no agreement. */
export function collectionOverview(name: string, d: Readable, unsorted: boolean, today: string): CollectionOverview {
  return {
    name,
    documents: d.totals?.documents ?? d.documents.length,
    unsorted,
    agreements: d.agreements.map((a) => agreementOverview(d, a, today)),
    conflicts: d.conflicts.length,
    open_conflicts: d.conflicts.filter(isOpen).length,
  };
}

/** Every agreement of the sorted collections, one column each, with the obligations' rows in reading order. */
export function comparison(collections: readonly CollectionOverview[]): Comparison {
  return {
    obligations: OBLIGATIONS.map(({ key, label, gloss }) => ({ key, label, gloss })),
    agreements: collections.filter((c) => !c.unsorted).flatMap((c) => c.agreements.map((a) => ({ collection: c.name, ...a }))),
  };
}
