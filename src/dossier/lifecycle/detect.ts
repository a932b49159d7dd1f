// One claim → the lifecycle steps it says happened (observations) and will happen (expectations): the verb
// cues of its language, then for each verb its date, its actor and party, its place or bill reference.
import type { Claim, DateMention, DocumentRecord, Expectation, LifecycleStep, PartyMention } from '../../types.ts';
import { perTextIn } from '../memo.ts';
import { actorsOf, type Actor } from './actors.ts';
import { findAnchors, type Anchor } from './anchors.ts';
import { rulesFor } from './cues/index.ts';
import { billRef, conditionOf, placeAfter } from './details.ts';
import { sameName } from './names.ts';
import { findDayWords, findOffsets, publicationRelativeDates, shift, type Offset } from './relative.ts';
import { rx } from './regex.ts';
import type { Observation } from './types.ts';

export interface ClaimContext {
  doc: Pick<DocumentRecord, 'id' | 'body' | 'published' | 'language' | 'kind'>;
  /** The agreement's parties and the names sources use for them, to map mentions onto them. */
  parties: string[];
  partyNames: Record<string, string[]>;
  /** Party of the last event this document told of: a sentence that names no state continues about it. */
  lastParty: string | null;
}

/** Steps taken by one party each; the others (signature, exchange, entry into force …) are the treaty's. */
export const PER_PARTY = new Set<LifecycleStep>(['submitted-for-ratification', 'approved-by-legislature', 'ratified', 'denounced']);

/** A date belongs to the nearest event verb, within these distances (characters): dates mostly follow the
 *  verb ("signed … on 3 May 2020") and sit close when they precede it ("в среду одобрил", "on Friday signed"). */
const DATE_BEFORE = 40;
const DATE_AFTER = 100;
/** Actors named after the verb ("approved by the Senate") count within this distance. */
const ACTOR_AFTER = 60;
/** Every step but the signature must be about an agreement, its ratification bill, one of its articles or
 *  "it" ("the parliament adopted a resolution on tariffs", "new sanctions took effect" are no steps of this
 *  treaty; a signature only adds its claim to the record's). German compounds count ("Freundschaftsvertrag"). */
const ABOUT_AGREEMENT = rx(
  String.raw`treat|agreement|\bpact|accord|convention|protocol|\bbill\b|\blaw\b|ratif|document|\bdeal\b|\bit\b|\barticle|договор|соглашени|пакт|конвенци|протокол|закон|ратифи|документ|стать|vertrag|abkommen|gesetz|dokument|artikel|\bihn\b|\ber\b|traité|pacte|\bloi\b|l['’]a\b`,
  'iu',
);
/** How far after the verb the agreement must be named (its object), and how far before it (its subject, which
 *  a full title lengthens: "The treaty between A and B on the sharing of the waters of the X River entered …"). */
const OBJECT_REACH = 80;
const SUBJECT_REACH = 140;

export function readClaim(claim: Claim, ctx: ClaimContext): { observations: Observation[]; expectations: Expectation[] } {
  return withParties(claim, readSteps(claim, ctx.doc), ctx);
}

/** A claim's reading with the parties of its steps, from the agreement's parties (updates `ctx.lastParty`). */
export function withParties(claim: Claim, { steps, expectations }: Reading, ctx: ClaimContext): { observations: Observation[]; expectations: Expectation[] } {
  let lastParty = ctx.lastParty;
  const observations = steps.map(({ observation, by }) => {
    if (!by) return observation;
    const party = partyOf(by.actor, by.from, by.at, claim, ctx) ?? partyOf(by.legislature, by.from, by.at, claim, ctx) ?? (claim.parties?.length ? null : lastParty);
    if (party) lastParty = party;
    const o = observation;
    return { step: o.step, date: o.date, party, body: o.body, ref: o.ref, place: o.place, claim: o.claim, doc: o.doc, hedged: o.hedged, cue: o.cue, text: o.text };
  });
  ctx.lastParty = lastParty;
  return { observations, expectations };
}

/** What a claim says about steps, all but their parties (which depend on the agreement's record). */
export interface Reading {
  /** Observations with party null; `by` (for a party's step) says who acted, from where in the claim the
   *  verb's clause runs (`from`) and where the verb is (`at`). */
  steps: { observation: Observation; by?: { actor: Actor | null; legislature: Actor | null; from: number; at: number } }[];
  expectations: Expectation[];
}

