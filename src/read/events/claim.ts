// One claim → the lifecycle steps it tells of: the verb cues of its language (en.ts, ru.ts, … composed in
// languages.ts), then for each verb its date, its actor and party, its place, bill reference or condition.
import type { Claim, ClaimEvent, DateMention, DocumentRecord, LifecycleStep } from '../../types.ts';
import { actorsOf, type Actor } from './actors.ts';
import { findAnchors, type Anchor } from './anchors.ts';
import { billRef, conditionOf, placeAfter } from './details.ts';
import { rulesFor } from './languages.ts';
import { partyOfStep, PER_PARTY } from './party.ts';
import { matchesOf, rx } from './regex.ts';
import { findDayWords, findOffsets, publicationRelativeDates, shift, type Offset } from './relative.ts';
import { timelineLead } from './timeline.ts';
import type { Guards } from './types.ts';

export type EventDocument = Pick<DocumentRecord, 'body' | 'published' | 'language' | 'kind'>;
export type EventClaim = Pick<Claim, 'text' | 'start' | 'end' | 'kind' | 'unit' | 'dates' | 'bodies' | 'party_mentions'>;

/** A date belongs to the nearest event verb, within these distances (characters): dates mostly follow the
 *  verb ("signed … on 3 May 2020") and sit close when they precede it ("в среду одобрил", "on Friday signed"). */
const DATE_BEFORE = 40;
const DATE_AFTER = 100;
/** A date this close after a verb of saying is the report's ("KCNA announced on Tuesday", "a annoncé mardi"). */
const REPORT_REACH = 12;
/** Actors named after the verb ("approved by the Senate") count within this distance. */
const ACTOR_AFTER = 60;
/** Every step but the signature must be about an agreement, its ratification bill, one of its articles or
 *  "it" ("the parliament adopted a resolution on tariffs", "new sanctions took effect" are no steps of this
 *  treaty; a signature only adds its claim to the record's). German compounds count ("Freundschaftsvertrag"). */
const ABOUT_AGREEMENT = rx(
  [
    String.raw`treat|agreement|\bpact|accord|convention|protocol|\bbill\b|\blaw\b|ratif|document|instrument|\bdeal\b|\bit\b|\barticle`,
    String.raw`договор|соглашени|пакт|конвенци|протокол|закон|ратифи|документ|грамот|стать`,
    String.raw`vertrag|abkommen|gesetz|dokument|urkunde|artikel|\bihn\b|\ber\b`,
    String.raw`traité|pacte|\bloi\b|l['’]a\b`,
    String.raw`tratado|acuerdo|convenio|convención|\bley\b|ratific|\blo\b`,
  ].join('|'),
  'iu',
);
/** How far after the verb the agreement must be named (its object), and how far before it (its subject, which
 *  a full title lengthens: "The treaty between A and B on the sharing of the waters of the X River entered …"). */
const OBJECT_REACH = 80;
const SUBJECT_REACH = 140;

/** The steps a claim tells of, read in its document (its language, publication date, kind and body). */
export function readEvents(claim: EventClaim, doc: EventDocument): ClaimEvent[] {
  const heading = claim.kind === 'heading' || claim.unit === 'heading';
  const lead = timelineLead(claim);
  const rulesList = rulesFor(doc.language);
  const anchors = findAnchors(claim.text, rulesList, { heading, timeline: !!lead });
  if (!anchors.length) return [];
  const text = claim.text;
  const guards = anchors[0].rules.guards;
  const offsets = rulesList.flatMap((r) => findOffsets(text, r.guards)).sort((a, b) => a.start - b.start);
  const dayWords = rulesList.flatMap((r) => findDayWords(text, r.guards));
  // An offset between events is read here, not as the date the reading stage made of it ("a week after");
  // "a day ago" is a date it resolved against the publication date.
  const between = offsets.filter((o) => o.relation !== 'ago');
  const own = (claim.dates ?? []).filter((d) => !between.some((o) => o.start < d.end && d.start < o.end) && !(lead && d.start < lead.end));
  const mentions = [...own, ...publicationRelativeDates(dayWords, doc.published, claim.dates ?? [])].filter((d) => !reportsDate(text, d, guards));
  const dates = attachDates(anchors, mentions, text, guards);
  // A timeline's date is every event's of the line that gives none of its own; a date after the publication
  // is a schedule, not a record.
  const scheduled = !!lead?.date && !!doc.published && lead.date > doc.published;
  if (lead?.date) for (const a of anchors) if (a.kind === 'event' && !dates.has(a)) dates.set(a, { value: lead.date, from: 'timeline' });
  fillOffsets(anchors, dates, offsets, doc.published);

  const actors = actorsOf(claim);
  const hedged = rulesList.some((r) => r.guards.hedge.test(text));
  const out: ClaimEvent[] = [];
  anchors.forEach((a, i) => {
    const actor = actorFor(a, i, anchors, actors, text);
    const step = resolveStep(a, actor);
    if (!step) return;
    const aboutAgreement = ABOUT_AGREEMENT.test(text.slice(Math.max(0, a.start - SUBJECT_REACH), a.end + OBJECT_REACH));
    if (step !== 'signed' && a.kind === 'event' && !aboutAgreement) return;
    const expected = a.kind === 'expect' || scheduled;
    let date = expected ? null : (dates.get(a) ?? null);
    if (!expected && !date && a.rules.guards.perfect?.test(text.slice(Math.max(0, a.start - 30), a.start)) && doc.kind === 'news' && doc.published) {
      date = { value: doc.published, from: 'published' };
    }
    const clause = i > 0 ? anchors[i - 1].end : 0;
    const perParty = PER_PARTY.has(step);
    const legislature = step === 'submitted-for-ratification' ? (actors.find((x) => x.role === 'legislature' && x.start >= a.start) ?? actors.find((x) => x.role === 'legislature') ?? null) : null;
    const by = [actor, legislature].filter((x): x is Actor => !!x);
    out.push({
      step,
      status: expected ? 'expected' : hedged ? 'asserted' : 'done',
      date: date?.value ?? null,
      date_from: date?.from ?? null,
      party: perParty && !expected ? partyOfStep(text, claim.party_mentions ?? [], by, clause, a.start) : null,
      body: perParty ? ((legislature ?? actor)?.name ?? null) : null,
      ref: step === 'submitted-for-ratification' && !expected ? billRef(claim, doc.body) : null,
      place: (step === 'signed' || step === 'instruments-exchanged') && !expected ? placeAfter(text, a.start, anchors[i + 1]?.start ?? text.length, a.rules.guards) : null,
      condition: expected ? conditionOf(text, a.start, a.end, a.rules.guards) : null,
      cue: a.cue,
      text: a.text,
      start: a.start,
      end: a.end,
      ...(perParty && by.length ? { actors: by.map(({ start, end, name, role, country }) => ({ start, end, name, role, country })) } : {}),
      ...(perParty ? { clause } : {}),
    });
  });
  return out;
}

