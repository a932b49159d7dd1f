// Groups the names sources use into instruments and decides which one the pile is about. The others are what
// it supersedes ("will replace the X of DATE") or related earlier instruments ("Treaty of Commerce … in 1961").
import type { Claim, InstrumentRef } from '../../types.ts';
import { compatibleDates } from '../dates.ts';
import type { Run } from '../runs.ts';
import { initialsOf, writesInitials } from './initials.ts';
import type { NameMention } from './names.ts';
import { type ReadName, replacementsIn } from './reading.ts';
import { mostCounted } from './sources.ts';

/** An instrument whose dated mentions are this many years before the newest report is an earlier one. */
const HISTORICAL_YEARS = 2;
/** Two names are one instrument when their keys overlap this much (Jaccard), or one holds the other's 2+ stems. */
const SAME_KEY = 0.5;

export interface Instrument {
  names: ReadName[];
  /** The keys-and-years of its names (ReadName.sig). */
  sigs: Set<string>;
  superseded: boolean;
  earlier: boolean;
  /** Earlier only because every dated name is old, not because words say so ("the previous treaty"). */
  aged: boolean;
  nickname: boolean;
  /** Named as the framework the agreement was made under ("adopted under the Convention on …"). */
  framework: boolean;
}

function similar(a: string[], b: string[]): boolean {
  const inter = a.filter((k) => b.includes(k)).length;
  const [small] = a.length <= b.length ? [a, b] : [b, a];
  return inter / (a.length + b.length - inter) >= SAME_KEY || (inter === small.length && small.length >= 2);
}

/** Clusters names by key (dates must agree); a descriptive name joins a cluster or stands alone. `runs`: each
 *  document's names by formation order (reading.ts `namesIn`). */
export function cluster(runs: Map<number, ReadName[]>[], newestYear: number | null): Instrument[] {
  // Names repeat: a group is compared through its distinct keys, each with the years its names carry
  // (dates of one instrument agree on the year; a same-named instrument of another year is another one).
  // A framework name ("adopted under the Convention on the Law of the Sea") founds a group of its own even when
  // its key is part of the agreement's title ("Agreement under the Convention on the Law of the Sea on …").
  const groups: { names: ReadName[]; sigs: Set<string>; keys: Map<string, { key: string[]; years: Set<string> }>; framework: boolean }[] = [];
  const fits = (k: { key: string[]; years: Set<string> }, n: ReadName) => similar(k.key, n.key) && (!n.year || k.years.size === 0 || k.years.has(n.year));
  const groupOf = new Map<string, (typeof groups)[number]>();
  for (const n of formalFirst(runs)) {
    let g = groupOf.get(n.sig);
    if (!g) {
      // The first name with this key and year: it joins a group its key fits, or founds one.
      g = groups.find((grp) => grp.framework === n.framework && [...grp.keys.values()].some((k) => fits(k, n)));
      if (!g) groups.push((g = { names: [], sigs: new Set(), keys: new Map(), framework: n.framework }));
      groupOf.set(n.sig, g);
      g.sigs.add(n.sig);
      let k = g.keys.get(n.keyStr);
      if (!k) g.keys.set(n.keyStr, (k = { key: n.key, years: new Set<string>() }));
      if (n.year) k.years.add(n.year);
    }
    g.names.push(n);
  }
  const old = (n: NameMention) => newestYear != null && Number(n.date!.slice(0, 4)) <= newestYear - HISTORICAL_YEARS;
  return groups.map(({ names: g, sigs }) => {
    // Earlier when every dated name is old (and one is dated), or when words before a name say so.
    let dated = false;
    let allOld = true;
    const i: Instrument = { names: g, sigs, superseded: false, earlier: false, aged: false, nickname: false, framework: false };
    for (const n of g) {
      if (n.date) {
        dated = true;
        allOld &&= old(n);
      }
      i.superseded ||= n.superseded;
      i.earlier ||= n.previous;
      i.nickname ||= n.nickname;
      i.framework ||= n.framework;
    }
    i.aged = !i.earlier && dated && allOld;
    i.earlier ||= i.aged;
    return i;
  });
}