/** What a claim says about steps, read in its document (its language, date, kind and body). */
export function readSteps(claim: Claim, doc: ClaimContext['doc']): Reading {
  const heading = claim.kind === 'heading' || claim.unit === 'heading';
  const { anchors, offsets, days, hedged, around } = sentenceOf(claim.text, doc.language, heading);
  if (!anchors.length) return NOTHING;

  const own = (claim.dates ?? []).filter((d) => !offsets.some((o) => o.start < d.end && d.start < o.end));
  const mentions = [...own, ...days.flatMap((words) => publicationRelativeDates(words, doc.published, claim.dates ?? []))];
  const dates = attachDates(anchors, mentions);
  fillOffsets(anchors, dates, offsets, doc.published);

  const actors = actorsOf(claim);
  const steps: Reading['steps'] = [];
  const expectations: Expectation[] = [];
  anchors.forEach((a, i) => {
    const { agentAt, aboutAgreement, condition, perfect, place } = around[i];
    const actor = actorFor(a, i, anchors, actors, agentAt);
    const step = resolveStep(a, actor);
    if (!step) return;
    if (step !== 'signed' && a.kind === 'event' && !aboutAgreement) return;
    if (a.kind === 'expect') {
      expectations.push({ step, condition, claims: [claim.id] });
      return;
    }
    let date = dates.get(a) ?? null;
    if (!date && perfect && doc.kind === 'news') date = doc.published;
    let body: string | null = null;
    let by: Reading['steps'][number]['by'];
    if (PER_PARTY.has(step)) {
      const legislature = step === 'submitted-for-ratification' ? actors.find((x) => x.role === 'legislature' && x.start >= a.start) ?? actors.find((x) => x.role === 'legislature') ?? null : null;
      body = (legislature ?? actor)?.name ?? null;
      by = { actor, legislature, from: i > 0 ? anchors[i - 1].end : 0, at: a.start };
    }
    const ref = step === 'submitted-for-ratification' ? billRef(claim, doc.body) : null;
    steps.push({ observation: { step, date, party: null, body, ref, place: step === 'signed' || step === 'instruments-exchanged' ? place : null, claim: claim.id, doc: claim.doc, hedged, cue: a.cue, text: a.text }, by });
  });
  return { steps, expectations };
}

const NOTHING: Reading = { steps: [], expectations: [] };

/** What a sentence says whatever claim gives it (read once per sentence, language and unit; shared: read only):
 *  its verbs of steps, offsets between events, day words (per language's rules), whether it is hedged, and
 *  around each verb: where a passive's agent starts, whether an agreement is named near it, whether a present
 *  perfect precedes it, the condition it is expected on, and the place it happened in. */
const sentenceOf = perTextIn((text: string, language: string | null, heading: boolean) => {
  const rulesList = rulesFor(language);
  const anchors = findAnchors(text, rulesList, heading);
  if (!anchors.length) return { anchors, offsets: [], days: [], hedged: false, around: [] };
  return {
    anchors,
    offsets: rulesList.flatMap((r) => findOffsets(text, r.guards)),
    days: rulesList.map((r) => findDayWords(text, r.guards)),
    hedged: rulesList.some((r) => r.guards.hedge.test(text)),
    around: anchors.map((a, i) => {
      const agent = AGENT_AFTER.exec(text.slice(a.end, a.end + ACTOR_AFTER));
      return {
        agentAt: agent ? a.end + agent[0].length : null,
        aboutAgreement: ABOUT_AGREEMENT.test(text.slice(Math.max(0, a.start - SUBJECT_REACH), a.end + OBJECT_REACH)),
        perfect: !!a.rules.guards.perfect?.test(text.slice(Math.max(0, a.start - 30), a.start)),
        condition: a.kind === 'expect' ? conditionOf(text, a.start, a.end, a.rules.guards) : null,
        place: placeAfter(text, a.start, anchors[i + 1]?.start ?? text.length, a.rules.guards),
      };
    }),
  };
});

/** Each date goes to the nearest verb within reach; each verb takes the nearest of its dates. */
function attachDates(anchors: Anchor[], mentions: DateMention[]): Map<Anchor, string> {
  const best = new Map<Anchor, { value: string; gap: number }>();
  for (const m of mentions) {
    let pick: Anchor | null = null;
    let pickGap = Infinity;
    for (const a of anchors) {
      const before = m.end <= a.start;
      const gap = before ? a.start - m.end : m.start >= a.end ? m.start - a.end : 0;
      if (gap > (before ? DATE_BEFORE : DATE_AFTER)) continue;
      // On a tie the verb before the date wins: dates follow their verb more often than they precede it.
      if (gap < pickGap || (gap === pickGap && !before)) {
        pick = a;
        pickGap = gap;
      }
    }
    if (!pick) continue;
    const held = best.get(pick);
    if (!held || pickGap < held.gap) best.set(pick, { value: m.value, gap: pickGap });
  }
  return new Map([...best].map(([a, v]) => [a, v.value]));
}

/** Dates from offsets: "A, a week after B" (B = A − 7 days), "eine Woche zuvor" (the event before − 7 days),
 *  "a day ago" (the publication date − 1 day). Only verbs without a date of their own get one. */
