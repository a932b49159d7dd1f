// The parties: the states named in the title's "between A and B" (resolved to the codes the reading stage gave
// their names), else the states most mentioned together with the agreement and its signature.
import type { Claim, PartyMention } from '../../types.ts';
import { perObject } from '../memo.ts';
import type { Run } from '../runs.ts';
import { isUpper, sameWord, titleCase } from './text.ts';

/** Words for a form of government, dropped to get a state's short name ("the Federal Republic of Nowhere" → "Nowhere"). */
const GOVERNMENT_FORM =
  /^(?:the\s+)?(?:(?:federal|democratic|people'?s|socialist|islamic|united|kingdom|republic|union|state|states|commonwealth|federation|principality|grand|duchy|sultanate|emirate|confederation|federative|plurinational|arab|of|the)\s+)+/iu;
/** A co-mentioned state is a party when mentioned in at least this share of the top state's sources. */
const CO_MENTION_SHARE = 0.6;

export interface PartiesResult {
  parties: string[];
  names: Record<string, string[]>;
}

/** Splits "between A and B" (or "A, B and C") into the names of the sides. */
export function betweenSides(between: string): string[] {
  const inner = between.replace(/^(?:between|между|zwischen|entre)\s+/iu, '');
  return inner
    .split(/\s*,\s*|\s+(?:and|и|und|et)\s+/iu)
    .map((s) => s.trim())
    .filter((s) => s && !/^(?:the\s+)?(?:parties|sides|two|both)\b/iu.test(s));
}

/** The short name of a state from its formal name, as a code for a state with no ISO code. */
export function shortName(name: string): string {
  const cased = isUpper(name) ? titleCase(name) : name;
  return cased.replace(GOVERNMENT_FORM, '').trim() || cased.trim();
}

/** What joins the states of a name's prefix ("United States-Mexico-Canada Agreement", "Russia–Iran treaty"). */
const STATE_JOIN = /^\s*[-–—/]\s*$/u;

/** The states a name of the agreement joins by dashes before its head ("US-Japan", "United States-Mexico-Canada"),
 *  read from the party mentions of the claims that give the name; the set most names give, two states or more. */
export function statesInNames(names: { claim: string; start: number; end: number; form: string }[], claims: Map<string, Claim>): string[] {
  const votes = new Map<string, number>();
  for (const n of names) {
    if (n.form === 'descriptive') continue;
    const c = claims.get(n.claim);
    const inside = (c?.party_mentions ?? []).filter((m) => m.start >= n.start && m.end <= n.end).sort((a, b) => a.start - b.start);
    if (inside.length < 2 || !c) continue;
    const joined = inside.slice(1).every((m, i) => STATE_JOIN.test(c.text.slice(inside[i].end, m.start)));
    const codes = [...new Set(inside.map((m) => m.code))].sort();
    if (joined && codes.length >= 2) votes.set(codes.join(','), (votes.get(codes.join(',')) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
  return best ? best[0].split(',') : [];
}

/** A capital written as where something happened ("signed in Buenos Aires") is a venue, not its state acting. */
const VENUE_BEFORE = /(?:^|[\s(])(?:in|at|en|à|a|в|во|in der|nach|de|from)\s+(?:the\s+)?$/iu;
const isVenue = (m: PartyMention, c: Claim) => m.form === 'capital' && VENUE_BEFORE.test(c.text.slice(Math.max(0, m.start - 12), m.start));

/** Party codes: from the title's sides, else the states a name of it joins by dashes, else by co-mention with
 *  the agreement's names and signature (`treatyClaims`: the claims that name it or report a signature, asked
 *  for only when needed). */
export function findParties(
  runs: Run[],
  between: string | null,
  treatyClaims: () => Set<string>,
  sources: Record<string, string>,
  named: string[] = [],
): PartiesResult {
  const mentions: { m: PartyMention; c: Claim }[] = [];
  for (const run of runs) mentions.push(...mentionsIn(run));
  const names: Record<string, string[]> = {};
  const add = (code: string, name: string) => {
    const list = (names[code] ??= []);
    if (!list.some((n) => n.toLowerCase() === name.toLowerCase())) list.push(name);
  };
  const parties: string[] = [];
  for (const side of between ? betweenSides(between) : []) {
    const code = codeOf(
      side,
      mentions.map((x) => x.m),
    );
    if (!parties.includes(code)) parties.push(code);
    add(code, isUpper(side) ? titleCase(side.replace(/^the\s+/iu, '')) : side.replace(/^the\s+/u, ''));
    add(code, shortName(side));
  }
  if (parties.length < 2 && named.length >= 2) parties.splice(0, parties.length, ...named);
  if (parties.length < 2) {
    parties.length = 0;
    const count = new Map<string, Set<string>>();
    let treaty: Set<string> | null = null;
    for (const { m, c } of mentions) {
      if (!(treaty ??= treatyClaims()).has(c.id) || isVenue(m, c)) continue;
      const set = count.get(m.code) ?? new Set<string>();
      set.add(sources[c.doc] ?? c.doc);
      count.set(m.code, set);
    }
    const ranked = [...count].sort((a, b) => b[1].size - a[1].size);
    const top = ranked[0]?.[1].size ?? 0;
    for (const [code, set] of ranked) if (set.size >= CO_MENTION_SHARE * top || parties.length < 2) parties.push(code);
  }
  for (const { m } of mentions) if (parties.includes(m.code)) add(m.code, m.text);
  return { parties: [...parties].sort(), names };
}

/** A run's party mentions with their claims. */
const mentionsIn = perObject((run: Run) => {
  const out: { m: PartyMention; c: Claim }[] = [];
  for (const c of run.claims) for (const m of c.party_mentions ?? []) out.push({ m, c });
  return out;
});

/** The code the reading stage gives a side's name: a mention whose words the side contains, or the short name. */
function codeOf(side: string, mentions: PartyMention[]): string {
  const words = side.split(/[^\p{L}'’-]+/u).filter((w) => w.length > 2);
  // The longest mention inside the side names it ("Democratic Republic of the Congo", not "Republic of the Congo").
  const votes = new Map<string, { longest: number; count: number }>();
  for (const m of mentions) {
    const mWords = m.text.split(/[^\p{L}'’-]+/u).filter((w) => w.length > 2);
    if (!mWords.length) continue;
    const inside = side.toLowerCase().includes(m.text.toLowerCase()) || mWords.every((w) => words.some((s) => sameWord(s, w, 2)));
    if (!inside) continue;
    const v = votes.get(m.code) ?? { longest: 0, count: 0 };
    votes.set(m.code, { longest: Math.max(v.longest, m.text.length), count: v.count + 1 });
  }
  const best = [...votes].sort((a, b) => b[1].longest - a[1].longest || b[1].count - a[1].count)[0];
  return best ? best[0] : shortName(side);
}
