// Dates, places and counts sources disagree on: the signature (the record step's evidence, as the signing verb
// gives it), every other lifecycle event (the observations merged into it), and the article count. Values are
// compared as what they are (./statements, ./values): one place in two languages, one date at two precisions,
// one number in two numerals are one value; another event's date is not a misstatement of this one.
import type { Claim, Conflict, LifecycleStep } from '../../types.ts';
import type { MergedEvent } from '../lifecycle/merge.ts';
import type { Observation } from '../lifecycle/types.ts';
import { signsTheAgreement } from '../record/signing.ts';
import type { DossierRecord } from '../record/types.ts';
import { withStatelessChambersJoined, withStepsByBody } from './chambers.ts';
import { writtenDay } from './dateline.ts';
import { distinctValues, type ResolveContext, type Statement, settle } from './resolve.ts';
import { countStatements, dateStatements, fromVotes, MIN_DATE_LENGTH, placeStatements, type Raw, yearWritten } from './statements.ts';
import { compatibleDates } from './values/index.ts';

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

/** How a claim's date was found when it was not written but taken from the publication date ("has ratified"):
 *  our inference, not the source's statement, so never a misstatement. */
const INFERRED_DATE = new Set(['published']);

/** `signing`: the lifecycle's observations of the signature, read from the verb and its date; `bySomeState`:
 *  claims of a state's own signature (stateSignatures). */
export function recordConflicts(
  record: Pick<DossierRecord, 'evidence' | 'agreement'>,
  ctx: ResolveContext,
  claims?: Map<string, Claim>,
  signing: Observation[] = [],
  bySomeState: Set<string> = new Set(),
): Conflict[] {
  const out: Conflict[] = [];
  const evidence = record.evidence;
  const dates = evidence?.signedDate ?? [];
  const given = asTheSigningVerbSays(asWritten(fromVotes(dates, claims), ctx, claims), signing, ctx, claims);
  const agreements = (raw: Raw[]) => (record.agreement.multilateral ? raw.filter((r) => !r.claim || !bySomeState.has(r.claim)) : raw);
  const dateRaw = agreements(given);
  const slots: [Conflict['slot'], string, Statement[]][] = [
    ['date', 'the signing date', dateStatements(dateRaw, record.agreement.signed.date?.slice(0, 4))],
    [
      'place',
      'the signing place',
      placeStatements(agreements(withPlacesRead(fromVotes(evidence?.signedPlace ?? [], claims), signing, record.agreement.signed.date, claims)), ctx),
    ],
    ['article_count', 'the number of articles', countStatements(fromVotes(evidence?.articleCount ?? [], claims))],
  ];
  for (const [slot, about, statements] of slots) {
    const values = distinctValues(statements);
    if (values.length > 1) out.push(settle(slot, about, values, ctx));
  }
  return out;
}

/** The claims of a state's own signature ("Bolivia signed the convention at UN headquarters on 2 March 2036"),
 *  which the lifecycle told apart from the agreement's: in a multilateral agreement that is the state's step, not
 *  a date or a place of the agreement's signature. */
/** The agreement's own signature among the lifecycle's events: the one no single state took, else the first. */
export const agreementSigning = (events: MergedEvent[]) =>
  events.find((e) => e.event.step === 'signed' && !e.event.party) ?? events.find((e) => e.event.step === 'signed');

export function stateSignatures(events: MergedEvent[]): Set<string> {
  const signed = events.filter((e) => e.event.step === 'signed');
  if (!signed.some((e) => !e.event.party)) return new Set();
  return new Set(signed.filter((e) => e.event.party).flatMap((e) => e.observations.map((o) => o.claim)));
}

/** The record's signing places, and the places the reading gave the signature in documents the record has none
 *  for (a place in a script without capitals, "وقّع … في كيلبرايد", or after an adjective, "im schottischen
 *  Dunmore"). */