function fillOffsets(anchors: Anchor[], dates: Map<Anchor, string>, offsets: Offset[], published: string | null): void {
  const events = anchors.filter((a) => a.kind === 'event');
  for (const o of offsets) {
    const before = [...events].reverse().find((a) => a.end <= o.start) ?? null;
    const after = events.find((a) => a.start >= o.end && a.start - o.end <= 80) ?? null;
    const inside = events.find((a) => a.start <= o.start && o.end <= a.end) ?? null;
    const set = (a: Anchor | null, value: string | null) => {
      if (a && value && !dates.has(a)) dates.set(a, value);
    };
    if (o.relation === 'after' || o.relation === 'before') {
      const sign = o.relation === 'after' ? 1 : -1;
      const a = inside ?? before;
      if (a && after) {
        set(a, shift(dates.get(after) ?? null, o, sign));
        set(after, shift(dates.get(a) ?? null, o, sign === 1 ? -1 : 1));
      }
    } else if (o.relation === 'ago') {
      set(inside ?? before ?? after, shift(published, o, -1));
    } else {
      const target = inside ?? after ?? before;
      const base = target ? [...events].reverse().find((a) => a.end <= target.start && dates.has(a)) : undefined;
      if (base) set(target, shift(dates.get(base) ?? null, o, o.relation === 'later' ? 1 : -1));
    }
  }
}

/** The agent of a passive verb, right after it: "was signed into law by the president", "von der Regierung",
 *  "par le Sénat". */
const AGENT_AFTER = rx(String.raw`^[\s,]*(?:[\p{L}-]+\s+){0,3}?(?:by|von|vom|durch|par)\s`, 'iu');

/** The actor of a verb: the agent of a passive (named at `agentAt`), else the nearest one named before it
 *  since the previous verb, else one named just after ("approved by the Senate"). */
function actorFor(a: Anchor, i: number, anchors: Anchor[], actors: Actor[], agentAt: number | null): Actor | null {
  if (agentAt !== null) {
    const byAgent = actors.find((x) => x.start >= agentAt && x.start <= agentAt + 20);
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
  const until = Math.min(anchors[i + 1]?.start ?? Infinity, a.end + ACTOR_AFTER);
  return actors.find((x) => x.start >= a.end && x.start < until) ?? null;
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
  return a.step;
}

/** "the treaty with Orvenia", "Vertrag mit …", "avec …", "с …": a state named as the other side of the deal. */
const COUNTERPART_BEFORE = /(?:\bwith|\bmit|\bavec|(?<!\p{L})(?:с|со))\s+(?:(?:the|der|dem|den|la|le|l')\s*)?$/iu;

/** The party an actor belongs to: its country, else the state named right beside it ("Germany's
 *  Bundesrat", "Парламент Германии"), else the state named before the verb (at `at`) in its clause (from `from`).
 *  A state named as the counterpart ("approved the treaty with Orvenia") is not the actor's; when it is the
 *  only one named, the actor belongs to the other party of a bilateral agreement. */
function partyOf(actor: Actor | null, from: number, at: number, claim: Claim, ctx: ClaimContext): string | null {
  if (actor?.country) return canonicalParty(actor.country, ctx);
  const all = partyMentions(claim, ctx);
  const counterparts = all.filter((m) => COUNTERPART_BEFORE.test(claim.text.slice(Math.max(0, m.start - 12), m.start)));
  const mentions = all.filter((m) => !counterparts.includes(m));
  if (actor) {
    const near = mentions
      .map((m) => ({ m, gap: m.end <= actor.start ? actor.start - m.end : m.start >= actor.end ? m.start - actor.end : 0 }))
      .filter((x) => x.gap <= 30)
      .sort((x, y) => x.gap - y.gap)[0];
    if (near) return canonicalParty(near.m.code, ctx);
  }
  const before = mentions.filter((m) => m.start >= from && m.end <= at);
  if (before.length) return canonicalParty(before[before.length - 1].code, ctx);
  const others = new Set(counterparts.map((m) => canonicalParty(m.code, ctx)));
  const rest = ctx.parties.filter((p) => !others.has(p));
  return actor && others.size === 1 && ctx.parties.length === 2 && rest.length === 1 ? rest[0] : null;
}

/** The claim's party mentions, and the agreement's parties named in it by a one-word name the reading stage
 *  may not know (a state with no ISO code, in another script or case: "Norland's", "Норланда"). */
function partyMentions(claim: Claim, ctx: ClaimContext): Pick<PartyMention, 'code' | 'start' | 'end'>[] {
  const found: Pick<PartyMention, 'code' | 'start' | 'end'>[] = [...(claim.party_mentions ?? [])];
  const names = ctx.parties.flatMap((p) => [p, ...(ctx.partyNames[p] ?? [])].filter((n) => /^\p{Lu}\p{L}{3,}$/u.test(n)).map((n) => ({ p, n })));
  if (!names.length) return found;
  for (const w of claim.text.matchAll(/\p{Lu}\p{L}{3,}/gu)) {
    const start = w.index!;
    const end = start + w[0].length;
    if (found.some((m) => m.start < end && start < m.end)) continue;
    const hit = names.find(({ n }) => sameName(n, w[0]));
    if (hit) found.push({ code: hit.p, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A mention's code as the agreement's party ("Норланда" → the party sources also call Norland). */
export function canonicalParty(code: string, ctx: Pick<ClaimContext, 'parties' | 'partyNames'>): string {
  if (ctx.parties.includes(code)) return code;
  for (const p of ctx.parties) {
    if ([p, ...(ctx.partyNames[p] ?? [])].some((n) => sameName(n, code))) return p;
  }
  return code;
}
