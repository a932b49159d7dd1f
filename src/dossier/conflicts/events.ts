// Dates and places sources disagree on: the signature (the record step's evidence), every other lifecycle
// event (the observations merged into it), and the article count. A signing date in another year is taken
// to be another instrument's signature, not a misstatement of this one.
import type { Conflict, ConflictValue, LifecycleStep } from '../../types.ts';
import type { MergedEvent } from '../lifecycle/merge.ts';
import { compatibleDates } from '../dates.ts';
import { sameName } from '../lifecycle/names.ts';
import type { DossierRecord, Vote } from '../record/types.ts';
import { distinctValues, settle, type ResolveContext } from './resolve.ts';

const STEP_NOUN: Record<LifecycleStep, string> = {
  signed: 'signature',
  'submitted-for-ratification': 'submission for ratification',
  'approved-by-legislature': 'approval by the legislature',
  ratified: 'ratification',
  'instruments-exchanged': 'exchange of instruments',
  'entered-into-force': 'entry into force',
  'provisionally-applied': 'provisional application',
  amended: 'amendment',
  extended: 'extension',
  suspended: 'suspension',
  terminated: 'termination',
  denounced: 'denunciation',
  expired: 'expiry',
};

/** Two dates disagree only when both are given to the day or month and differ there. */
const differentDates = (a: string, b: string) => !compatibleDates(a, b);

export function recordConflicts(record: Pick<DossierRecord, 'evidence' | 'agreement'>, ctx: ResolveContext): Conflict[] {
  const out: Conflict[] = [];
  const signedYear = record.agreement.signed.date?.slice(0, 4);
  const dates = (record.evidence?.signedDate ?? []).filter((v) => !signedYear || v.value.slice(0, 4) === signedYear);
  const slots: [Conflict['slot'], string, Vote[], (a: string, b: string) => boolean][] = [
    ['date', 'the signing date', dates, (a, b) => !differentDates(a, b)],
    ['place', 'the signing place', record.evidence?.signedPlace ?? [], sameName],
    ['article_count', 'the number of articles', record.evidence?.articleCount ?? [], (a, b) => a === b],
  ];
  for (const [slot, about, votes, same] of slots) {
    const values = distinctValues(votes.flatMap((v) => v.docs.map((doc) => ({ value: v.value, doc, claim: null }))), same).map((v) => withClaims(v, votes, same));
    if (values.length > 1) out.push(settle(slot, about, values, ctx));
  }
  return out;
}

/** The claims behind a value, from the votes that gave it. */
function withClaims(v: ConflictValue, votes: Vote[], same: (a: string, b: string) => boolean): ConflictValue {
  const claims = new Set<string>();
  for (const x of votes) if (same(x.value, v.value)) for (const c of x.claims) claims.add(c);
  return { ...v, claims: [...claims] };
}

export function eventConflicts(events: MergedEvent[], ctx: ResolveContext): Conflict[] {
  const out: Conflict[] = [];
  for (const { event, observations } of events) {
    if (event.step === 'signed') continue; // the record's evidence covers the signature
    const who = [event.party, event.body].filter(Boolean).join(', ');
    const label = `${STEP_NOUN[event.step]}${who ? ` (${who})` : ''}`;
    const dated = observations.filter((o) => o.date && o.date.length >= 7).map((o) => ({ value: o.date!, doc: o.doc, claim: o.claim }));
    const dateValues = distinctValues(dated, (a, b) => !differentDates(a, b));
    if (dateValues.length > 1) out.push(settle('date', `the date of the ${label}`, dateValues, ctx));
    const placed = observations.filter((o) => o.place).map((o) => ({ value: o.place!, doc: o.doc, claim: o.claim }));
    const placeValues = distinctValues(placed, sameName);
    if (placeValues.length > 1) out.push(settle('place', `the place of the ${label}`, placeValues, ctx));
  }
  return out;
}
