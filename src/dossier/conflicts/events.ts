// Dates, places and counts sources disagree on: the signature (the record step's evidence), every other
// lifecycle event (the observations merged into it), and the article count. Values are compared as what they
// are (./values): one place in two languages, one date at two precisions, one number in two numerals are one
// value. A date in another year is taken to be another instrument's or another round's, not a misstatement.
import type { Claim, Conflict, LifecycleStep } from '../../types.ts';
import type { MergedEvent } from '../lifecycle/merge.ts';
import type { Observation } from '../lifecycle/types.ts';
import type { DossierRecord, Vote } from '../record/types.ts';
import { distinctValues, settle, type ResolveContext, type Statement } from './resolve.ts';
import { dateValues, numberValue, placeValues } from './values/index.ts';

const STEP_NOUN: Partial<Record<LifecycleStep, string>> & Record<string, string> = {
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

/** A date stated at least to the month: a year alone says too little to disagree about a step. */
const MIN_DATE_LENGTH = 7;

/** How a claim's date was found when it was not written but taken from the publication date ("has ratified"):
 *  our inference, not the source's statement, so never a misstatement. */
const INFERRED_DATE = new Set(['published']);

/** A value as a document gives it; `yearWritten` false when the source did not write the year (we resolved it). */
type Raw = { value: string; doc: string; claim: string | null; yearWritten?: boolean };

/** Years apart beyond which two dates of one step are two instruments' (a treaty of 2001 and this one), not a
 *  misdated event (an adoption in December taken for the signature the next April). */
const MAX_YEARS_APART = 1;

/**
 * Statements of dates, each keyed by the precise date it supports. The year is the one given (`year`: the
 * event's, else the one most documents give); a date more than a year away is another instrument's; a date
 * whose year the source did not write agrees with the same day in that year, and with nothing else. Dates
 * supporting no single precise date are left out.
 */
export function dateStatements(raw: Raw[], year?: string | null): Statement[] {
  const consensus = year ?? mostGiven(raw.map((r) => ({ key: r.value.slice(0, 4), doc: r.doc })));
  const inYear = new Set(raw.filter((r) => !consensus || r.value.startsWith(consensus)).map((r) => r.value));
  const kept: Raw[] = [];
  for (const r of raw) {
    const y = r.value.slice(0, 4);
    if (!consensus || y === consensus) kept.push(r);
    else if (r.yearWritten === false) {
      const sameDay = `${consensus}${r.value.slice(4)}`;
      if (r.value.length > MIN_DATE_LENGTH && inYear.has(sameDay)) kept.push({ ...r, value: sameDay });
    } else if (Math.abs(Number(y) - Number(consensus)) <= MAX_YEARS_APART) kept.push(r);
  }
  const keys = dateValues(kept.map((r) => r.value));
  return kept.flatMap((r, i) => (keys[i] ? [{ value: keys[i]!, doc: r.doc, claim: r.claim, key: keys[i]! }] : []));
}

/** The key most documents give (the first on a tie). */
function mostGiven(items: { key: string; doc: string }[]): string | null {
  const docs = new Map<string, Set<string>>();
  for (const { key, doc } of items) (docs.get(key) ?? docs.set(key, new Set()).get(key)!).add(doc);
  return [...docs].sort((a, b) => b[1].size - a[1].size)[0]?.[0] ?? null;
}

/** Whether the claims a document gives a date in write its year; undefined when none is at hand. */
function yearWritten(date: string, claimIds: string[], claims?: Map<string, Claim>): boolean | undefined {
  const texts = claimIds.map((id) => claims?.get(id)?.text).filter((t): t is string => t !== undefined);
  return texts.length ? texts.some((t) => t.includes(date.slice(0, 4))) : undefined;
}

/** Statements of places, grouped by the place they name; names that may be a spelling of another left out. */
export function placeStatements(raw: Raw[], ctx: ResolveContext): Statement[] {
  const values = placeValues(raw.map((r) => ({ value: r.value, language: ctx.languageOf?.(r.doc) ?? null })));
  return raw.flatMap((r, i) => (values[i] ? [{ ...r, value: values[i]!.display, key: values[i]!.key }] : []));
}

/** Statements of counts, keyed by their number. */
export function countStatements(raw: Raw[]): Statement[] {
  return raw.flatMap((r) => {
    const n = numberValue(r.value);
    return n === null ? [] : [{ ...r, value: String(n), key: String(n) }];
  });
}

/** One statement per claim of each vote (per document where the vote's claims are not at hand). */
function fromVotes(votes: Vote[], claims?: Map<string, Claim>): Raw[] {
  return votes.flatMap((v) => {
    const out: Raw[] = [];
    const stated = new Set<string>();
    for (const id of v.claims) {
      const doc = claims?.get(id)?.doc;
      if (!doc) continue;
      stated.add(doc);
      out.push({ value: v.value, doc, claim: id, yearWritten: yearWritten(v.value, [id], claims) });
    }
    for (const doc of v.docs) if (!stated.has(doc)) out.push({ value: v.value, doc, claim: null });
    return out;
  });
}

/** `signing`: the lifecycle's observations of the signature, read from the verb and its date. */
export function recordConflicts(record: Pick<DossierRecord, 'evidence' | 'agreement'>, ctx: ResolveContext, claims?: Map<string, Claim>, signing: Observation[] = []): Conflict[] {
  const out: Conflict[] = [];
  const evidence = record.evidence;
  const dates = evidence?.signedDate ?? [];
  const dateRaw = asTheSigningVerbSays(fromVotes(dates, claims), signing, claims);
  const slots: [Conflict['slot'], string, Statement[]][] = [
    ['date', 'the signing date', dateStatements(dateRaw, record.agreement.signed.date?.slice(0, 4))],
    ['place', 'the signing place', placeStatements(fromVotes(evidence?.signedPlace ?? [], claims), ctx)],
    ['article_count', 'the number of articles', countStatements(fromVotes(evidence?.articleCount ?? [], claims))],
  ];
  for (const [slot, about, statements] of slots) {
    const values = distinctValues(statements);
    if (values.length > 1) out.push(settle(slot, about, values, ctx));
  }
  return out;
}

/**
 * The signing dates a document gives, where the lifecycle read its signature from a verb: the record's values
 * that agree with that reading, else the reading's own. The record also takes dates near any word of signing
 * ("open for signature until April 21", "flies to Israel to sign agreements on visas"); a document whose
 * signature the lifecycle did not read keeps the record's values.
 */
function asTheSigningVerbSays(raw: Raw[], signing: Observation[], claims?: Map<string, Claim>): Raw[] {
  const read = new Map<string, Observation[]>();
  for (const o of signing) if (o.date && o.date.length >= MIN_DATE_LENGTH) (read.get(o.doc) ?? read.set(o.doc, []).get(o.doc)!).push(o);
  const byDoc = new Map<string, Raw[]>();
  for (const r of raw) (byDoc.get(r.doc) ?? byDoc.set(r.doc, []).get(r.doc)!).push(r);
  const out: Raw[] = [];
  for (const [doc, given] of byDoc) {
    const verb = read.get(doc);
    if (!verb) {
      out.push(...given);
      continue;
    }
    const agreeing = given.filter((r) => verb.some((o) => o.date!.startsWith(r.value) || r.value.startsWith(o.date!)));
    out.push(...(agreeing.length ? agreeing : verb.map((o) => ({ value: o.date!, doc, claim: o.claim, yearWritten: yearWritten(o.date!, [o.claim], claims) }))));
  }
  return out;
}

export function eventConflicts(given: MergedEvent[], ctx: ResolveContext, claims?: Map<string, Claim>): Conflict[] {
  const out: Conflict[] = [];
  const events = withGenericBodiesJoined(given, claims);
  for (const merged of events) {
    const { event, observations } = merged;
    if (event.step === 'signed') continue; // the record's evidence covers the signature
    const who = [event.party, event.body].filter(Boolean).join(', ');
    const label = `${STEP_NOUN[event.step] ?? event.step}${who ? ` (${who})` : ''}`;
    const dated = datedObservations(merged, events, claims);
    const dateValuesGiven = distinctValues(dateStatements(dated, event.date?.slice(0, 4)));
    if (dateValuesGiven.length > 1) out.push(settle('date', `the date of the ${label}`, dateValuesGiven, ctx));
    const placed = observations.filter((o) => o.place).map((o) => ({ value: o.place!, doc: o.doc, claim: o.claim }));
    const placeValuesGiven = distinctValues(placeStatements(placed, ctx));
    if (placeValuesGiven.length > 1) out.push(settle('place', `the place of the ${label}`, placeValuesGiven, ctx));
  }
  return out;
}

/**
 * The dates an event's observations give, without those that are not a source's statement of this event:
 * dates inferred from a publication date, and a date that is another event's when no other source gives it
 * for this one, or a month that holds it ("North Korea ratified on November 12, days after Putin signed the
 * law on November 9": the 9th is the other ratification's; "parliament approved it on 6 November" merged with
 * the lower house's vote is the upper house's day; "the treaty signed in June was ratified on the 11th").
 */
function datedObservations(merged: MergedEvent, events: MergedEvent[], claims?: Map<string, Claim>): Raw[] {
  const dated = merged.observations.filter((o) => o.date && o.date.length >= MIN_DATE_LENGTH && !inferred(o, claims));
  const otherDates = events.filter((e) => e !== merged && e.event.date && e.event.date.length >= 10).map((e) => e.event.date!);
  const docsOf = new Map<string, Set<string>>();
  for (const o of dated) (docsOf.get(o.date!) ?? docsOf.set(o.date!, new Set()).get(o.date!)!).add(o.doc);
  const anotherEvents = (date: string) => otherDates.some((d) => d.startsWith(date));
  const given = [...docsOf.keys()];
  // Whether another observation gives a date that disagrees with this one.
  const givesAnother = (o: Observation) => given.some((d) => !d.startsWith(o.date!) && !o.date!.startsWith(d));
  return dated
    .filter((o) => !(anotherEvents(o.date!) && docsOf.get(o.date!)!.size === 1 && givesAnother(o)))
    .map((o) => ({ value: o.date!, doc: o.doc, claim: o.claim, yearWritten: yearWritten(o.date!, [o.claim], claims) }));
}

/** True when the claim's reading took the observation's date from the publication date. */
function inferred(o: Observation, claims?: Map<string, Claim>): boolean {
  const events = claims?.get(o.claim)?.events;
  if (!events) return false;
  return events.some((e) => e.step === o.step && e.date === o.date && !!e.date_from && INFERRED_DATE.has(e.date_from));
}

/** Names that call any state's legislature by its kind ("el Parlamento israelí"), as the reading step gives them. */
const GENERIC_LEGISLATURES = new Set(['Parliament', 'Legislature']);

/**
 * A party's step told of "the parliament" is its legislature's when the pile names one legislature for that
 * step and it is the whole legislature, not a chamber (the Knesset; not the Senate, which leaves the other
 * chamber's vote possible): the two are one event, and their dates are compared.
 */
function withGenericBodiesJoined(events: MergedEvent[], claims?: Map<string, Claim>): MergedEvent[] {
  if (!claims) return events;
  const generic = events.filter((e) => e.event.body && GENERIC_LEGISLATURES.has(e.event.body));
  if (!generic.length) return events;
  const joined = new Map<MergedEvent, Observation[]>();
  const gone = new Set<MergedEvent>();
  for (const g of generic) {
    const named = events.filter((e) => e !== g && e.event.step === g.event.step && e.event.party === g.event.party && e.event.body && !GENERIC_LEGISLATURES.has(e.event.body));
    if (named.length !== 1 || roleOf(named[0], claims) !== 'legislature') continue;
    joined.set(named[0], [...(joined.get(named[0]) ?? named[0].observations), ...g.observations]);
    gone.add(g);
  }
  return events.filter((e) => !gone.has(e)).map((e) => (joined.has(e) ? { event: e.event, observations: joined.get(e)! } : e));
}

/** The role of the body that took the step, as the claims that name it give it. */
function roleOf(e: MergedEvent, claims: Map<string, Claim>): string | null {
  for (const o of e.observations) {
    const body = claims.get(o.claim)?.bodies.find((b) => b.name === e.event.body);
    if (body) return body.role;
  }
  return null;
}
