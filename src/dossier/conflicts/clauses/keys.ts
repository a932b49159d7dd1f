// What a claim says of a clause, as keys that can be compared across languages without translating: the
// numbers it gives ("ninety days after the fiftieth" → #90, #50), the concepts its words name ("Manöver",
// "exercises" → @exercises; ./concepts.ts), and its other words as cognate keys (./cognates.ts), each marked when it is written as a name (capitalised inside a sentence, in a language
// that does not capitalise every noun). What the claim cites (the article, another instrument's), its dates
// and the states it names are left out: they say which clause or when, or are in every clause.
import type { Claim } from '../../../types.ts';
import { cognateKey } from './cognates.ts';
import { conceptsIn } from './concepts.ts';
import { type ClauseWords, LANGUAGES } from './languages/index.ts';
import { numbersIn, type Token } from './numbers.ts';

export interface ClauseKey {
  key: string;
  /** The words as the claim writes them. */
  surface: string;
  /** A number ("#90"), a name ("Cluj"), or another word. */
  kind: 'number' | 'name' | 'word';
}

/** Numbers below this say little ("one of the parties", "the two countries"). */
const MIN_NUMBER = 3;
/** Languages whose capitals say nothing of a name: every noun has one. */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);
const ALL = Object.values(LANGUAGES);
const STOP = new Set(ALL.flatMap((l) => l.stop));

/** A word may carry Arabic vowel marks and shadda ("تُنهى", "نافِذةً"): part of the word, dropped from its key. */
const TOKEN = /\p{Nd}{1,3}(?:[,.\u00a0\u202f\u066c]\p{Nd}{3})+(?!\p{Nd})|\p{Nd}+|\p{L}[\p{L}\u064b-\u065f\u0670]*/gu;
const ARABIC_MARKS = /[\u064b-\u065f\u0670]/g;
/** Arabic-Indic and Persian digits as ASCII ("٩٠" → "90"). */
const asciiDigits = (w: string) => w.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - (d >= '\u06f0' ? 0x6f0 : 0x660)));
/** What may stand right before the first word of a sentence (a capital there is no name's). */
const SENTENCE_START = /(?:^|[.!?:;«"“(\n]|\s[-–—])\s*$/u;

/** The keys of a claim's text, each once; `language` the claim's (null: every language's number words);
 *  `agreementNames`: spans naming the agreement, masked too (./names.ts). */
export function clauseKeys(
  claim: Pick<Claim, 'text' | 'article_refs' | 'foreign_refs' | 'dates' | 'party_mentions'>,
  language: string | null,
  agreementNames: { start: number; end: number }[] = [],
): ClauseKey[] {
  const text = masked(claim, agreementNames);
  const tokens: (Token & { raw: string })[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = asciiDigits(m[0].toLowerCase().replace(/ё/g, 'е').replace(ARABIC_MARKS, ''));
    tokens.push({ word, raw: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  const languages: ClauseWords[] = language && LANGUAGES[language] ? [LANGUAGES[language]] : ALL;
  const keys = new Map<string, ClauseKey>();
  const inNumber = new Set<number>();
  for (const n of numbersIn(tokens, languages, text)) {
    for (let i = n.from; i < n.to; i++) inNumber.add(i);
    if (n.value < MIN_NUMBER) continue;
    const key = `#${n.value}`;
    if (!keys.has(key)) keys.set(key, { key, surface: text.slice(tokens[n.from].start, tokens[n.to - 1].end), kind: 'number' });
  }
  // Words that name a concept give its key, not their cognates': "Schifffahrt" and "navigation" are one.
  const inConcept = new Set<number>();
  for (const c of conceptsIn(
    tokens.map((t) => t.word),
    languages,
  )) {
    if (inNumber.has(c.from)) continue;
    for (let i = c.from; i < c.to; i++) inConcept.add(i);
    if (!keys.has(c.key)) keys.set(c.key, { key: c.key, surface: text.slice(tokens[c.from].start, tokens[c.to - 1].end), kind: 'word' });
  }
  const names = !language || !NOUNS_CAPITALISED.has(language);
  tokens.forEach((t, i) => {
    if (inNumber.has(i) || inConcept.has(i) || STOP.has(t.word) || /\d/.test(t.word)) return;
    const key = cognateKey(t.word);
    if (!key) return;
    const name = names && /^\p{Lu}\p{Ll}/u.test(t.raw) && !SENTENCE_START.test(text.slice(Math.max(0, t.start - 4), t.start));
    const had = keys.get(key);
    if (!had) keys.set(key, { key, surface: t.raw, kind: name ? 'name' : 'word' });
    else if (name && had.kind === 'word') had.kind = 'name';
  });
  return [...keys.values()];
}

/** The claim's text with what it cites, its dates and its states blanked (offsets kept). */
function masked(claim: Pick<Claim, 'text' | 'article_refs' | 'foreign_refs' | 'dates' | 'party_mentions'>, names: { start: number; end: number }[]): string {
  const spans = [...(claim.article_refs ?? []), ...(claim.foreign_refs ?? []), ...(claim.dates ?? []), ...(claim.party_mentions ?? []), ...names];
  let text = claim.text;
  for (const s of spans) if (s.end > s.start) text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  return text;
}