function withPlacesRead(raw: Raw[], signing: Observation[], signed: string | null, claims?: Map<string, Claim>): Raw[] {
  const placed = new Set(raw.map((r) => r.doc));
  const read = signing
    .filter((o) => o.place && !placed.has(o.doc) && compatibleDates(o.date ?? null, signed))
    // Only where the record takes the verb to sign the agreement (not a communiqué signed on the side).
    .filter((o) => signsTheAgreement(claims?.get(o.claim)?.text ?? ''))
    .map((o) => ({ value: o.place!, doc: o.doc, claim: o.claim }));
  return read.length ? [...raw, ...read] : raw;
}

/** The record's values as their claims write them, not as their datelines date them (see ./dateline.ts). */
function asWritten(raw: Raw[], ctx: ResolveContext, claims?: Map<string, Claim>): Raw[] {
  return raw.flatMap((r) => {
    if (!r.claim) return [r];
    const day = writtenDay(r.value, claims?.get(r.claim), ctx.languageOf?.(r.doc) ?? null);
    return day === null ? [] : [{ ...r, value: day }];
  });
}

/**
 * The signing dates a document gives, where the lifecycle read its signature from a verb: the record's values
 * that agree with that reading, else the reading's own. The record also takes dates near any word of signing
 * ("open for signature until April 21", "flies to Israel to sign agreements on visas"); a document whose
 * signature the lifecycle did not read keeps the record's values, and one whose date only the lifecycle read
 * (a date in words: "في الأول من ديسمبر") gives that.
 */
function asTheSigningVerbSays(raw: Raw[], signing: Observation[], ctx: ResolveContext, claims?: Map<string, Claim>): Raw[] {
  const read = new Map<string, Observation[]>();
  /** Days a document's signing verb has only from its dateline: the record's votes for them are no statement. */
  const reportsDay = new Set<string>();
  for (const o of signing) {
    if (!o.date || o.date.length < MIN_DATE_LENGTH || inferred(o, claims)) continue;
    const date = writtenDay(o.date, claims?.get(o.claim), ctx.languageOf?.(o.doc) ?? null);
    if (date) (read.get(o.doc) ?? read.set(o.doc, []).get(o.doc)!).push({ ...o, date });
    else reportsDay.add(`${o.doc}|${o.date}`);
  }
  const byDoc = new Map<string, Raw[]>();
  for (const r of raw) if (!reportsDay.has(`${r.doc}|${r.value}`)) (byDoc.get(r.doc) ?? byDoc.set(r.doc, []).get(r.doc)!).push(r);
  for (const doc of read.keys()) if (!byDoc.has(doc)) byDoc.set(doc, []);
  const out: Raw[] = [];
  for (const [doc, given] of byDoc) {
    const verb = read.get(doc);
    if (!verb) {
      out.push(...given);
      continue;
    }
    const agreeing = given.filter((r) => verb.some((o) => o.date!.startsWith(r.value) || r.value.startsWith(o.date!)));
    out.push(
      ...(agreeing.length ? agreeing : verb.map((o) => ({ value: o.date!, doc, claim: o.claim, yearWritten: yearWritten(o.date!, [o.claim], claims) }))),
    );
  }
  return out;
}