/** All names by formation order (reading.ts `formationOrder`), otherwise in pile order: the first name of a
 *  kind founds its group. A stable bucket sort of each document's buckets: a large pile has tens of thousands. */
function formalFirst(runs: Map<number, ReadName[]>[]): ReadName[] {
  const buckets = new Map<number, ReadName[][]>();
  for (const run of runs) {
    for (const [at, names] of run) {
      const lists = buckets.get(at);
      if (lists) lists.push(names);
      else buckets.set(at, [names]);
    }
  }
  const out: ReadName[] = [];
  for (const at of [...buckets.keys()].sort((a, b) => a - b)) for (const names of buckets.get(at)!) for (const n of names) out.push(n);
  return out;
}

/** The instrument the pile is about: the official text's title, else the one most sources name (not an earlier,
 *  superseded or nicknamed one; ties go to the one with a formal head-first name). */
export function mainInstrument(instruments: Instrument[], sources: Record<string, string>, officialDoc: string | null): Instrument | null {
  const candidates = instruments.filter(
    (i) => !i.superseded && !i.earlier && !i.nickname && !i.framework && i.names.some((n) => n.form !== 'descriptive' && !n.plural),
  );
  const official = officialDoc ? candidates.find((i) => i.names.some((n) => n.doc === officialDoc && n.between)) : undefined;
  if (official) return official;
  // A lower-case phrase ("the agreement on equal access to ports") may just describe; a formal title names.
  const rank = new Map(
    candidates.map((i) => {
      // Independent sources with a formal name (or one naming the parties), all its sources, formal head-first names.
      const formal = new Set<string>();
      const all = new Set<string>();
      let headFirst = 0;
      for (const n of i.names) {
        const source = sources[n.doc] ?? n.doc;
        all.add(source);
        if (n.form === 'formal' || n.between) formal.add(source);
        if (n.headFirst && n.form === 'formal') headFirst++;
      }
      return [i, [formal.size, all.size, headFirst, i.names.length]];
    }),
  );
  return firstBest(candidates, (i) => rank.get(i)!);
}

/** The first item whose numbers are the greatest, compared in order (what a stable sort puts first). */
function firstBest<T>(items: T[], numbers: (item: T) => number[]): T | null {
  let best: { item: T; n: number[] } | null = null;
  for (const item of items) {
    const n = numbers(item);
    if (!best || greater(n, best.n)) best = { item, n };
  }
  return best?.item ?? null;
}

const greater = (x: number[], y: number[]) => {
  const i = x.findIndex((v, k) => v !== y[k]);
  return i >= 0 && x[i] > y[i];
};

/** How much a document's wording is preferred for names (the official text's most, then the dossier's language). */
export type Preference = (doc: string) => number;

/** The name to print for an instrument: from the preferred documents, formal, head-first, longest. */
export function bestName(names: NameMention[], prefer: Preference): string {
  // A document's names come together: its preference is asked for once.
  let doc = '';
  let preferred = 0;
  const score = (n: NameMention) => {
    if (n.doc !== doc) [doc, preferred] = [n.doc, prefer(n.doc)];
    return preferred + (n.form === 'formal' ? 4 : n.form === 'lower' ? 2 : 0) + (n.headFirst ? 1 : 0);
  };
  // The first of the highest score, then the longest core.
  let best = names[0];
  let bestScore = score(best);
  for (const n of names) {
    const s = score(n);
    if (s > bestScore || (s === bestScore && n.core.length > best.core.length)) [best, bestScore] = [n, s];
  }
  const text = best.between && /parties|sides|contracting/i.test(best.between.text) ? best.text.slice(0, best.between.start - best.start).trim() : best.text;
  return text.replace(/^(?:the|a|an)\s+/iu, '');
}

