// Which documents of a pile are about which agreement, when a pile covers several (reports on a rail treaty
// between A and B and on a fishing accord between C and D dropped in one folder). Conservative: a pile splits
// only into groups that each name their own agreement in a dated signature report, that differ from each
// other in signing date and in title or parties, and whose reports rarely name each other's agreement. A pile
// about one treaty whose reports mention others in passing (what it supersedes, an alliance it is compared
// with) stays one: those mentions are not what a report names most, or are earlier/replaced instruments.
import type { AgreementSplit, Claim, DocumentRecord } from '../../types.ts';
import { pileInstruments } from '../record/index.ts';
import { bestName } from '../record/instruments.ts';
import { independentSources, mostCommon } from '../record/sources.ts';
import { runsOf } from '../runs.ts';
import { type DocIdentity, differences, type GroupIdentity, identityAgain, isCandidate, sameDate } from './identity.ts';
import { profileOf, type RunProfile } from './profile.ts';

/** A group whose documents name another group's agreement more often than this is one pile comparing them. */
const OVERLAP_SHARE = 1 / 3;
/** Share of a group's independent sources that must give its signing date. */
const DATE_AGREEMENT = 1 / 2;
/** More agreements than this in one pile is noise, not a collection: further groups join the ones found. */
const MAX_AGREEMENTS = 20;
/** How much each kind of evidence counts when a document without a signature report of its own is placed:
 *  the agreement it names most, then the signing date it gives, then each state it shares. */
const PLACE_BY = { instrument: 100, date: 10, party: 1 };

interface Group extends GroupIdentity {
  members: DocIdentity[];
  /** The states its signature reports and titles name (the first of its documents that name two or more). */
  parties: string[];
}

/** The pile's agreements as groups of documents, the largest first; null when the pile is about one agreement
 *  (or too little says otherwise), which the caller builds from all documents as before. */
export function splitPile(docs: DocumentRecord[], claims: Claim[]): AgreementSplit[] | null {
  const runs = runsOf(claims);
  const profiles = new Map<string, RunProfile[]>();
  for (const run of runs) {
    const list = profiles.get(run.doc);
    if (list) list.push(profileOf(run));
    else profiles.set(run.doc, [profileOf(run)]);
  }
  // The common case, settled before the pile's names are clustered: no two signature reports that name an
  // agreement give different dates, so no two groups can (each needs one on its own date, see isAgreement).
  if (!datedApart(profiles.values())) return null;
  const candidates = pileInstruments(claims, docs).filter(isCandidate);
  if (!candidates.length) return null;
  const candidate = new Map<string, number>();
  candidates.forEach((c, i) => c.sigs.forEach((s) => candidate.set(s, i)));
  // Documents naming each candidate (`seen`: the last document counted for it).
  const support = candidates.map(() => 0);
  const seen: (RunProfile[] | null)[] = candidates.map(() => null);
  for (const list of profiles.values()) {
    for (const p of list) {
      for (const sig of p.named.keys()) {
        const i = candidate.get(sig);
        if (i !== undefined && seen[i] !== list) [support[i], seen[i]] = [support[i] + 1, list];
      }
    }
  }
  const pile = candidates.map((c) => [...c.sigs].join('\u0001')).join('\u0002');
  const identify = (d: DocumentRecord) => identityAgain(d.id, profiles.get(d.id) ?? [], candidate, support, pile);
  // Only documents that report a signature can found a group; the others are read when one is placed.
  const reporting = (d: DocumentRecord) => !!profiles.get(d.id)?.some((p) => p.signed.length);
  const identities = docs.filter(reporting).map(identify);

  const sources = independentSources(docs);
  const leftover: DocIdentity[] = [];
  const agreements: Group[] = [];
  for (const g of founded(identities, leftover)) {
    if (isAgreement(g, sources)) agreements.push(g);
    else leftover.push(...g.members);
  }
  const groups = joinLoneReports(mergeOverlapping(agreements), sources);
  if (groups.length < 2) return null;

  // Documents with no signature report of their own go where their names, date and states point; a document
  // that points nowhere goes with the largest group, as every document went with the one agreement before.
  const docsOf = groups.map((g) => new Set(g.members.map((m) => m.doc)));
  const others = [...leftover, ...identities.filter((id) => id.instrument < 0 || !id.date), ...docs.filter((d) => !reporting(d)).map(identify)];
  for (const id of others) docsOf[placeOf(id, groups)].add(id.doc);
  const order = new Map(docs.map((d, i) => [d.id, i]));
  return groups
    .map((g, i) => ({
      docs: [...docsOf[i]].sort((a, b) => order.get(a)! - order.get(b)!),
      titles: [...g.instruments].map((k) => bestName(candidates[k].names, () => 0)),
      parties: g.parties,
      signed: g.date,
      separated_by: [...new Set(groups.flatMap((o) => (o === g ? [] : differences(g, o))))],
    }))
    .sort((a, b) => b.docs.length - a.docs.length || order.get(a.docs[0])! - order.get(b.docs[0])!);
}

