// Which followed agreement a new report is about, by the pile-splitting rules (src/dossier/split): what a report
// names most decides, then the states it shares with the agreement. A report that names no followed agreement
// and shares too few of any one's parties goes to the unsorted collection, with the reason; so does one that
// names two followed agreements equally. Pure.
import { isPlural, nameKey, nameSpans, namesIn, profileOf, runsOf } from '../dossier/index.ts';
import { findParties } from '../read/index.ts';
import type { Claim } from '../types.ts';
import type { FollowedAgreement } from './config.ts';

/** A report placed by its states alone must share at least this many of the agreement's parties (a single
 *  state in a dateline or a quote says nothing of which agreement it is about). */
const MIN_SHARED_PARTIES = 2;

/** A followed agreement as reports are matched against it. */
export interface AgreementMatcher {
  agreement: FollowedAgreement;
  /** Keys (content-word stems, as the name reader keys names) of its name and aliases that read as names. */
  keys: string[][];
  /** Aliases that are no agreement-shaped name ("USMCA", "New START"), found as words. */
  phrases: RegExp[];
  /** Its parties: a state's code where the party reader knows it, else the name found as a word. */
  codes: string[];
  partyWords: RegExp[];
}

export interface Routing {
  collection: string;
  /** The followed agreement's name; null for the unsorted collection. */
  agreement: string | null;
  /** Why, in a few words ("names it 3 times", "names no followed agreement"). */
  reason: string;
}

/** The report as routing reads it: its title and body, and its claims (of this document only). */
export interface RoutedReport {
  title: string | null;
  body: string;
  claims: Claim[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as whole words; all-capital words (acronyms) keep their case, other words ignore it. */
function wordsPattern(phrase: string): RegExp {
  const words = phrase.split(/\s+/).map(escapeRegex).join('\\s+');
  const acronym = !/\p{Ll}/u.test(phrase);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

/** Languages whose state names the party reader knows: a party written in any of them is read as its code. */
const PARTY_LANGUAGES = [null, 'en', 'fr', 'de', 'es', 'ru', 'ar'];

/** An article before a state's name ("the Russian Federation", "la France"), which the name reader does not take. */
const LEADING_ARTICLE = /^(?:the|la|le|les|el|los|las|die|der|das)\s+|^l['’]/iu;

/** The state code a party's name reads as (the whole name, in one of PARTY_LANGUAGES), else undefined. */
function stateCode(party: string): string | undefined {
  const name = party.replace(LEADING_ARTICLE, '');
  for (const language of PARTY_LANGUAGES) {
    const found = findParties(name, language).find((m) => m.start === 0 && m.end >= name.length - 1);
    if (found) return found.code;
  }
  return undefined;
}

export function matcherOf(agreement: FollowedAgreement): AgreementMatcher {
  const keys: string[][] = [];
  const phrases: RegExp[] = [];
  for (const name of [agreement.name, ...agreement.aliases]) {
    const span = nameSpans(name)[0];
    if (span?.key.length) keys.push(span.key);
    else phrases.push(wordsPattern(name));
  }
  const codes: string[] = [];
  const partyWords: RegExp[] = [];
  for (const party of agreement.parties) {
    const code = /^[A-Z]{2}$/.test(party) ? party : stateCode(party);
    if (code) codes.push(code);
    else partyWords.push(wordsPattern(party));
  }
  return { agreement, keys, phrases, codes, partyWords };
}

/** Every stem of the followed name is in the report's name ("Treaty on the Lumen Strait" in "the Lumen Strait
 *  treaty signed in Halden"); a followed name of general words only never matches through this. */
const within = (followed: string[], named: string[]) => followed.length > 0 && followed.every((k) => named.includes(k));

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/** The keys of the names a report gives the agreements it is about: the names the split reads (not plural, not
 *  replaced, not earlier), and those of its title. */
function namedKeys(report: RoutedReport): string[][] {
  const keys: string[][] = [];
  for (const run of runsOf(report.claims)) {
    for (const { names } of namesIn(run).claims) for (const n of names) if (!n.plural && !n.superseded && !n.previous) keys.push(n.key);
  }
  for (const span of nameSpans(report.title ?? '')) if (!isPlural(span)) keys.push(span.key.length ? span.key : nameKey(span.core));
  return keys;
}

/** The states a report mentions: party codes of its claims and the sides of its names' "between" clauses. */
function statesOf(report: RoutedReport): Set<string> {
  const states = new Set<string>();
  for (const run of runsOf(report.claims)) {
    const profile = profileOf(run);
    for (const code of profile.mentioned) states.add(code);
    for (const { sides } of profile.named.values()) for (const s of sides) states.add(s);
  }
  return states;
}

interface Score {
  m: AgreementMatcher;
  named: number;
  parties: number;
}

const unsorted = (collection: string, reason: string): Routing => ({ collection, agreement: null, reason });
const list = (scores: Score[]) => scores.map((s) => `"${s.m.agreement.name}"`).join(' and ');

/** The collection a report goes to among the followed agreements, else `unsortedCollection`. */
export function routeReport(report: RoutedReport, matchers: AgreementMatcher[], unsortedCollection: string): Routing {
  if (!matchers.length) return unsorted(unsortedCollection, 'no agreement is followed');
  const keys = namedKeys(report);
  const states = statesOf(report);
  const text = `${report.title ?? ''}\n${report.body}`;
  const scores: Score[] = matchers.map((m) => ({
    m,
    named: keys.filter((k) => m.keys.some((f) => within(f, k))).length + m.phrases.reduce((n, re) => n + count(re, text), 0),
    parties: m.codes.filter((c) => states.has(c)).length + m.partyWords.filter((re) => count(re, text) > 0).length,
  }));
  const byName = best(
    scores.filter((s) => s.named > 0),
    (s) => s.named * 1000 + s.parties,
  );
  if (byName.length === 1) {
    const [s] = byName;
    return { collection: s.m.agreement.collection, agreement: s.m.agreement.name, reason: `names it ${s.named} time(s)` };
  }
  if (byName.length > 1) return unsorted(unsortedCollection, `names ${list(byName)} alike`);
  // Named nowhere: an agreement it names under another name, between enough of one followed agreement's parties.
  if (!keys.length) return unsorted(unsortedCollection, 'names no followed agreement');
  const byParties = best(
    scores.filter((s) => s.parties >= MIN_SHARED_PARTIES),
    (s) => s.parties,
  );
  if (byParties.length === 1) {
    const [s] = byParties;
    return { collection: s.m.agreement.collection, agreement: s.m.agreement.name, reason: `names an agreement between ${s.parties} of its parties` };
  }
  if (byParties.length > 1) return unsorted(unsortedCollection, `names an agreement between parties of ${list(byParties)} alike`);
  return unsorted(unsortedCollection, 'names no followed agreement');
}

/** The scores with the highest value (several when tied). */
function best(scores: Score[], value: (s: Score) => number): Score[] {
  const top = Math.max(...scores.map(value));
  return scores.filter((s) => value(s) === top);
}
