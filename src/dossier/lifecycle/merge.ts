// Observations from many claims → one event per step and party (per chamber too, when two chambers of one
// party approved on different days; per occasion, when a party took a step again years later), with every
// supporting claim and document, in time order.

import { PER_PARTY } from '../../read/index.ts';
import type { LifecycleEvent, LifecycleStep } from '../../types.ts';
import { compatibleDates } from '../dates.ts';
import { sameName } from './names.ts';
import type { Observation } from './types.ts';

/** The Vienna Convention order of steps, for events whose date no source gives. */
export const STEP_ORDER: LifecycleStep[] = [
  'signed',
  'provisionally-applied',
  'submitted-for-ratification',
  'approved-by-legislature',
  'ratified',
  'instruments-exchanged',
  'entered-into-force',
  'amended',
  'extended',
  'suspended',
  'denounced',
  'terminated',
  'expired',
];

export interface MergedEvent {
  event: LifecycleEvent;
  observations: Observation[];
}

/** Observations being merged into one event, with the distinct bodies, chambers and dates seen so far. */
interface Cluster {
  obs: Observation[];
  party: string | null;
  /** A protocol's step is apart from the agreement's own. */
  of: 'protocol' | null;
  bodies: string[];
  houses: ('upper' | 'lower')[];
  dates: string[];
}

/**
 * How much a document's word on a date counts: the official text over reports, reports over opinion pieces.
 * The date of an event is the one most independent sources of the highest rank that dates it give.
 */
export type RankOf = (doc: string) => number;
export const RANK = { official: 2, report: 1, opinion: 0 } as const;

/** `multilateral`: a party's step told without the party ("fifteen states deposited their instruments") is an
 *  event of its own on a day no party's event has; with two parties it can only be one of theirs. */
export function mergeObservations(
  observations: Observation[],
  sourceOf: (doc: string) => string,
  rankOf: RankOf = () => RANK.report,
  multilateral = false,
): MergedEvent[] {
  const clusters: Cluster[] = [];
  const byStep = new Map<LifecycleStep, Observation[]>();
  for (const o of observations) {
    const list = byStep.get(o.step);
    if (list) list.push(o);
    else byStep.set(o.step, [o]);
  }
  for (const [step, list] of byStep) {
    const perParty = PER_PARTY.has(step);
    const own: Cluster[] = [];
    for (const o of preciseFirst(list)) {
      let home: Cluster | undefined;
      if (perParty && !o.party && o.again) {
        // Done again by a body the same report named before: that body's party, on another occasion ("20 июня —
        // Собрание Македонии ратифицирует …", then "5 июля — Собрание повторно одобряет соглашение").
        const before = own.find(
          (c) => c.obs.some((x) => x.doc === o.doc && !!x.body && !!o.body && sameName(x.body, o.body)) && !c.dates.some((d) => compatibleDates(d, o.date)),
        );
        if (before) {
          own.push(add({ obs: [], party: before.party, of: o.of ?? null, bodies: [], houses: [], dates: [] }, { ...o, party: before.party }));
          continue;
        }
      }
      if (perParty && !o.party) home = homeForUnattributed(own, o);
      else if (step === 'approved-by-legislature' && isGeneric(o.body)) home = homeForGeneric(own, o);
      else for (let i = 0; i < own.length && !home; i++) if (belongs(own[i], o)) home = own[i];
      if (home) add(home, o);
      else if (!(perParty && !o.party && own.length > 1 && !(multilateral && o.date)))
        own.push(add({ obs: [], party: o.party, of: o.of ?? null, bodies: [], houses: [], dates: [] }, o));
    }
    clusters.push(...own);
  }
  return clusters.map((c) => ({ event: summarize(c.obs, sourceOf, rankOf), observations: c.obs }));
}

/** Attributed observations first, named bodies before generic ones, then the more precisely dated, otherwise
 *  in order, so the vague ones join what the precise ones established. A stable bucket sort: a step may have
 *  tens of thousands. */
function preciseFirst(list: Observation[]): Observation[] {
  const buckets = new Map<number, Observation[]>();
  for (const o of list) {
    // A chamber's own name before "parliament": the named chamber's event is there for the generic word to join.
    const at = (o.party ? 0 : 1e6) + (isGeneric(o.body) ? 1e3 : 0) - (o.date?.length ?? 0);
    const bucket = buckets.get(at);
    if (bucket) bucket.push(o);
    else buckets.set(at, [o]);
  }
  const out: Observation[] = [];
  for (const at of [...buckets.keys()].sort((a, b) => a - b)) for (const o of buckets.get(at)!) out.push(o);
  return out;
}

function add(c: Cluster, o: Observation): Cluster {
  c.obs.push(o);
  if (o.body && !c.bodies.includes(o.body)) c.bodies.push(o.body);
  if (o.house && !c.houses.includes(o.house)) c.houses.push(o.house);
  if (o.date && !c.dates.includes(o.date)) c.dates.push(o.date);
  return c;
}

