// One claim → the lifecycle steps it tells of: the verb cues of its language (en.ts, ru.ts, … composed in
// languages.ts), then for each verb its date (dating.ts), its actor and party, its place, bill reference or
// condition.
import type { ClaimEvent, DateMention, LifecycleStep } from '../../types.ts';
import { type Actor, actorsOf } from './actors.ts';
import type { Anchor } from './anchors.ts';
import { type Dated, dateVerbs } from './dating.ts';
import { billRef, conditionOf, placeAfter } from './details.ts';
import { gappedApprovals } from './gapping.ts';
import { perStateDates } from './lists.ts';
import { agentStates, entryStates, PER_PARTY, partyOfStep, signerOf, subjectStates } from './party.ts';
import { agentBefore } from './people.ts';
import { referenceDay, yearlessDates } from './reference.ts';
import { rx } from './regex.ts';
import { publicationRelativeDates } from './relative.ts';
import { sentenceWords } from './sentence.ts';
import { inStoryYear } from './story-year.ts';
import { isFieldLine, narrativeOpening, timelineLead } from './timeline.ts';
import type { EventClaim, EventDocument } from './types.ts';

/** Actors named after the verb ("approved by the Senate") count within this distance. */
const ACTOR_AFTER = 60;
/** Every step but the signature must be about an agreement, its ratification bill, its text, one of its
 *  articles or "it" (the language's `words.agreement`): "the parliament adopted a resolution on tariffs", "new
 *  sanctions took effect" are no steps of this treaty; a signature only adds its claim to the record's. A
 *  timeline line is about the agreement its factbox is about. */
/** How far after the verb the agreement must be named (its object), and how far before it (its subject, which
 *  a full title lengthens: "The treaty between A and B on the sharing of the waters of the X River entered …"). */
const OBJECT_REACH = 80;
/** How far after an approval the law it approves may say it takes the state out. */
const EXIT_REACH = 50;
/** How far around a step its object may say it revokes the ratification ("billigte am Mittwoch das Gesetz,
 *  mit dem das Land seine Ratifizierung … zurücknimmt"), within its sentence. */
const REVOKE_BEFORE = 40;
const REVOKE_AFTER = 160;
/** Steps by which a state consents to be bound: told of a revocation, they are its undoing. */
const CONSENTING = new Set<LifecycleStep>(['signed', 'submitted-for-ratification', 'approved-by-legislature', 'ratified']);
const SUBJECT_REACH = 140;

/** Whether a step's words around it tell of revoking a ratification ("signed the law revoking ratification",
 *  "votes to revoke its ratification", "backs the revocation"): no consent given, one taken back. */
function revokes(a: Anchor, text: string): boolean {
  const before = text.slice(Math.max(0, a.start - REVOKE_BEFORE), a.start);
  const after = text.slice(a.start, a.end + REVOKE_AFTER);
  const sentence = `${before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1)}${after.split(/[.;](?:\s|$)/u)[0]}`;
  return a.rules.words.revoke.test(sentence);
}

/** Whether an entry into force's subject is an amendment ("An amendment to the Annex … entered into force"). */
function amendmentSubject(a: Anchor, i: number, anchors: Anchor[], text: string): boolean {
  const clause = text.slice(i > 0 ? anchors[i - 1].end : 0, a.start);
  const subject = clause.slice(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1);
  return a.rules.words.amendment.test(subject);
}

/** Steps a lodged instrument or a tabled text may be read as. */
const LODGED = new Set<LifecycleStep>(['submitted-for-ratification', 'ratified']);
/** How far after the verb the instrument's complement names what it does ("its instrument of withdrawal"). */
const COMPLEMENT_REACH = 40;
/** Words that name an instrument as one of consent: without them, "deposited their instruments" is as the
 *  sentence around it says. */
const CONSENT_WORDS = /ratif|ратиф|accession|adhesi|adhési|beitritt|присоедин|acceptance|approval/iu;
/** An instrument of withdrawal lodged ("deposited its instrument of withdrawal", "a déposé son instrument de
 *  retrait", "сдала документ о выходе"), or an unnamed one in a sentence about withdrawing ("deposited their
 *  instruments on 27 June, so their withdrawals take effect …"): no ratification, no bill tabled. */