type Dated = { value: string; from: NonNullable<ClaimEvent['date_from']> };

/** A date right after a verb of saying is when something was said, not when it was done. */
function reportsDate(text: string, d: DateMention, guards: Guards): boolean {
  const before = text.slice(Math.max(0, d.start - REPORT_REACH - REPORT_WORD), d.start);
  const last = matchesOf(globally(guards.report), before).at(-1);
  return !!last && before.length - last.end <= REPORT_REACH && !/[.;,]/.test(before.slice(last.end));
}

/** The longest verb of saying a window must hold whole. */
const REPORT_WORD = 20;
const GLOBAL = new WeakMap<RegExp, RegExp>();
/** A global copy of a guard (compiled once), for finding all its matches. */
function globally(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = re.global ? re : new RegExp(re.source, `${re.flags}g`)));
  return g;
}

/** Each date goes to the nearest verb within reach (not across a verb of saying after the verb); each verb
 *  takes the nearest of its dates. */
function attachDates(anchors: Anchor[], mentions: DateMention[], text: string, guards: Guards): Map<Anchor, Dated> {
  const best = new Map<Anchor, { value: string; gap: number; relative: boolean }>();
  for (const m of mentions) {
    let pick: Anchor | null = null;
    let pickGap = Infinity;
    for (const a of anchors) {
      const before = m.end <= a.start;
      const gap = before ? a.start - m.end : m.start >= a.end ? m.start - a.end : 0;
      if (gap > (before ? DATE_BEFORE : DATE_AFTER)) continue;
      if (!before && gap > 0 && guards.report.test(text.slice(a.end, m.start))) continue;
      // On a tie the verb before the date wins: dates follow their verb more often than they precede it.
      if (gap < pickGap || (gap === pickGap && !before)) {
        pick = a;
        pickGap = gap;
      }
    }
    if (!pick) continue;
    const held = best.get(pick);
    if (!held || pickGap < held.gap) best.set(pick, { value: m.value, gap: pickGap, relative: !!m.relative });
  }
  return new Map([...best].map(([a, v]) => [a, { value: v.value, from: v.relative ? 'relative' : 'text' }]));
}

/** Dates from offsets: "A, a week after B" (B = A − 7 days), "eine Woche zuvor" (the event before − 7 days),
 *  "a day ago" (the publication date − 1 day), "the same day" (the event before's). Only verbs without a date
 *  of their own get one. */
function fillOffsets(anchors: Anchor[], dates: Map<Anchor, Dated>, offsets: Offset[], published: string | null): void {
  const events = anchors.filter((a) => a.kind === 'event');
  for (const o of offsets) {
    const before = [...events].reverse().find((a) => a.end <= o.start) ?? null;
    const after = events.find((a) => a.start >= o.end && a.start - o.end <= 80) ?? null;
    const inside = events.find((a) => a.start <= o.start && o.end <= a.end) ?? null;
    const set = (a: Anchor | null, value: string | null) => {
      if (a && value && !dates.has(a)) dates.set(a, { value, from: 'offset' });
    };
    const dateOf = (a: Anchor) => dates.get(a)?.value ?? null;
    if (o.relation === 'after' || o.relation === 'before') {
      const sign = o.relation === 'after' ? 1 : -1;
      const a = inside ?? before;
      if (a && after) {
        set(a, shift(dateOf(after), o, sign));
        set(after, shift(dateOf(a), o, sign === 1 ? -1 : 1));
      }
    } else if (o.relation === 'ago') {
      set(inside ?? before ?? after, shift(published, o, -1));
    } else {
      const target = inside ?? (o.days === 0 && o.months === 0 ? before : null) ?? after ?? before;
      const base = target ? [...events].reverse().find((a) => a.end <= target.start && dates.has(a)) : undefined;
      if (base) set(target, shift(dateOf(base), o, o.relation === 'later' ? 1 : -1));
    }
  }
}

/** The agent of a passive verb, right after it: "was signed into law by the president", "von der Regierung",
 *  "par le Sénat", "por el Senado". */
const AGENT_AFTER = rx(String.raw`^[\s,]*(?:[\p{L}-]+\s+){0,3}?(?:by|von|vom|durch|par|por)\s`, 'iu');

/** The actor of a verb: the agent of a passive, else the nearest one named before it since the previous verb,
 *  else one named just after ("approved by the Senate"). */
function actorFor(a: Anchor, i: number, anchors: Anchor[], actors: Actor[], text: string): Actor | null {
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