/** Documents that name an agreement and date its signature, grouped by agreement and states, then joined to
 *  the first (largest) group they do not differ from. Too many groups: the rest go to `leftover`. */
function founded(identities: DocIdentity[], leftover: DocIdentity[]): Group[] {
  const byKey = new Map<string, DocIdentity[]>();
  for (const id of identities) {
    if (id.instrument < 0 || !id.date) continue;
    const key = `${id.instrument}|${id.sides.join(',')}`;
    const list = byKey.get(key);
    if (list) list.push(id);
    else byKey.set(key, [id]);
  }
  const groups: Group[] = [];
  // Largest first (the sort is stable: pile order among equals).
  for (const members of [...byKey.values()].sort((a, b) => b.length - a.length)) {
    const identity: GroupIdentity = { instruments: new Set([members[0].instrument]), sides: members[0].sides, date: mostCommon(members.map((m) => m.date!)) };
    const parties = members.find((m) => m.parties.length)?.parties ?? [];
    const same = groups.find((g) => !differences(g, identity).length);
    if (same) {
      same.members.push(...members);
      same.instruments.add(members[0].instrument);
      // States first known from a smaller group of its reports ("… between A and B" in one of them).
      if (!same.sides.length) same.sides = identity.sides;
      if (!same.parties.length) same.parties = parties;
    } else if (groups.length < MAX_AGREEMENTS) groups.push({ ...identity, parties, members: [...members] });
    else leftover.push(...members);
  }
  return groups;
}

/** Two signature reports that name an agreement (any) give different dates. */
function datedApart(profiles: Iterable<RunProfile[]>): boolean {
  const dates = new Set<string>();
  for (const list of profiles) for (const p of list) for (const s of p.signed) if (s.sigs.length) dates.add(s.date);
  const distinct = [...dates];
  return distinct.some((a, i) => distinct.some((b, j) => j > i && !sameDate(a, b)));
}

/** A group is an agreement of its own when one of its reports names it while reporting its signature on the
 *  date most of its reports give (reports that each date it differently are no one agreement). */
function isAgreement(g: Group, sources: Record<string, string>): boolean {
  if (!g.members.some((m) => m.strong && sameDate(m.date!, g.date!))) return false;
  const all = new Set<string>();
  const agree = new Set<string>();
  for (const m of g.members) {
    const source = sources[m.doc] ?? m.doc;
    all.add(source);
    if (sameDate(m.date!, g.date!)) agree.add(source);
  }
  return agree.size >= DATE_AGREEMENT * all.size;
}

/** A group that one independent source alone founds, with the same states as the largest group (or none
 *  known), joins it: its other title may be the same agreement in another language ("Парижское соглашение"
 *  beside "Paris Agreement") and its other date a misdated signature or another act signed (a decree), which
 *  one report alone cannot tell from a second agreement. A group of other states stays apart. */
function joinLoneReports(groups: Group[], sources: Record<string, string>): Group[] {
  const [largest, ...rest] = groups;
  if (!largest) return groups;
  const out = [largest];
  for (const g of rest) {
    const lone = new Set(g.members.map((m) => sources[m.doc] ?? m.doc)).size === 1;
    if (lone && !differences(g, largest).includes('parties')) largest.members.push(...g.members);
    else out.push(g);
  }
  return out;
}

/** Groups of different titles whose reports name each other's agreement often are one pile: the smaller joins
 *  the larger. */
function mergeOverlapping(groups: Group[]): Group[] {
  const out = [...groups].sort((a, b) => b.members.length - a.members.length);
  const naming = (g: Group, other: Group) => g.members.filter((m) => [...other.instruments].some((i) => m.names.has(i))).length / g.members.length;
  for (let x = out.length - 1; x > 0; x--) {
    const into = out
      .slice(0, x)
      .find((y) => ![...y.instruments].some((i) => out[x].instruments.has(i)) && (naming(out[x], y) > OVERLAP_SHARE || naming(y, out[x]) > OVERLAP_SHARE));
    if (!into) continue;
    into.members.push(...out[x].members);
    for (const i of out[x].instruments) into.instruments.add(i);
    out.splice(x, 1);
  }
  return out;
}

/** The group a document belongs to by the agreement it names most, its signing date and its states (see
 *  PLACE_BY); the largest group when nothing points elsewhere. */
function placeOf(id: DocIdentity, groups: Group[]): number {
  const states = new Set([...id.parties, ...id.mentioned]);
  let best = 0;
  let bestScore = -1;
  groups.forEach((g, i) => {
    const score =
      (g.instruments.has(id.instrument) ? PLACE_BY.instrument : 0) +
      (id.date && g.date && sameDate(id.date, g.date) ? PLACE_BY.date : 0) +
      g.parties.filter((p) => states.has(p)).length * PLACE_BY.party;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