/** The most precise date the names give, among those compatible with the most common one. */
function bestDate(names: NameMention[]): string | null {
  const years = new Map<string, number>();
  for (const n of names) if (n.date) years.set(n.date.slice(0, 4), (years.get(n.date.slice(0, 4)) ?? 0) + 1);
  if (!years.size) return null;
  const year = mostCounted(years);
  // The first of the longest.
  let best: string | null = null;
  for (const n of names) if (n.date?.startsWith(year) && (best === null || n.date.length > best.length)) best = n.date;
  return best;
}

/** A dated signing of an instrument other than this agreement (record/signing.ts). */
export interface OtherSigning {
  claim: Claim;
  date: string;
}

/** What the agreement supersedes: superseded instruments, merged across languages when their dates agree.
 *  A replaced instrument predates the agreement: a date after its signing is no date of it ("replacing X after
 *  26 years" read as a year to come). Its own signing, told by its initials ("NAFTA, signed on December 17,
 *  1992"), dates it: the year a name carries ("the 1994 X") may be its entry into force. */
export function supersededRefs(
  instruments: Instrument[],
  prefer: Preference,
  signedDate: string | null = null,
  signings: OtherSigning[] = [],
): InstrumentRef[] {
  const before = (n: NameMention) => (n.date && signedDate && n.date.slice(0, 4) > signedDate.slice(0, 4) ? { ...n, date: null } : n);
  const merged: { names: NameMention[]; date: string | null }[] = [];
  for (const i of instruments.filter((x) => x.superseded)) {
    const names = i.names.map(before);
    const d = bestDate(names);
    const g = merged.find((m) => compatibleDates(m.date, d));
    if (g) {
      g.names.push(...names);
      g.date = bestDate(g.names);
    } else merged.push({ names, date: d });
  }
  return merged.map(({ names, date }) => {
    const initials = [...new Set(names.map((n) => initialsOf(n.core)).filter((x) => x !== null))];
    const own = signings.find((s) => (!signedDate || s.date < signedDate) && initials.some((i) => writesInitials(s.claim.text, i)));
    return { title: bestName(names, prefer), date: own?.date ?? date, claims: [...new Set(names.map((n) => n.claim))] };
  });
}

/** A replaced instrument the claims do not name but date ("It replaces a 1961 treaty"), added only when no
 *  named superseded instrument has a compatible date. */
export function unnamedSuperseded(runs: Run[], named: InstrumentRef[]): InstrumentRef[] {
  const out: InstrumentRef[] = [];
  for (const run of runs) {
    for (const r of replacementsIn(run)) {
      if ([...named, ...out].some((x) => x.date && compatibleDates(x.date, r.date))) continue;
      out.push({ title: r.title, date: r.date, claims: [r.claim.id] });
    }
  }
  return out;
}

/** Earlier instruments the sources mention, named or only dated ("an international treaty was signed on …"). */
export function relatedRefs(instruments: Instrument[], unnamed: { claim: Claim; date: string; place: string | null }[], prefer: Preference): InstrumentRef[] {
  const refs: InstrumentRef[] = instruments
    .filter((i) => !i.superseded && (i.earlier || i.framework) && i.names.some((n) => n.form !== 'descriptive' || n.date))
    .map((i) => ({ title: bestName(i.names, prefer), date: bestDate(i.names), claims: [...new Set(i.names.map((n) => n.claim))] }));
  for (const u of unnamed) {
    if (refs.some((r) => r.date && compatibleDates(r.date, u.date))) continue;
    const noun =
      /(?<![\p{L}])(?:an?|the)\s+((?:[a-z-]+\s+){0,3}(?:treaty|agreement|pact|accord|convention|declaration))/iu.exec(u.claim.text)?.[1] ?? 'agreement';
    refs.push({ title: u.place ? `${noun} signed in ${u.place}` : noun, date: u.date, claims: [u.claim.id] });
  }
  return refs.sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')));
}
