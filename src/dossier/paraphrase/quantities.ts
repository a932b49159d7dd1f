// Quantities a text sets, read from its words in any supported language: a number (digits, or words cardinal
// or ordinal, read by the clause matcher's number reader) followed by a unit — a period of time ("ninety days",
// "20-year", "шести месяцев", "fünfzehn Jahre", "le soixantième jour", "doce meses") or what a threshold counts
// ("55 Parties", "the fiftieth instrument", "50 Vertragsparteien") — or a unit of time that says one by itself
// ("a year", "un an", "через год"). A period told as history ("ten years ago", "vor zehn Jahren", "two years
// later") is left out: it is no clause's content.
import { LANGUAGES as CLAUSE_LANGUAGES } from '../conflicts/clauses/languages/index.ts';
import { numbersIn, type Token } from '../conflicts/clauses/numbers.ts';
import { type ParaphraseWords, type Unit, wordsFor } from './languages/index.ts';

/** A quantity and where the text writes it (offsets into the text, end exclusive). */
export interface Quantity {
  value: number;
  unit: Unit;
  start: number;
  end: number;
}

const TOKEN = /\p{Nd}+|\p{L}+/gu;
/** How far before and after a period history words are looked for. */
const PAST_WINDOW = 20;
/** Counts below this are no threshold ("the two parties", "both states"). */
const MIN_COUNT = 3;

/** Lower case as the clause matcher's number words are written (ё as е). */
const fold = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

function unitOf(word: string, languages: ParaphraseWords[]): Unit | null {
  for (const l of languages) {
    for (const [unit, starts] of Object.entries(l.units) as [Unit, string[]][]) {
      if (starts.some((s) => (s.endsWith('$') ? word === s.slice(0, -1) : word.startsWith(s)))) return unit;
    }
  }
  return null;
}

/** The quantities of a text in the given language (null: every language's words). */
export function quantitiesIn(text: string, language: string | null): Quantity[] {
  const words = wordsFor(language);
  const own = language ? CLAUSE_LANGUAGES[language.slice(0, 2).toLowerCase()] : undefined;
  const numberWords = own ? [own] : Object.values(CLAUSE_LANGUAGES);
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({ word: fold(m[0]), start: m.index!, end: m.index! + m[0].length }));
  const fillers = new Set(words.flatMap((l) => l.fillers ?? []));
  const out: Quantity[] = [];
  const push = (value: number, unit: Unit, start: number, end: number) => {
    if (unit === 'party' ? value >= MIN_COUNT : !told(text, start, end, words)) out.push({ value, unit, start, end });
  };
  const inNumber = new Set<number>();
  for (const n of numbersIn(tokens, numberWords, text)) {
    for (let i = n.from; i < n.to; i++) inNumber.add(i);
    let i = n.to;
    if (i < tokens.length && fillers.has(tokens[i].word)) i++;
    const unit = i < tokens.length ? unitOf(tokens[i].word, words) : null;
    if (unit && n.value > 0) push(n.value, unit, tokens[n.from].start, tokens[i].end);
  }
  // "a year", "ein Jahr", "через год": one of the unit of time, with no number written.
  const one = new Set(words.flatMap((l) => l.one ?? []));
  const bare = new Set(words.flatMap((l) => l.bareOne ?? []));
  tokens.forEach((t, i) => {
    if (inNumber.has(i) || (i > 0 && inNumber.has(i - 1))) return;
    const unit = unitOf(t.word, words);
    if (!unit || unit === 'party') return;
    if (i > 0 && one.has(tokens[i - 1].word)) push(1, unit, tokens[i - 1].start, t.end);
    else if (bare.has(t.word)) push(1, unit, t.start, t.end);
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the words around a period tell it as history. */
function told(text: string, start: number, end: number, words: ParaphraseWords[]): boolean {
  const before = text.slice(Math.max(0, start - PAST_WINDOW), start);
  const after = text.slice(end, end + PAST_WINDOW);
  return words.some((l) => l.pastBefore.test(before) || l.pastAfter.test(after));
}

/** A quantity in words a reader expects: "90 days", "1 year", "55 parties". */
export const quantityLabel = (value: number, unit: Unit) =>
  unit === 'party' ? `${value} ${value === 1 ? 'party' : 'parties'}` : `${value} ${unit}${value === 1 ? '' : 's'}`;
