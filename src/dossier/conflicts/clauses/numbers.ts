// Numbers a clause is told with, in digits or words, cardinal or ordinal, in any of the languages of
// ./languages: "ninety days after the fiftieth instrument", "quatre-vingt-dix jours après le cinquantième",
// "через девяносто дней после пятидесятой", "180 Tage nach der 65.". Words of one number are read together
// ("one hundred and eighty", "quatre-vingt-dix", "cincuenta y cinco"): scales multiply the part before them,
// French "vingt" after "quatre" makes eighty, everything else adds.
import { type ClauseWords, SCALES } from './languages/index.ts';

/** A word of the text: its lower-case form and where it is. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** A number the text writes and the words that write it (token indices, end exclusive). */
export interface WrittenNumber {
  value: number;
  from: number;
  to: number;
}

const DIGITS = /^\d{1,3}(?:[ .,\u00a0\u202f\u066c]\d{3})*$|^\d+$/;

/** The value of one token in the languages given, or null. */
function numberOf(word: string, languages: ClauseWords[]): number | null {
  if (DIGITS.test(word)) return Number(word.replace(/\D/g, ''));
  for (const l of languages) {
    const v = l.numbers[word] ?? l.numberOf?.(word);
    if (v !== undefined && v !== null) return v;
  }
  return null;
}

/** `text`: what the tokens were read from (words of one number are separated by spaces or hyphens only). */
export function numbersIn(tokens: Token[], languages: ClauseWords[], text: string): WrittenNumber[] {
  const joiners = new Set(languages.flatMap((l) => l.joiners ?? []));
  const out: WrittenNumber[] = [];
  /** The number being read: its words, the thousands read, the part after them, and the last part added. */
  let run: { from: number; to: number; total: number; part: number; last: number } | null = null;
  const close = () => {
    if (run) out.push({ value: run.total + run.part, from: run.from, to: run.to });
    run = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    const value = numberOf(word, languages);
    if (value === null) {
      // "one hundred and eighty": a joiner between two number words belongs to the number.
      if (!(run && joiners.has(word) && i + 1 < tokens.length && numberOf(tokens[i + 1].word, languages) !== null)) close();
      continue;
    }
    // Digits stand alone: "Article 15, 50 ratifications" is two numbers.
    if (DIGITS.test(word)) {
      close();
      out.push({ value, from: i, to: i + 1 });
      continue;
    }
    if (run && !(adjacent(tokens[i - 1], tokens[i], text) && (continues(run, value, word) || tensAfterUnit(run, value, word, languages)))) close();
    if (!run) run = { from: i, to: i, total: 0, part: 0, last: 0 };
    if (SCALES.has(value)) {
      run.part = (run.part || 1) * value;
      run.last = value;
      if (value === 1000) {
        run.total += run.part;
        run.part = 0;
      }
    } else if (isFourTwenties(run, word)) {
      run.part += 76;
      run.last = 80;
    } else {
      run.part += value;
      run.last = value;
    }
    run.to = i + 1;
  }
  close();
  return out;
}

/** French "quatre-vingt(s)": twenty after four makes eighty. */
const isFourTwenties = (run: { part: number; last: number }, word: string) => run.last === 4 && word.startsWith('vingt');

/** Whether a number word goes on with the number before it: after a scale, anything smaller; after tens, a
 *  unit or a teen ("sixty-five", "soixante-dix-sept", "quatre-vingt-dix"); "vingt" after "quatre". Else it
 *  starts another number. */
function continues(run: { part: number; last: number }, value: number, word: string): boolean {
  if (SCALES.has(value)) return run.last < value;
  if (isFourTwenties(run, word)) return true;
  if (run.last >= 100) return value < 100;
  return value < 20 && run.part % 10 === 0 && run.part % 100 >= 20;
}

/** Tens after the unit they add to, in the languages that write them so ("خمسة وخمسين"). */
const tensAfterUnit = (run: { part: number; last: number }, value: number, word: string, languages: ClauseWords[]) =>
  run.part > 0 && run.part < 10 && value >= 20 && value < 100 && value % 10 === 0 && languages.some((l) => l.tensAfterUnit?.test(word));

/** Two words of one number: nothing but spaces, hyphens or a joiner's spaces between them. */
const adjacent = (a: Token | undefined, b: Token, text: string) => !!a && /^[\s\u00a0-]*$/.test(text.slice(a.end, b.start));
