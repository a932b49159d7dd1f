// Observations from many claims → one event per step and party (per body too, when two bodies of one party
// acted on different days), with every supporting claim and document, in time order.
import type { LifecycleEvent, LifecycleStep } from '../../types.ts';
import { compatibleDates } from '../dates.ts';
import { PER_PARTY } from '../../read/index.ts';
import { sameName } from './names.ts';
import type { Observation } from './types.ts';

/** The Vienna Convention order of steps, for events whose date no source gives. */
export const STEP_ORDER: LifecycleStep[] = [
  'signed', 'provisionally-applied', 'submitted-for-ratification', 'approved-by-legislature', 'ratified',
  'instruments-exchanged', 'entered-into-force', 'amended', 'extended', 'suspended', 'denounced', 'terminated', 'expired',
];

export interface MergedEvent {
  event: LifecycleEvent;
  observations: Observation[];
}

/** Observations being merged into one event, with the distinct bodies and dates seen so far. */
interface Cluster {
  obs: Observation[];
  party: string | null;
  bodies: string[];
  dates: string[];
}

export function mergeObservations(observations: Observation[], sourceOf: (doc: string) => string): MergedEvent[] {
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
      if (perParty && !o.party) home = homeForUnattributed(own, o);
      else for (let i = 0; i < own.length && !home; i++) if (belongs(own[i], o, perParty)) home = own[i];
      if (home) add(home, o);
      else if (!(perParty && !o.party && own.length > 1)) own.push(add({ obs: [], party: o.party, bodies: [], dates: [] }, o));
    }
    clusters.push(...own);
  }
  return clusters.map((c) => ({ event: summarize(c.obs, sourceOf), observations: c.obs }));
}

/** Attributed observations first, then the more precisely dated, otherwise in order, so the vague ones join
 *  what the precise ones established. A stable bucket sort: a step may have tens of thousands. */
function preciseFirst(list: Observation[]): Observation[] {
  const buckets = new Map<number, Observation[]>();
  for (const o of list) {
    const at = (o.party ? 0 : 1e6) - (o.date?.length ?? 0);
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
  if (o.date && !c.dates.includes(o.date)) c.dates.push(o.date);
  return c;
}

/** Steps that can happen more than once (on different days); the others happen once per party. */
const REPEATABLE = new Set<LifecycleStep>(['amended', 'extended', 'suspended']);

/** One event: the same party (for a party's steps), and not two different bodies on two different days;
 *  a repeatable step on another day is another event. Other disagreements on dates are conflicts. */
function belongs(c: Cluster, o: Observation, perParty: boolean): boolean {
  if (perParty && c.party !== o.party) return false;
  const otherBody = !!o.body && c.bodies.length > 0 && !c.bodies.some((b) => sameName(b, o.body!));
  const otherDate = !!o.date && c.dates.length > 0 && !c.dates.some((d) => compatibleDates(d, o.date));
  if (REPEATABLE.has(o.step)) return !otherDate;
  return !(perParty && otherBody && otherDate);
}

/** A party's step told without the party: the event of that step on the same day, or the only one there is. */
function homeForUnattributed(clusters: Cluster[], o: Observation): Cluster | undefined {
  if (o.date) {
    const sameDay = clusters.find((c) => c.dates.includes(o.date!));
    if (sameDay) return sameDay;
  }
  if (clusters.length === 1 && clusters[0].dates.every((d) => compatibleDates(d, o.date))) return clusters[0];
  return undefined;
}

/** The value most independent sources support (a less precise value supports a more precise one it agrees
 *  with: "2020-05" backs "2020-05-03"); on a tie the more precise, then the first in order. */
export function vote(values: { value: string | null; doc: string }[], sourceOf: (doc: string) => string, same: (a: string, b: string) => boolean = compatibleDates): string | null {
  return voteOn(
    values.map((v) => v.value),
    values.map((v) => v.doc),
    sourceOf,
    same,
  );
}

/** vote() over values and the documents giving them, side by side. */
function voteOn(values: (string | null)[], docs: string[], sourceOf: (doc: string) => string, same: (a: string, b: string) => boolean = compatibleDates): string | null {
  // Each value written, in order, with the sources that write it: values are compared, not every statement.
  const sourcesOf = new Map<string, Set<string>>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!value) continue;
    const sources = sourcesOf.get(value);
    if (sources) sources.add(sourceOf(docs[i]));
    else sourcesOf.set(value, new Set([sourceOf(docs[i])]));
  }
  let best: { value: string; support: number } | null = null;
  for (const value of sourcesOf.keys()) {
    const supporting = new Set<string>();
    for (const [written, sources] of sourcesOf) if (same(written, value)) for (const s of sources) supporting.add(s);
    const support = supporting.size;
    if (!best || support > best.support || (support === best.support && value.length > best.value.length)) best = { value, support };
  }
  return best?.value ?? null;
}

function summarize(c: Observation[], sourceOf: (doc: string) => string): LifecycleEvent {
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
    date: voteOn(given.dates, given.docs, sourceOf),
    party: party || null,
    body: voteOn(given.bodies, given.docs, sourceOf, sameName),
    ref: ref || null,
    place: voteOn(given.places, given.docs, sourceOf, sameName),
    claims: [...claims],
    docs: [...docs],
  };
}

/** Time order; an undated event goes after the latest dated event of an earlier step. */
export function inTimeOrder<T extends { event: LifecycleEvent }>(events: T[]): T[] {
  const rank = (s: LifecycleStep) => STEP_ORDER.indexOf(s);
  const key = (e: LifecycleEvent) =>
    e.date ?? events.filter((x) => x.event.date && rank(x.event.step) < rank(e.step)).map((x) => x.event.date!).sort().at(-1) ?? '';
  return [...events].sort((a, b) => key(a.event).localeCompare(key(b.event)) || rank(a.event.step) - rank(b.event.step));
}
