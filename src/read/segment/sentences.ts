// Sentence ends inside one block. A candidate is a run of terminal punctuation (with closing quotes and
// brackets after it) followed by a space and a sentence-opening character; the rules below, in order, veto it.
import { BEFORE_NUMBER_SET, GERMAN_ORDINAL_LEADS, GERMAN_ORDINAL_NOUNS, INNER_SET, MAY_END_SET, MONTH_SET, openersFor, TITLE_SET } from './abbreviations.ts';
import { findQuotes } from './quotes.ts';

/** Terminal punctuation; ". . .." and "…" are one run. Full-width marks end a sentence without a following space. */
const TERMINAL_RUN = /[.!?…。！？؟‼⁇⁈⁉](?:[ \u00a0]?[.!?…。！？؟‼⁇⁈⁉])*/gu;
const FULL_WIDTH_END = /[。！？]$/u;
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = /^[”’"»›)\]」』]+/u;
/** What may open a sentence: a capital, a letter of a script without case (Hangul, CJK, Arabic), a digit, an opening quote or bracket. */
const OPENS_SENTENCE = /^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}“‘"«„‹([¿¡「『]/u;
/** Preceded by a word character and a dot ("U.S", "a.m", "z.B"): an abbreviation by shape. */
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
const INITIAL = /^\p{Lu}$/u;
/** A short dateline opening a paragraph ("PARIS, May 6. /AFP/.", "КИЕВ, 11 июня 2031 года."): kept with its sentence. */
const DATELINE = /^\p{Lu}[\p{Lu}\s'’.-]+,\s+(?=[^\n]*\d)\S[^\n]{0,40}$/u;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Spaced abbreviations written with single letters ("z. B", "т. е", "и т. д", "H. G"), joined without spaces. */
const SPACED_ABBREVIATION = /(?:^|[\s(])((?:и\s)?(?:\p{L}{1,2}\.\s?){1,3}\p{L}{1,2})$/u;

/** The word before the period at `dot` ("U.S" before "U.S."), and the spaced abbreviation it ends, joined ("z.B"). */
function wordBefore(text: string, dot: number, from: number): { word: string; joined: string } {
  let a = dot;
  while (a > from && !/\s/.test(text[a - 1])) a--;
  // Leading brackets and quotes, and a French elision ("l’art." → "art"), are not part of the word.
  const word = text
    .slice(a, dot)
    .replace(/^[\p{Ps}\p{Pi}"'/]+/u, '')
    .replace(/^\p{L}['’](?=\p{L})/u, '');
  const spaced = SPACED_ABBREVIATION.exec(text.slice(Math.max(from, dot - 12), dot));
  return { word, joined: spaced ? spaced[1].replace(/\s+/g, '') : word };
}

function nextWord(text: string, at: number): string {
  return /^[\p{L}\p{N}'’-]*/u.exec(text.slice(at, at + 40))![0];
}

function previousWord(text: string, before: number): string {
  const m = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, before - 40), before));
  return m ? m[1] : '';
}

/** Whether the period ending `word` is an abbreviation's, given what follows. The named rules, in order. */
function abbreviationHolds(text: string, dot: number, at: number, from: number, language: string | null): boolean {
  const { word, joined } = wordBefore(text, dot, from);
  if (!word) return false;
  const next = nextWord(text, at);
  const digitNext = /^\p{Nd}/u.test(next);
  const opener = openersFor(language).has(next);
  // The first letter of a spaced abbreviation ("z. B.", "d. h.", "H. G. Wells") is followed by another lettered dot.
  if (/^\p{L}{1,2}$/u.test(word) && /^\p{L}{1,2}\.(?!\p{L})/u.test(text.slice(at, at + 3))) return true;
  if (INNER_SET.has(joined) || INNER_SET.has(word)) return true;
  if (TITLE_SET.has(word)) return true;
  if (BEFORE_NUMBER_SET.has(word) && digitNext) return true;
  // Ordinal day before a month ("27. Mai") or, in German, after an article or preposition ("am 2. April", "zum 30. Jahrestag").
  if (/^\d{1,2}$/.test(word) && Number(word) <= 31 && MONTH_SET.has(next)) return true;
  if (language === 'de' && /^\d{1,3}$/.test(word) && GERMAN_ORDINAL_LEADS.has(previousWord(text, dot - word.length).toLowerCase())) return true;
  if (language === 'de' && /^\d{1,3}$/.test(word) && GERMAN_ORDINAL_NOUNS.has(next)) return true;
  // Initials ("John F. Kennedy", "S. Africa"), dotted acronyms ("U.S.") and abbreviations that may end a sentence.
  if (INITIAL.test(word) || DOTTED.test(word) || MAY_END_SET.has(word) || MAY_END_SET.has(joined)) return !opener;
  return false;
}

/**
 * Sentence spans of body[from, to), trimmed; the caller's block boundaries are kept.
 * Sentence ends inside a balanced quotation are not boundaries: the quotation stays in its sentence.
 */
export function sentencesOf(text: string, from: number, to: number, language: string | null): SentenceSpan[] {
  const quotes = findQuotes(text, from, to);
  // A run that ends before the closing mark is inside the quotation; one that the closing mark follows ends it.
  // Quotations come in order without nesting and the ends asked about only grow: one pass over both.
  let q = 0;
  const insideQuote = (end: number) => {
    while (q < quotes.length && quotes[q].close < end) q++;
    return q < quotes.length && end > quotes[q].open;
  };
  // Whether the sentence so far, text[start, end), holds a letter: each character is searched once, however
  // many candidate ends a letterless run ("1. 1. 1. …") offers.
  let scanned = from;
  let lettered = false;
  const hasLetter = (end: number) => {
    if (!lettered && scanned < end) {
      lettered = /\p{L}/u.test(text.slice(scanned, end));
      scanned = end;
    }
    return lettered;
  };
  const spans: SentenceSpan[] = [];
  let start = from;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  TERMINAL_RUN.lastIndex = from;
  for (let m = TERMINAL_RUN.exec(text); m && m.index < to; m = TERMINAL_RUN.exec(text)) {
    let end = m.index + m[0].length;
    if (end > to) break;
    end += CLOSERS.exec(text.slice(end, Math.min(to, end + 4)))?.[0].length ?? 0;
    if (end >= to) break;
    if (insideQuote(end)) continue;
    const fullWidth = FULL_WIDTH_END.test(m[0]);
    if (!fullWidth && !/\s/.test(text[end])) continue;
    let at = end;
    while (at < to && /\s/.test(text[at])) at++;
    if (at >= to) break;
    if (!fullWidth && !OPENS_SENTENCE.test(text.slice(at, at + 1))) continue;
    if (m[0] === '.' && abbreviationHolds(text, m.index, at, from, language)) continue;
    // No sentence without a letter ("1." of an enumerated item); a dateline stays with its sentence.
    if (!hasLetter(end)) continue;
    if (spans.length === 0 && DATELINE.test(text.slice(start, end).trim())) continue;
    push(end);
    start = at;
    scanned = at;
    lettered = false;
  }
  push(to);
  return spans;
}