/** `leftOut`: ids of claims about other instruments. */
export function eventConflicts(given: MergedEvent[], ctx: ResolveContext, claims?: Map<string, Claim>, leftOut: Set<string> = new Set()): Conflict[] {
  const out: Conflict[] = [];
  const events = withStepsByBody(withStatelessChambersJoined(withGenericBodiesJoined(given, claims)), claims, leftOut);
  for (const merged of events) {
    const { event, observations } = merged;
    if (event.step === 'signed') continue; // the record's evidence covers the signature
    const who = [event.party, event.body].filter(Boolean).join(', ');
    const label = `${STEP_NOUN[event.step] ?? event.step}${event.of ? ' of the protocol' : ''}${who ? ` (${who})` : ''}`;
    const dated = notTheReportsDay(datedObservations(merged, events, claims, ctx), ctx);
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
function datedObservations(merged: MergedEvent, events: MergedEvent[], claims: Map<string, Claim> | undefined, ctx: ResolveContext): Raw[] {
  const dated = merged.observations
    .filter((o) => o.date && o.date.length >= MIN_DATE_LENGTH && !inferred(o, claims))
    .map((o) => ({ ...o, date: writtenDay(o.date!, claims?.get(o.claim), ctx.languageOf?.(o.doc) ?? null) }))
    .filter((o) => o.date !== null);
  const others = events.filter((e) => e !== merged && e.event.date && e.event.date.length >= 10);
  const docsOf = new Map<string, Set<string>>();
  for (const o of dated) (docsOf.get(o.date!) ?? docsOf.set(o.date!, new Set()).get(o.date!)!).add(o.doc);
  // Another event on that day, unless the claim gives this step that day to another state too: a list of
  // states the step was taken for on one day ("entró en vigor este sábado para Uruguay, Paraguay y Bolivia"),
  // when the claim gives this event no other day, states the day for each of them.
  const inAList = (o: Observation) => others.some((e) => listed(e, o)) && !dated.some((x) => x.claim === o.claim && x.date !== o.date);
  // The day the lifecycle gives this event is its own, whatever other event falls on it. Another event's day is
  // taken for a slip of the reading only where the claim gives more than one day or its report tells that event:
  // a timeline line dating the Senate's vote a day late is a misstatement, even if the president ratified that day.
  const couldBeAnothers = (o: Observation) => {
    const claim = claims?.get(o.claim);
    return !claim || claim.dates.length > 1 || others.some((e) => e.observations.some((x) => x.doc === o.doc && x.date === o.date));
  };
  const anotherEvents = (o: Observation) =>
    o.date !== merged.event.date && !inAList(o) && others.some((e) => e.event.date!.startsWith(o.date!)) && couldBeAnothers(o);
  const given = [...docsOf.keys()];
  // Whether another observation gives a date that disagrees with this one.
  const givesAnother = (o: Observation) => given.some((d) => !d.startsWith(o.date!) && !o.date!.startsWith(d));
  return dated
    .filter((o) => !(anotherEvents(o) && docsOf.get(o.date!)!.size === 1 && givesAnother(o)))
    .map((o) => ({ value: o.date!, doc: o.doc, claim: o.claim, yearWritten: yearWritten(o.date!, [o.claim], claims) }));
}

/** Whether the claim of an observation gives the other event's step on the same day for its party too. */
const listed = (other: MergedEvent, o: Observation) => other.event.step === o.step && other.observations.some((x) => x.claim === o.claim && x.date === o.date);

/** A source that gives an event two days, one of them the day it was published, tells of the event on the
 *  other: its publication day came from its dateline or "today" ("Séoul, 12 novembre – La Corée du Nord a
 *  ratifié …, par décret signé le 11 novembre"). */
function notTheReportsDay(dated: Raw[], ctx: ResolveContext): Raw[] {
  const days = new Map<string, Set<string>>();
  for (const r of dated) (days.get(r.doc) ?? days.set(r.doc, new Set()).get(r.doc)!).add(r.value);
  return dated.filter((r) => !(days.get(r.doc)!.size > 1 && r.value === ctx.publishedOf?.(r.doc)));
}

/** True when the claim's reading took the observation's date from the publication date, and the claim does
 *  not write that day itself (a feed item that writes the day states it, whatever the reading took). */
function inferred(o: Observation, claims?: Map<string, Claim>): boolean {
  const claim = claims?.get(o.claim);
  if (!claim?.events) return false;
  const fromPublication = claim.events.some((e) => e.step === o.step && e.date === o.date && !!e.date_from && INFERRED_DATE.has(e.date_from));
  return fromPublication && !claim.dates.some((d) => d.value === o.date);
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
    const named = events.filter(
      (e) => e !== g && e.event.step === g.event.step && e.event.party === g.event.party && e.event.body && !GENERIC_LEGISLATURES.has(e.event.body),
    );
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