function lodgesExit(a: Anchor, text: string): boolean {
  const exit = a.rules.words.exit;
  const complement = text.slice(a.end, a.end + COMPLEMENT_REACH).split(/[,;:]|[.!?](?:\s|$)/u)[0];
  if (exit.test(`${a.text} ${complement}`)) return true;
  if (!/:deposit/.test(a.cue) || CONSENT_WORDS.test(a.text + complement)) return false;
  const sentence = text.slice(a.end).split(/[.!?](?:\s|$)/u)[0];
  return exit.test(sentence);
}

/** A committee's vote is a step inside the legislature, not its approval ("the Senate Foreign Relations
 *  Committee approved the treaty", "комитет ВНСТ по иностранным делам одобрил документ"): the committee is the
 *  subject in the verb's clause. */
const COMMITTEE = /(?<![\p{L}])(?:committee|commission|comit[ée]|ausschuss\p{L}*|\p{L}*ausschuss|комитет\p{L}*|комисси\p{L}*|comisi[óo]n|لجنة)(?![\p{L}])/iu;
const COMMITTEE_REACH = 60;
function byCommittee(a: Anchor, text: string): boolean {
  const before = text.slice(Math.max(0, a.start - COMMITTEE_REACH), a.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(':')) + 1);
  return COMMITTEE.test(clause);
}

/** Whether the only words near a step that name what it is about are a law's ("dem Gesetz zugestimmt", "aprobó
 *  la ley"): no treaty named. */
function ofTheLawOnly(a: Anchor, text: string, agreementWords: { start: number; end: number }[]): boolean {
  const near = agreementWords.filter((w) => w.end > a.start - SUBJECT_REACH && w.start < a.end + OBJECT_REACH);
  const law = a.rules.words.law;
  return (
    near.length > 0 &&
    near.every((w) => {
      law.lastIndex = 0;
      return law.test(text.slice(w.start, w.end));
    })
  );
}

/** Documents that told of revoking a ratification, in a claim read so far. */
const REVOKING = new WeakMap<EventDocument, boolean>();