/** Steps that can happen more than once (on different days); the others happen once per party. */
const REPEATABLE = new Set<LifecycleStep>(['amended', 'extended', 'suspended']);

/** Days apart beyond which one party's same step is another occasion (rejoining a treaty years after leaving
 *  it), not a disagreement about the date of one. */
const ANOTHER_OCCASION_DAYS = 365;

/** One event: the same party; for a legislature's approval, not two different bodies on two different days;
 *  for another step of a party, not dates far apart; a repeatable step on another day is another event.
 *  Other disagreements on dates are conflicts. */
function belongs(c: Cluster, o: Observation): boolean {
  // A step of the treaty told for one party ("enters into force for the United States") is that party's event.
  if (c.party !== o.party || c.of !== (o.of ?? null)) return false;
  const otherDate = !!o.date && c.dates.length > 0 && !c.dates.some((d) => compatibleDates(d, o.date));
  if (REPEATABLE.has(o.step)) return !otherDate;
  // A step told as done again, on another day, is another occasion (a second vote after a veto).
  if (otherDate && (o.again || c.obs.some((x) => x.again))) return false;
  if (o.step === 'ratified' && otherDate && anotherAct(c, o)) return false;
  const anotherOccasion = otherDate && c.dates.every((d) => daysApart(d, o.date!) > ANOTHER_OCCASION_DAYS);
  if (o.step !== 'approved-by-legislature') return !anotherOccasion;
  const named = c.bodies.filter((b) => !isGeneric(b));
  const otherBody = !!o.body && !isGeneric(o.body) && named.length > 0 && !named.some((b) => sameName(b, o.body!));
  const otherHouse = !!o.house && c.houses.length > 0 && !c.houses.includes(o.house);
  return !anotherOccasion && !((otherBody || otherHouse) && otherDate);
}

/** A state ratifies twice over: at home (its head signs the ratification law or the instrument) and before the
 *  depositary (it deposits the instrument). Told on two days, they are two events, not a conflict of dates. */
const isDeposit = (o: Observation) => /^[a-z]{2}:deposit/.test(o.cue);
function anotherAct(c: Cluster, o: Observation): boolean {
  if (o.date?.length !== 10) return false;
  const dated = c.obs.filter((x) => x.date?.length === 10);
  return dated.length > 0 && dated.every((x) => isDeposit(x) !== isDeposit(o));
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a.padEnd(10, '-01').slice(0, 10)) - Date.parse(b.padEnd(10, '-01').slice(0, 10))) / 86_400_000;

/** Names of a legislature that say no more than "the legislature" ("parliament", "lawmakers", "the lower
 *  house"): they name the same body as a chamber's own name does. */
const GENERIC_BODIES = new Set(['Parliament', 'Legislature', 'Lower House', 'Upper House']);
const isGeneric = (body: string | null) => !!body && GENERIC_BODIES.has(body);

/** An approval told with a generic body ("Israel's parliament approved it on 14 October"), among the party's
 *  approvals by a chamber it may be (not an upper house for "parliament"): the one on a compatible day, else
 *  the only one, else (undated) the first. */
function homeForGeneric(clusters: Cluster[], o: Observation): Cluster | undefined {
  const house = o.house ?? 'lower';
  const party = clusters.filter((c) => c.party === o.party && c.of === (o.of ?? null) && c.houses.every((h) => h === house));
  if (o.date) {
    const sameDay = party.find((c) => c.dates.some((d) => compatibleDates(d, o.date)));
    if (sameDay) return sameDay;
  }
  return party.length === 1 || !o.date ? party[0] : undefined;
}

/** A party's step told without the party: the event of that step on the same day, or the only one there is,
 *  or the only one its vaguer date ("in 1993") agrees with (of those by the same body, when it names one). */
function homeForUnattributed(clusters: Cluster[], o: Observation): Cluster | undefined {
  if (o.date) {
    const sameDay = clusters.find((c) => c.of === (o.of ?? null) && c.dates.includes(o.date!));
    if (sameDay) return sameDay;
  }
  if (clusters.length === 1 && clusters[0].dates.every((d) => compatibleDates(d, o.date))) return clusters[0];
  if (!o.date || o.date.length === 10) return undefined;
  const agreeing = clusters.filter((c) => c.of === (o.of ?? null) && c.dates.some((d) => compatibleDates(d, o.date)));
  const sameBody = o.body && !isGeneric(o.body) ? agreeing.filter((c) => c.bodies.some((b) => sameName(b, o.body!))) : [];
  const only = sameBody.length ? sameBody : agreeing;
  return only.length === 1 ? only[0] : undefined;
}

/** The value most independent sources support (a less precise value supports a more precise one it agrees
 *  with: "2020-05" backs "2020-05-03"); on a tie the more precise, then the first in order. */
export function vote(
  values: { value: string | null; doc: string }[],
  sourceOf: (doc: string) => string,
  same: (a: string, b: string) => boolean = compatibleDates,
): string | null {
  return voteOn(
    values.map((v) => v.value),
    values.map((v) => v.doc),
    sourceOf,
    same,
  );
}

