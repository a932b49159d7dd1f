// An agreement's identity as one document gives it (the instrument it names most, the date and states of the
// signature it reports), and when two such identities are two agreements.
import { compatibleDates } from '../dates.ts';
import { sameItems } from '../memo.ts';
import type { Instrument } from '../record/instruments.ts';
import { mostCommon } from '../record/sources.ts';
import { sameWord } from '../record/text.ts';
import type { RunProfile, Signed } from './profile.ts';

/** Reported signing dates this many days apart are still one signature (time zones, a report's slip). */
const DATE_SLACK_DAYS = 3;
/** Fewer states than this identify no pair of parties (a capital in a dateline is one state). */
const MIN_PARTIES = 2;

/** What one document is about, as far as its names and signature reports say. */
export interface DocIdentity {
  doc: string;
  /** Index (in the pile's candidate instruments) of the one it names most; -1 when it names none. */
  instrument: number;
  /** The signing date it reports for it (or in a sentence naming no other agreement); null when none. */
  date: string | null;
  /** A dated signature sentence names the instrument itself (strong evidence of what the report is about). */
  strong: boolean;
  /** States of that signature and of its names' "between" clauses, sorted; empty when fewer than two. */
  parties: string[];
  /** States of its names' "between" clauses alone ("Treaty on X between A and B"), sorted; empty when fewer
   *  than two. Only these tell agreements of one title apart: a signature sentence may name any state. */
  sides: string[];
  /** States any claim of the document mentions. */
  mentioned: Set<string>;
  /** Candidate instruments the document names at all, with how often. */
  names: ReadonlyMap<number, number>;
}

/** One document's identity from its runs' profiles; `candidate` maps a name's key-and-year to its candidate
 *  instrument, `support` says how many documents name each (ties of a document go to the more supported).
 *  Written as plain loops: it runs for every document of the pile on every update. */
export function identityOf(doc: string, profiles: RunProfile[], candidate: Map<string, number>, support: number[]): DocIdentity {
  const counts = new Map<number, number>();
  for (const p of profiles) {
    for (const [sig, n] of p.named) {
      const i = candidate.get(sig);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + n.count);
    }
  }
  let instrument = -1;
  let most = 0;
  for (const [i, n] of counts) {
    if (n > most || (n === most && (support[i] > support[instrument] || (support[i] === support[instrument] && i < instrument)))) [instrument, most] = [i, n];
  }
  // Its own signature sentences name the instrument; else one naming no candidate ("signed on …") is the
  // report's, while a sentence naming another agreement is about that one.
  const own: Signed[] = [];
  const unnamed: Signed[] = [];
  for (const p of profiles) {
    for (const s of p.signed) {
      if (s.sigs.some((sig) => candidate.get(sig) === instrument)) own.push(s);
      else if (!s.sigs.some((sig) => candidate.has(sig))) unnamed.push(s);
    }
  }
  const chosen = own.length ? own : unnamed;
  const sides = new Set<string>();
  for (const p of profiles) for (const [sig, n] of p.named) if (n.sides.length && candidate.get(sig) === instrument) for (const x of n.sides) sides.add(x);
  const parties = new Set(sides);
  for (const s of chosen) for (const x of s.parties) parties.add(x);
  return {
    doc,
    instrument,
    date: chosen.length ? mostCommon(chosen.map((s) => s.date)) : null,
    strong: own.length > 0,
    parties: parties.size >= MIN_PARTIES ? [...parties].sort() : [],
    sides: sides.size >= MIN_PARTIES ? [...sides].sort() : [],
    mentioned: profiles.length === 1 ? profiles[0].mentioned : new Set(profiles.flatMap((p) => [...p.mentioned])),
    names: counts,
  };
}

/** The identity read last time for a document (keyed by its first run's profile), and what it was read against. */
const LAST = new WeakMap<RunProfile, { doc: string; profiles: RunProfile[]; pile: string; support: number[] | null; identity: DocIdentity }>();

/** identityOf, reused from the last update while the document's runs, the pile's candidates (`pile`: their
 *  names in order, which fix `candidate`) and, where two candidates tied in it, their support are the same:
 *  a server reads every document's identity on every update, and one new report changes few of them. */
export function identityAgain(doc: string, profiles: RunProfile[], candidate: Map<string, number>, support: number[], pile: string): DocIdentity {
  const first = profiles[0];
  if (!first) return identityOf(doc, profiles, candidate, support);
  const last = LAST.get(first);
  if (last && last.doc === doc && last.pile === pile && sameItems(last.profiles, profiles) && (!last.support || sameItems(last.support, support)))
    return last.identity;
  const identity = identityOf(doc, profiles, candidate, support);
  LAST.set(first, { doc, profiles, pile, support: tied(identity.names) ? [...support] : null, identity });
  return identity;
}

/** Two candidates named equally often: support decided between them. */
function tied(counts: ReadonlyMap<number, number>): boolean {
  let most = 0;
  let times = 0;
  for (const n of counts.values()) {
    if (n > most) [most, times] = [n, 1];
    else if (n === most) times++;
  }
  return times > 1;
}

/** The candidates: instruments that could be the pile's agreement (as record/instruments.ts `mainInstrument`
 *  picks them: not earlier, not replaced, not a nickname, with a name that is not only descriptive). */
export const isCandidate = (i: Instrument) => !i.superseded && !i.earlier && !i.nickname && i.names.some((n) => n.form !== 'descriptive' && !n.plural);

/** What an agreement found so far is: its instruments, the states its first documents' titles name and the
 *  signing date most of them give. */
export interface GroupIdentity {
  instruments: Set<number>;
  sides: string[];
  date: string | null;
}

/** Why two identities are two agreements (empty when they may be one): they must report different signing
 *  dates, and differ in title (no instrument in common) or in the parties their titles name (neither set
 *  holds the other). A translated title on the same date, or states signing one convention on several
 *  dates, never split. */
export function differences(a: GroupIdentity, b: GroupIdentity): string[] {
  if (!a.date || !b.date || sameDate(a.date, b.date)) return [];
  const out: string[] = [];
  if (![...a.instruments].some((i) => b.instruments.has(i))) out.push('title');
  if (a.sides.length && b.sides.length && !within(a.sides, b.sides) && !within(b.sides, a.sides)) out.push('parties');
  return out.length ? [...out, 'signing date'] : [];
}

/** One date written less precisely (2031-03, 2031-03-14) or a few days off. */
export function sameDate(a: string, b: string): boolean {
  if (compatibleDates(a, b)) return true;
  if (a.length < 10 || b.length < 10) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= DATE_SLACK_DAYS * 86_400_000;
}

/** Every state of `a` is one of `b` (codes equal, names in another case form or script alike). */
const within = (a: string[], b: string[]) => a.every((x) => b.some((y) => x === y || sameWord(x, y)));