/** The steps a claim tells of, read in its document (its language, publication date, kind and body). */
export function readEvents(claim: EventClaim, doc: EventDocument): ClaimEvent[] {
  const heading = claim.kind === 'heading' || claim.unit === 'heading';
  const lead = timelineLead(claim);
  const text = claim.text;
  const narrative = lead || heading ? null : narrativeOpening(claim);
  const words = sentenceWords(text, doc.language, { heading, timeline: !!lead, narrative: narrative?.end });
  const story = STORY.get(doc) ?? false;
  STORY.set(doc, false);
  if (!words) return [];
  const { anchors: found, offsets, dayWords, hedged, agreementWords } = words;
  // A document that told of revoking a ratification: "the law" its later claims approve or sign is that one.
  const revoking = REVOKING.get(doc) ?? false;
  if (found.some((a) => a.rules.words.revoke.test(text))) REVOKING.set(doc, true);
  const guards = found[0].rules.guards;
  // An offset between events is read from its words, not as the date the reading stage made of it ("a week
  // after"); "a day ago" is a date it resolved against the publication date. A timeline's lead is apart.
  const between = offsets.filter((o) => o.relation !== 'ago');
  const reference = referenceDay(doc);
  const given = reference ? (claim.dates ?? []) : [...(claim.dates ?? []), ...yearlessDates(text, doc.language, claim.dates ?? [])];
  const dateline = datelineEnd(text);
  const own = inStoryYear(given, text, LAST_DATED.get(doc) ?? null, guards.weekdays).filter(
    (d) => !between.some((o) => o.start < d.end && d.start < o.end) && !(lead && d.start < lead.end) && d.start >= dateline,
  );
  const mentions = [...own, ...publicationRelativeDates(dayWords, reference, claim.dates ?? [])];
  const actors = actorsOf(claim, words.generic);
  const gapped = gappedApprovals(
    text,
    found.filter((a) => !a.dated),
    actors,
    own,
  );
  const anchors = [...found.filter((a) => !gapped.replaced.has(a) && !a.dated), ...gapped.added, ...nominal(text, found, actors, own)].sort(
    (a, b) => a.start - b.start,
  );
  const dates = dateVerbs(text, anchors, mentions, offsets, lead, doc.published, guards, LAST_DATED.get(doc) ?? null);
  // A timeline line (or a narrative opening) dated after its report's publication is a schedule, not a record.
  const scheduled = !!doc.published && [lead?.date, narrative?.date].some((d) => !!d && d > doc.published!);
  const field = !lead && isFieldLine(claim);

  const out: ClaimEvent[] = [];
  // The step a "followed" takes: the claim's last step told as done, else the previous claim's.
  let previous = story ? (LAST_STEP.get(doc) ?? null) : null;
  anchors.forEach((a, i) => {
    const actor = a.actor ?? actorFor(a, i, anchors, actors, text);
    const resolved = a.step === 'follow' ? followed(previous, a, i > 0 ? anchors[i - 1].end : 0, actor, claim) : resolveStep(a, actor);
    const step = resolved === 'entered-into-force' && amendmentSubject(a, i, anchors, text) ? 'amended' : resolved;
    if (!step) return;
    // Several legislatures each with its date in one verb bracket are the ratification votes of a treaty; a step
    // dated from the document's previous one ("La veille, le Parlement …") goes on with its story.
    const aboutAgreement =
      a.step === 'follow' ||
      !!a.ownPart ||
      !!lead ||
      field ||
      !!a.gapped ||
      !!dates.get(a)?.continues ||
      agreementWords.some((w) => w.end > a.start - SUBJECT_REACH && w.start < a.end + OBJECT_REACH) ||
      // A legislature's vote told with no object, right after a step of the agreement ("The pact was signed in
      // Manila on 8 July. The Senate gave its assent on 17 December."): the story goes on.
      (story && actor?.role === 'legislature' && NO_OBJECT.test(text.slice(a.end, a.end + NO_OBJECT_REACH))) ||
      // A treaty's own renewal told on, with no object ("… Se renovó de forma automática en 2009").
      (story && step === 'extended' && (NO_OBJECT.test(text.slice(a.end, a.end + NO_OBJECT_REACH)) || AUTOMATICALLY.test(text.slice(a.end))));
    if (step !== 'signed' && a.kind === 'event' && !aboutAgreement) return;
    // A vote on the law that takes the state out of the treaty ("approved the law on withdrawal") approves no treaty.
    if (step === 'approved-by-legislature' && a.rules.words.exit.test(text.slice(a.start, a.end + EXIT_REACH))) return;
    if (CONSENTING.has(step) && (revokes(a, text) || (revoking && ofTheLawOnly(a, text, agreementWords)))) return;
    if (LODGED.has(step) && lodgesExit(a, text)) return;
    if (step === 'approved-by-legislature' && byCommittee(a, text)) return;
    const expected = a.kind === 'expect' || scheduled;
    const date = expected ? null : inThePast(dates.get(a) ?? perfectDate(a, text, doc), doc.published);
    // A noun's event dated after its report is one ahead ("ahead of its entry into force on 17 January").
    if (a.dated && !expected && (!date || (!!doc.published && date.value > doc.published))) return;
    out.push(eventOf(a, i, step, actor, expected, hedged, date, claim, doc, anchors, actors));
    if (!expected) previous = step;
  });
  const last = out.filter((e) => e.status !== 'expected' && e.date?.length === 10).at(-1);
  if (last) LAST_DATED.set(doc, last.date);
  LAST_STEP.set(doc, previous);
  STORY.set(
    doc,
    out.some((e) => e.status !== 'expected'),
  );
  return inheritParty(perStateDates(out, text, claim.party_mentions ?? [], mentions).flatMap((e) => perSubjectState(e, claim)));
}

/** The date of each document's last dated event so far: "the day before", "a week later" in the next sentence
 *  count from it (a document's claims are read in order). */
const LAST_DATED = new WeakMap<EventDocument, string | null>();
/** Whether the document's last claim told of a step of the agreement that happened. */
const STORY = new WeakMap<EventDocument, boolean>();
/** The step the document told of last (what a "followed" in the next claim takes). */
const LAST_STEP = new WeakMap<EventDocument, LifecycleStep | null>();
/** How far after "followed" its subject may be named (inverted order: "Am 20. Juni folgte Ungarn"). */
const FOLLOWER_AFTER = 25;

/** The step a "followed" takes: the one told before, when someone named takes it (a state or an actor before
 *  the verb in its clause, or right after it): "Es folgte eine Debatte" follows nobody. */