/** vote() over values and the documents giving them, side by side. */
function voteOn(
  values: (string | null)[],
  docs: string[],
  sourceOf: (doc: string) => string,
  same: (a: string, b: string) => boolean = compatibleDates,
): string | null {
  // Each value written, in order, with the sources that write it: values are compared, not every statement.
  const sourcesOf = new Map<string, Set<string>>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!value) continue;
    const sources = sourcesOf.get(value);
    if (sources) sources.add(sourceOf(docs[i]));
    else sourcesOf.set(value, new Set([sourceOf(docs[i])]));
  }
  const supported: { value: string; support: number }[] = [];
  let best: { value: string; support: number } | null = null;
  for (const value of sourcesOf.keys()) {
    const supporting = new Set<string>();
    for (const [written, sources] of sourcesOf) if (same(written, value)) for (const s of sources) supporting.add(s);
    const support = supporting.size;
    supported.push({ value, support });
    if (!best || support > best.support || (support === best.support && value.length > best.value.length)) best = { value, support };
  }
  return (same === compatibleDates ? mostPreciseMajority(supported) : null) ?? best?.value ?? null;
}

/** Dates: the most precise value that more sources support than any other of its precision ("2019-06-19" by
 *  two, "2019-06-20" by one: the 19th, though the month "2019-06" agrees with all three); where the days tie,
 *  the month they share, and so on. */
function mostPreciseMajority(supported: { value: string; support: number }[]): string | null {
  for (const length of [10, 7, 4]) {
    const level = supported.filter((v) => v.value.length === length).sort((a, b) => b.support - a.support);
    if (!level.length) continue;
    if (level.length === 1 || level[0].support > level[1].support) {
      // A coarser value that more sources support outright is another reading of the event, not this day's.
      const coarser = supported.filter((v) => v.value.length < length && !compatibleDates(v.value, level[0].value));
      if (coarser.every((v) => v.support <= level[0].support)) return level[0].value;
    }
  }
  return null;
}

function summarize(c: Observation[], sourceOf: (doc: string) => string, rankOf: RankOf): LifecycleEvent {
  const claims = new Set<string>();
  const docs = new Set<string>();
  const given = { docs: [] as string[], dates: [] as (string | null)[], bodies: [] as (string | null)[], places: [] as (string | null)[] };
  let party: string | null = null;
  let ref: string | null = null;
  for (const o of c) {
    claims.add(o.claim);
    docs.add(o.doc);
    given.docs.push(o.doc);
    given.dates.push(o.date);
    given.bodies.push(o.body);
    given.places.push(o.place);
    party ||= o.party;
    ref ||= o.ref;
  }
  return {
    step: c[0].step,
    date: voteOn(...highestRank(...takingEffect(c, given.dates, given.docs), rankOf), sourceOf),
    party: party || null,
    // A chamber's own name over "parliament".
    body: voteOn(
      given.bodies.map((b) => (isGeneric(b) && given.bodies.some((x) => x && !isGeneric(x)) ? null : b)),
      given.docs,
      sourceOf,
      sameName,
    ),
    ref: ref || null,
    ...(c[0].of ? { of: c[0].of } : {}),
    place: voteOn(given.places, given.docs, sourceOf, sameName),
    claims: [...claims],
    docs: [...docs],
  };
}

/** A withdrawal's date is the day it takes effect, when a source tells of that (not the day its law was signed). */
const TAKES_EFFECT = /withdrawal-(?:effective|takes-effect)/;
function takingEffect(c: Observation[], dates: (string | null)[], docs: string[]): [(string | null)[], string[]] {
  const effective = c.map((o) => o.step === 'denounced' && !!o.date && TAKES_EFFECT.test(o.cue));
  if (!effective.includes(true)) return [dates, docs];
  return [dates.filter((_, i) => effective[i]), docs.filter((_, i) => effective[i])];
}

/** The values the highest-ranked documents that give any value give, with those documents. */
function highestRank(values: (string | null)[], docs: string[], rankOf: RankOf): [(string | null)[], string[]] {
  let top = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]) top = Math.max(top, rankOf(docs[i]));
  const keep = values.map((v, i) => !!v && rankOf(docs[i]) === top);
  return [values.filter((_, i) => keep[i]), docs.filter((_, i) => keep[i])];
}

/** Time order; an undated event goes after the latest dated event of an earlier step. */
export function inTimeOrder<T extends { event: LifecycleEvent }>(events: T[]): T[] {
  const rank = (s: LifecycleStep) => STEP_ORDER.indexOf(s);
  const key = (e: LifecycleEvent) =>
    e.date ??
    events
      .filter((x) => x.event.date && rank(x.event.step) < rank(e.step))
      .map((x) => x.event.date!)
      .sort()
      .at(-1) ??
    '';
  return [...events].sort((a, b) => key(a.event).localeCompare(key(b.event)) || rank(a.event.step) - rank(b.event.step));
}
