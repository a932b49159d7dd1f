// Groups the names sources use into instruments and decides which one the pile is about. The others are what
// it supersedes ("will replace the X of DATE") or related earlier instruments ("Treaty of Commerce … in 1961").
import type { Claim, InstrumentRef } from '../../types.ts';
import type { NameMention } from './names.ts';
import { mostCommon } from './sources.ts';

/** Verbs whose object is the instrument replaced ("This treaty will supersede the treaty on …"). */
const SUPERSEDE_ACTIVE = /(?<![\p{L}])(?:replace[sd]?|replacing|supersede[sd]?|superseding|заменит\p{L}*|заменя\p{L}*|ersetzt|ersetzen|remplace\p{L}*|abroge\p{L}*)(?![\p{L}])/iu;
/** Phrases whose subject is the instrument replaced ("the 2009 Agreement … has ceased to apply"). */
const SUPERSEDE_PASSIVE = /(?<![\p{L}])(?:ceased? to apply|ceases? to be in force|will lapse|lapses|утрачивает силу|утратит силу|прекращает действие|tritt außer kraft|cesse d'être en vigueur)(?![\p{L}])/iu;
/** Words just before a name that make it an earlier instrument ("the previous agreement"). */
const PREVIOUS = /(?<![\p{L}])(?:previous|earlier|former|prior|old|прежн\p{L}*|предыдущ\p{L}*|früher\p{L}*|bisherig\p{L}*|vorherig\p{L}*|ancien\p{L}*|précédent\p{L}*)\s+(?:\S+\s+){0,3}$/iu;
/** Words that introduce a nickname for the agreement ("which diplomats have nicknamed the Bridge Treaty"). */
const NICKNAME = /(?:nicknamed|dubbed|known as|so-called|called|referred to as|прозван\p{L}*|так называем\p{L}*|genannt|sogenannt\p{L}*|surnommé\p{L}*)\s+(?:the\s+|as\s+)?["“«„]?$/iu;
/** An instrument whose dated mentions are this many years before the newest report is an earlier one. */
const HISTORICAL_YEARS = 2;
/** Two names are one instrument when their keys overlap this much (Jaccard), or one holds the other's 2+ stems. */
const SAME_KEY = 0.5;

export interface Instrument {
  names: NameMention[];
  superseded: boolean;
  earlier: boolean;
  nickname: boolean;
}

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

function similar(a: string[], b: string[]): boolean {
  const inter = a.filter((k) => b.includes(k)).length;
  const [small] = a.length <= b.length ? [a, b] : [b, a];
  return inter / (a.length + b.length - inter) >= SAME_KEY || (inter === small.length && small.length >= 2);
}

/** Clusters names by key (dates must agree); a descriptive name joins a cluster or stands alone. */
export function cluster(names: NameMention[], claimsById: Map<string, Claim>, newestYear: number | null): Instrument[] {
  const rank = { formal: 0, lower: 1, descriptive: 2 };
  const sorted = [...names].sort((x, y) => rank[x.form] - rank[y.form] || y.key.length - x.key.length);
  // Names repeat: a group is compared through its distinct keys, each with the years its names carry
  // (dates of one instrument agree on the year; a same-named instrument of another year is another one).
  const groups: { names: NameMention[]; keys: Map<string, { key: string[]; years: Set<string> }> }[] = [];
  const year = (n: NameMention) => n.date?.slice(0, 4) ?? null;
  const fits = (k: { key: string[]; years: Set<string> }, n: NameMention) => similar(k.key, n.key) && (!year(n) || k.years.size === 0 || k.years.has(year(n)!));
  const groupOf = new Map<string, (typeof groups)[number]>();
  for (const n of sorted) {
    const keyStr = n.key.join(',');
    const sig = `${keyStr}|${year(n) ?? ''}`;
    let g = groupOf.get(sig) ?? groups.find((grp) => [...grp.keys.values()].some((k) => fits(k, n)));
    if (!g) groups.push((g = { names: [], keys: new Map() }));
    groupOf.set(sig, g);
    g.names.push(n);
    const k = g.keys.get(keyStr) ?? { key: n.key, years: new Set<string>() };
    if (year(n)) k.years.add(year(n)!);
    g.keys.set(keyStr, k);
  }
  const inClaim = new Map<string, NameMention[]>();
  for (const n of names) inClaim.set(n.claim, [...(inClaim.get(n.claim) ?? []), n].sort((a, b) => a.start - b.start));
  return groups.map(({ names: g }) => {
    const superseded = g.some((n) => supersededIn(n, claimsById.get(n.claim), inClaim.get(n.claim) ?? []));
    const dated = g.filter((n) => n.date);
    const old = (n: NameMention) => newestYear != null && Number(n.date!.slice(0, 4)) <= newestYear - HISTORICAL_YEARS;
    const earlier = (dated.length > 0 && dated.every(old)) || g.some((n) => PREVIOUS.test(textBefore(n, claimsById)));
    const nickname = g.some((n) => NICKNAME.test(textBefore(n, claimsById)));
    return { names: g, superseded, earlier, nickname };
  });
}

const textBefore = (n: NameMention, claimsById: Map<string, Claim>) => (claimsById.get(n.claim)?.text ?? '').slice(Math.max(0, n.start - 40), n.start);

/** The name is what its claim says the agreement replaces (`others`: all names in that claim, in order). */
function supersededIn(n: NameMention, claim: Claim | undefined, others: NameMention[]): boolean {
  if (!claim || !SUPERSEDE_ANY.test(claim.text)) return false;
  const active = SUPERSEDE_ACTIVE.exec(claim.text);
  if (active && others.find((o) => o.start > active.index) === n) return true;
  const passive = SUPERSEDE_PASSIVE.exec(claim.text);
  return !!passive && [...others].reverse().find((o) => o.end <= passive.index) === n;
}

/** Cheap test first: most claims speak of no replacement. */
const SUPERSEDE_ANY = /replac|supersed|ceas|laps|замен|утрач|прекращ|ersetz|außer kraft|remplac|abrog|cesse/iu;

/** A plural head names several instruments ("separate intergovernmental agreements of cooperation"). */
export const isPlural = (n: NameMention) => /(?<![\p{L}])(?:treaties|agreements|pacts|conventions|accords|protocols|declarations)(?![\p{L}])/iu.test(n.text);

/** Independent sources that name an instrument. */
export const sourcesOf = (i: Instrument, sources: Record<string, string>) => new Set(i.names.map((n) => sources[n.doc] ?? n.doc)).size;

/** The instrument the pile is about: the official text's title, else the one most sources name (not an earlier,
 *  superseded or nicknamed one; ties go to the one with a formal head-first name). */
export function mainInstrument(instruments: Instrument[], sources: Record<string, string>, officialDoc: string | null): Instrument | null {
  const candidates = instruments.filter((i) => !i.superseded && !i.earlier && !i.nickname && i.names.some((n) => n.form !== 'descriptive' && !isPlural(n)));
  const official = officialDoc ? candidates.find((i) => i.names.some((n) => n.doc === officialDoc && n.between)) : undefined;
  if (official) return official;
  // A lower-case phrase ("the agreement on equal access to ports") may just describe; a formal title names.
  const formalSources = (i: Instrument) => new Set(i.names.filter((n) => n.form === 'formal' || n.between).map((n) => sources[n.doc] ?? n.doc)).size;
  const headFirst = (i: Instrument) => i.names.filter((n) => n.headFirst && n.form === 'formal').length;
  return candidates.sort((a, b) => formalSources(b) - formalSources(a) || sourcesOf(b, sources) - sourcesOf(a, sources) || headFirst(b) - headFirst(a) || b.names.length - a.names.length)[0] ?? null;
}

/** How much a document's wording is preferred for names (the official text's most, then the dossier's language). */
export type Preference = (doc: string) => number;

/** The name to print for an instrument: from the preferred documents, formal, head-first, longest. */
export function bestName(names: NameMention[], prefer: Preference): string {
  const score = (n: NameMention) => prefer(n.doc) + (n.form === 'formal' ? 4 : n.form === 'lower' ? 2 : 0) + (n.headFirst ? 1 : 0);
  const best = [...names].sort((a, b) => score(b) - score(a) || b.core.length - a.core.length)[0];
  const text = best.between && /parties|sides|contracting/i.test(best.between.text) ? best.text.slice(0, best.between.start - best.start).trim() : best.text;
  return text.replace(/^(?:the|a|an)\s+/iu, '');
}

/** The most precise date the names give, among those compatible with the most common one. */
function bestDate(names: NameMention[]): string | null {
  const dates = names.map((n) => n.date).filter((d): d is string => !!d);
  if (!dates.length) return null;
  const year = mostCommon(dates.map((d) => d.slice(0, 4)));
  return dates.filter((d) => d.startsWith(year)).sort((a, b) => b.length - a.length)[0];
}

/** What the agreement supersedes: superseded instruments, merged across languages when their dates agree. */
export function supersededRefs(instruments: Instrument[], prefer: Preference): InstrumentRef[] {
  const merged: NameMention[][] = [];
  for (const i of instruments.filter((x) => x.superseded)) {
    const d = bestDate(i.names);
    const g = merged.find((m) => compatible(bestDate(m), d));
    if (g) g.push(...i.names);
    else merged.push([...i.names]);
  }
  return merged.map((names) => ({ title: bestName(names, prefer), date: bestDate(names), claims: [...new Set(names.map((n) => n.claim))] }));
}

/** A replaced instrument the claim does not name but dates ("It replaces a 1961 treaty"): the words from the
 *  verb to the head noun are its title. Added only when no named superseded instrument has a compatible date. */
export function unnamedSuperseded(claims: Claim[], named: InstrumentRef[], hasName: (claim: string, after: number) => boolean): InstrumentRef[] {
  const out: InstrumentRef[] = [];
  for (const c of claims) {
    const verb = SUPERSEDE_ANY.test(c.text) ? SUPERSEDE_ACTIVE.exec(c.text) : null;
    if (!verb) continue;
    const from = verb.index + verb[0].length;
    if (hasName(c.id, from)) continue;
    const date = c.dates.find((d) => d.start >= from && d.start - from <= 60);
    const head = UNNAMED_HEAD.exec(c.text.slice(from, from + 60));
    if (!date || !head) continue;
    if ([...named, ...out].some((r) => r.date && compatible(r.date, date.value))) continue;
    out.push({ title: c.text.slice(from, from + head.index + head[0].length).trim().replace(/^(?:the|a|an)\s+/iu, ''), date: date.value, claims: [c.id] });
  }
  return out;
}

/** The head noun that ends an untitled instrument's description. */
const UNNAMED_HEAD = /(?<![\p{L}])(?:treaty|agreement|pact|accord|convention|protocol|договор\p{L}*|соглашени\p{L}*|vertrag\p{L}*|abkommen\p{L}*|traité|accord)(?![\p{L}])/iu;

/** Earlier instruments the sources mention, named or only dated ("an international treaty was signed on …"). */
export function relatedRefs(instruments: Instrument[], unnamed: { claim: Claim; date: string; place: string | null }[], prefer: Preference): InstrumentRef[] {
  const refs: InstrumentRef[] = instruments
    .filter((i) => !i.superseded && i.earlier && i.names.some((n) => n.form !== 'descriptive' || n.date))
    .map((i) => ({ title: bestName(i.names, prefer), date: bestDate(i.names), claims: [...new Set(i.names.map((n) => n.claim))] }));
  for (const u of unnamed) {
    if (refs.some((r) => r.date && compatible(r.date, u.date))) continue;
    const noun = /(?<![\p{L}])(?:an?|the)\s+((?:[a-z-]+\s+){0,3}(?:treaty|agreement|pact|accord|convention|declaration))/iu.exec(u.claim.text)?.[1] ?? 'agreement';
    refs.push({ title: u.place ? `${noun} signed in ${u.place}` : noun, date: u.date, claims: [u.claim.id] });
  }
  return refs.sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')));
}