function followed(previous: LifecycleStep | null, a: Anchor, clause: number, actor: Actor | null, claim: EventClaim): LifecycleStep | null {
  if (!previous) return null;
  const near = (x: { start: number; end: number }) => (x.start >= clause && x.end <= a.start) || (x.start >= a.end && x.start - a.end <= FOLLOWER_AFTER);
  return (actor && near(actor)) || (claim.party_mentions ?? []).some(near) ? previous : null;
}
/** After a verb with no object: its date, its end, or a conjunction ("approved on 17 December", "zugestimmt."). */
const NO_OBJECT = /^\s*(?:[,.;:]|$|(?:(?:dès|desde|seit|as\s+early\s+as)\s+)?(?:on|in|am|im|le|el|en|в|and|und|et|y|и)\s+\d|\d)/u;
const NO_OBJECT_REACH = 12;
/** "renewed automatically", "de forma automática", "automatisch", "tacitement", "автоматически" right after the verb. */
const AUTOMATICALLY =
  /^\s*(?:automatically|automáticamente|de\s+(?:forma|manera)\s+automática|automatisch|automatiquement|tacitement|de\s+plein\s+droit|автоматически)(?![\p{L}])/iu;

/** "The United States and China join …", "ratified by Iceland and Norway", "entered into force for Uruguay and
 *  Paraguay": a step told of several states at once is each one's. */
function perSubjectState(e: ClaimEvent, claim: EventClaim): ClaimEvent[] {
  if (e.status === 'expected') return [e];
  if (e.step === 'entered-into-force') {
    const states = entryStates(claim.text, claim.party_mentions ?? [], e.start, e.end);
    return states.length > 1 ? states.map((party) => ({ ...e, party })) : [e];
  }
  // "Togo and Niger sign the convention": the agreement's signing by its parties, or (multilateral) each state's
  // own signature; the dossier decides, from the states it names.
  if (e.step === 'signed' && !e.party) {
    const signers = subjectStates(claim.text, claim.party_mentions ?? [], 0, e.start);
    return signers.length ? [{ ...e, signers }] : [e];
  }
  if (!PER_PARTY.has(e.step) || e.actors?.some((a) => a.role === 'legislature')) return [e];
  const mentions = claim.party_mentions ?? [];
  const subject = subjectStates(claim.text, mentions, e.clause ?? 0, e.start);
  const states = subject.length ? subject : agentStates(claim.text, mentions, e.end);
  return states.length ? states.map((party) => ({ ...e, party })) : [e];
}

function eventOf(
  a: Anchor,
  i: number,
  step: LifecycleStep,
  actor: Actor | null,
  expected: boolean,
  hedged: boolean,
  date: Dated | { value: string; from: 'published' } | null,
  claim: EventClaim,
  doc: EventDocument,
  anchors: Anchor[],
  actors: Actor[],
): ClaimEvent {
  const text = claim.text;
  const clause = i > 0 ? anchors[i - 1].end : 0;
  const perParty = PER_PARTY.has(step);
  const legislature =
    step === 'submitted-for-ratification'
      ? (actors.find((x) => x.role === 'legislature' && x.start >= a.start) ?? actors.find((x) => x.role === 'legislature') ?? null)
      : null;
  const by = [actor, legislature].filter((x): x is Actor => !!x);
  const agent = perParty && !expected ? agentBefore(text, clause, a.start, claim.bodies ?? [], claim.party_mentions ?? []) : null;
  const party = (perParty || step === 'entered-into-force' || step === 'signed') && !expected ? partyOf(step, text, claim, by, clause, a) : null;
  return {
    step,
    status: expected ? 'expected' : hedged ? 'asserted' : 'done',
    date: date?.value ?? null,
    date_from: date?.from ?? null,
    party,
    body: perParty ? ((legislature ?? actor)?.name ?? null) : null,
    ref: step === 'submitted-for-ratification' && !expected ? billRef(claim, doc.body) : null,
    place:
      (step === 'signed' || step === 'instruments-exchanged') && !expected
        ? placeAfter(text, a.start, anchors[i + 1]?.start ?? text.length, a.rules.guards)
        : null,
    condition: expected ? conditionOf(text, a.start, a.end, a.rules.guards) : null,
    cue: a.cue,
    text: a.text,
    start: a.start,
    end: a.end,
    ...(perParty && by.length
      ? { actors: by.map(({ start, end, name, role, country, house }) => ({ start, end, name, role, country, ...(house ? { house } : {}) })) }
      : {}),
    ...(perParty ? { clause } : {}),
    ...(agent ? { agent } : {}),
    ...(perParty && !expected && !party && bothParties(a, text, clause, anchors[i + 1]?.start ?? text.length) ? { each_party: true } : {}),
  };
}

