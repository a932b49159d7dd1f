// Finds states (names, adjectives, abbreviations, capitals) and their bodies (legislatures, offices).
import type { BodyMention, PartyMention } from '../../types.ts';
import { type BodyRule, rulesFor } from './bodies.ts';
import { countryOf } from './country.ts';
import { tokenize } from './matcher.ts';
import { NAMES } from './names.ts';

/** A capital followed by another capitalized word is part of a longer name ("Washington Post", "Moscow State University"). */
const PART_OF_NAME = /^ \p{Lu}/u;

export function findParties(text: string, language: string | null): PartyMention[] {
  const out: PartyMention[] = [];
  for (const m of NAMES.match(text, tokenize(text), language)) {
    const { code, form } = m.entry;
    if (!code) continue;
    if (form === 'capital' && PART_OF_NAME.test(text.slice(m.end, m.end + 2))) continue;
    // "U.S." keeps its final dot.
    const end = form === 'abbreviation' && text[m.end] === '.' && text[m.end - 2] === '.' ? m.end + 1 : m.end;
    out.push({ text: text.slice(m.start, end), start: m.start, end, code, form });
  }
  return out;
}

/** Bodies with their country; pass the claim's party mentions when already found (they give the country). */
export function findBodies(text: string, language: string | null, parties?: PartyMention[]): BodyMention[] {
  const found: { start: number; end: number; rule: BodyRule }[] = [];
  for (const rule of rulesFor(text)) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      // Not inside a longer word: "President" but not "Vice-President" or "copresident".
      if (!/[\p{L}-]/u.test(text[m.index - 1] ?? ' ')) found.push({ start: m.index, end: m.index + m[0].length, rule });
    }
  }
  if (!found.length) return [];
  const kept: typeof found = [];
  for (const f of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  const states = parties ?? findParties(text, language);
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, rule }) => ({
      text: text.slice(start, end),
      start,
      end,
      name: rule.name,
      country: countryOf(text, start, end, states) ?? rule.country,
      role: rule.role,
    }));
}
