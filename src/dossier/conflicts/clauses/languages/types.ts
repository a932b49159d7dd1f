// What the clause matcher needs of one language: the words that say nothing of what a clause is about, and how
// the language writes numbers in words (cardinal and ordinal: "ninety", "fiftieth", "quatre-vingt-dix").
import type { Concept } from './concepts.ts';

export interface ClauseWords {
  /** Function words, and the words any clause of any treaty is told with ("treaty", "provides", "parties"),
   *  lower case. */
  stop: string[];
  /** Number words (cardinal and ordinal forms) → value. A word whose value is 100 or 1000 multiplies the
   *  number before it ("two hundred"); the others add ("sixty-five"). */
  numbers: Record<string, number>;
  /** Words that join the parts of one number ("one hundred and eighty", "cincuenta y cinco"). */
  joiners?: string[];
  /** The value of a number word the table cannot list (German compounds, Russian inflections), or null. */
  numberOf?: (word: string) => number | null;
  /** Word starts that name a concept (../concepts.ts), lower case; a start of several words matches
   *  consecutive words ("into force"); one ending in "$" is a whole word ("fund$", not "fundamental"). */
  concepts?: Partial<Record<Concept, string[]>>;
  /** Whether the language writes compounds as one word, so that a concept may stand inside one. */
  compounds?: boolean;
  /** Words that put the unit before the tens they add to ("خمسة وخمسين", five and fifty). */
  tensAfterUnit?: RegExp;
}

/** Values that multiply the part of the number before them. */
export const SCALES = new Set([100, 1000]);

/** Word → value entries for words that share a value: `forms(5, 'five', 'fifth')`. */
export const forms = (value: number, ...words: string[]): [string, number][] => words.map((w) => [w, value]);