/** How far after its verb a step's agent may say it was both parties' ("ratification of the text by both countries"). */
const BOTH_AFTER = 50;
/** Whether the verb's subject or agent is both parties at once ("Both countries ratified", "par les deux pays"). */
function bothParties(a: Anchor, text: string, clause: number, next: number): boolean {
  const after = text.slice(a.end, Math.min(next, a.end + BOTH_AFTER)).split(/[,;:]|[.!?](?:\s|$)/u)[0];
  return a.rules.words.bothParties.test(text.slice(clause, a.end) + after);
}

/** Entry into force "for" a state is that state's (see perSubjectState for several); a signature the one
 *  state's that signed; any other step of a party by its actor and clause. */
function partyOf(step: LifecycleStep, text: string, claim: EventClaim, by: Actor[], clause: number, a: Anchor): string | null {
  const mentions = claim.party_mentions ?? [];
  if (step === 'signed') return signerOf(text, mentions, by, clause, a.start, a.end);
  if (step === 'entered-into-force') return entryStates(text, mentions, a.start, a.end)[0] ?? null;
  return partyOfStep(text, mentions, by, clause, a.start, a.end);
}

/** A noun that tells of an event only with its body and date right after it ("le vote de l'Assemblée nationale
 *  le 23 juillet et celui du Sénat le 12 mars"): the anchor spans all three, so the date is its own. A noun of a
 *  step that needs no body ("Kenya's ratification on 3 May", "Entry into force: 16 January 2023") needs only the
 *  date right after it. */
const NOMINAL_TO_BODY = 6;
/** Between a possessive body and its noun ("Senate" + "'s approval" starts right after it). */
const POSSESSIVE = 1;
const NOMINAL_TO_DATE = 20;
/** Between a noun and its own date: a colon or dash, or one short preposition ("on", "in", "am", "le", "el"). */
const NOMINAL_DATE_LINK = /^[\s:–—-]*(?:\p{L}{1,4}\s+)?$/u;
function nominal(text: string, found: Anchor[], actors: Actor[], dates: DateMention[]): Anchor[] {
  return found.flatMap((a) => {
    if (!a.dated) return [];
    const actor = actors.find((x) => x.start >= a.end && x.start - a.end <= NOMINAL_TO_BODY);
    const date = actor && dates.find((d) => d.start >= actor.end && d.start - actor.end <= NOMINAL_TO_DATE);
    if (actor && date) return [{ ...a, end: date.end, text: text.slice(a.start, date.end), actor }];
    // The body as a possessive before the noun: "the Senate's approval on 3 March".
    const owner = actors.find((x) => x.end <= a.start && a.start - x.end <= POSSESSIVE);
    const its = owner && dates.find((d) => d.start >= a.end && NOMINAL_DATE_LINK.test(text.slice(a.end, d.start)));
    if (owner && its) return [{ ...a, start: owner.start, end: its.end, text: text.slice(owner.start, its.end), actor: owner }];
    if (a.step === 'approve') return [];
    const own = dates.find((d) => d.start >= a.end && NOMINAL_DATE_LINK.test(text.slice(a.end, d.start)));
    return own ? [{ ...a, end: own.end, text: text.slice(a.start, own.end) }] : [];
  });
}

/** A day and month (or a month) the reading stage put in the year closest to the publication ("on Feb. 15" or
 *  "in February" in a report of November → the next February) is, for a step told as done, the last such day
 *  or month before it: reports tell of the past. */
const YEAR_GUESSED = new Set([7, 10]);
function inThePast<D extends { value: string; from: string }>(date: D | null, published: string | null): D | null {
  if (date?.from !== 'relative' || !published || !YEAR_GUESSED.has(date.value.length)) return date;
  if (date.value <= published.slice(0, date.value.length)) return date;
  const earlier = `${Number(date.value.slice(0, 4)) - 1}${date.value.slice(4)}`;
  return { ...date, value: earlier };
}

/** "SANTIAGO, 18 March 2031 (Andes Wire) - …": a dateline's date is the report's, never an event's; where the
 *  claim's own words start after it (0 without one). */
const DATELINE = /^\p{Lu}[\p{L}\s.'’/-]{1,40}?,\s*[^,()\n]{3,30}?\s*(?:\([^)\n]{1,60}\)\s*)?(?:[-–—]{1,2}|\/)\s/u;
function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** A news report's present perfect ("has ratified") is news of its own day. */
function perfectDate(a: Anchor, text: string, doc: EventDocument): { value: string; from: 'published' } | null {
  if (doc.kind !== 'news' || !doc.published) return null;
  return a.rules.guards.perfect?.test(text.slice(Math.max(0, a.start - 30), a.start)) ? { value: doc.published, from: 'published' } : null;
}

/** "New Zealand's Parliament passed the bill, and the government notified the EU …": a step whose words name
 *  no state, told after one of a state in the same claim, is that state's. */
function inheritParty(events: ClaimEvent[]): ClaimEvent[] {
  let last: string | null = null;
  for (const e of events) {
    if (!PER_PARTY.has(e.step) || e.status === 'expected') continue;
    if (e.party) last = e.party;
    else if (last && !e.agent) e.party = last;
  }
  return events;
}

const ARABIC_END = /\p{Script=Arabic}$/u;
/** Between an Arabic verb and its subject: a space and at most a preposition with a pronoun ("عليها"). */
const ARABIC_SUBJECT_GAP = 8;

/** At most this between a passive verb and an agent in its own case (a space). */
const AGENT_GAP = 2;
/** The agent of a passive verb, right after it: "was signed into law by the president", "von der Regierung",
 *  "par le Sénat", "por el Senado". */
const AGENT_AFTER = rx(String.raw`^[\s,]*(?:[\p{L}-]+\s+){0,3}?(?:by|von|vom|durch|par|por)\s`, 'iu');

/** The actor of a verb: the agent of a passive, else the nearest one named before it since the previous verb,
 *  else one named just after ("approved by the Senate"). */
function actorFor(a: Anchor, i: number, anchors: Anchor[], actors: Actor[], text: string): Actor | null {
  // "одобрен Советом Федерации": the agent of a passive in its own case, right after the verb.
  if (a.rules.guards.passiveAgent?.test(a.text)) {
    const agent = actors.find((x) => x.start >= a.end && x.start - a.end <= AGENT_GAP);
    if (agent) return agent;
  }
  // Arabic puts the subject after its verb ("ووافق عليها مجلس الشورى"): an actor right after it, past a pronoun object.
  if (ARABIC_END.test(a.text)) {
    const subject = actors.find((x) => x.start >= a.end && x.start - a.end <= ARABIC_SUBJECT_GAP);
    if (subject) return subject;
  }
  const agent = AGENT_AFTER.exec(text.slice(a.end, a.end + ACTOR_AFTER));
  if (agent) {
    const at = a.end + agent[0].length;
    const byAgent = actors.find((x) => x.start >= at && x.start <= at + 20);
    if (byAgent) return byAgent;
  }
  const from = i > 0 ? anchors[i - 1].end : 0;
  const before = actors.filter((x) => x.start >= from && x.start < a.end);
  const nearest = before[before.length - 1];
  if (nearest) {
    // Of several names for the same body ("Germany's Bundesrat, or upper house of parliament"), the
    // most specific: one the reading stage knows the country of, then any it named, then the generic word.
    const sameRole = [...before].reverse().filter((x) => x.role === nearest.role);
    return sameRole.find((x) => x.named && x.country) ?? sameRole.find((x) => x.named) ?? nearest;
  }
  // An actor after the verb, in its clause ("approved by the Senate"; not "…into law; Canada's government tables …").
  const until = Math.min(anchors[i + 1]?.start ?? Infinity, a.end + ACTOR_AFTER);
  return actors.find((x) => x.start >= a.end && x.start < until && !text.slice(a.end, x.start).includes(';')) ?? null;
}

/** A vote is approval by a legislature, or ratification when a head of state casts it; "ratified" by a
 *  legislature is its approval. An approval nobody is named for is no event (it may be anything adopted). */
function resolveStep(a: Anchor, actor: Actor | null): LifecycleStep | null {
  if (a.step === 'approve') {
    if (actor?.role === 'legislature') return 'approved-by-legislature';
    if (actor?.role === 'head') return 'ratified';
    return a.kind === 'expect' ? 'approved-by-legislature' : null;
  }
  if (a.step === 'ratify') return actor?.role === 'legislature' ? 'approved-by-legislature' : 'ratified';
  if (a.step === 'ratified' && actor?.role === 'legislature' && a.kind === 'expect') return 'approved-by-legislature';
  return a.step === 'follow' ? null : a.step;
}
