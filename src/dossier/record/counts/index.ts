// How many articles a sentence says the agreement has ("runs to 17 articles", "consta de 21 artículos",
// "besteht aus 14 Artikeln", "насчитывает девять статей", "يتألف من 27 مادة"), each language's words side by
// side. A count of some articles ("its three articles on fishing") or an approximate one ("more than 20") is none.
import { NUMBER } from '../numbers.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { CountWords } from './types.ts';

export const COUNT_LANGUAGES: CountWords[] = [en, fr, es, de, ru, ar];

const alternatives = (words: string[]) => `(?:${words.join('|')})`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}])`;
/** A preposition a count may take after "and": "et de douze articles", "y de 12 artículos", "und aus 14 Artikeln". */
const PREPOSITION = String.raw`(?:de|d['’]|of|aus|из|من)(?![\p{L}])`;

/** The phrases of one language, group 1 the number: after a word of extent, or after a determiner with the
 *  agreement named after the noun. */
function phrases(w: CountWords): RegExp[] {
  const notSubset = w.subset?.length ? String.raw`(?!\s+${alternatives(w.subset)}${NOT_LETTER_AFTER})` : '';
  const notApproximate = w.notBefore?.length ? String.raw`(?<!${alternatives(w.notBefore)} )` : '';
  const counted = String.raw`\s+${notApproximate}(${NUMBER})\s+${w.noun}${NOT_LETTER_AFTER}`;
  const out = [new RegExp(`${NOT_LETTER_BEFORE}${alternatives(w.before)}${counted}${notSubset}`, 'giu')];
  if (w.preamble)
    out.push(
      // "a preamble and 12 articles", "d'un préambule et de douze articles"
      new RegExp(
        `${NOT_LETTER_BEFORE}${w.preamble.noun}(?:\\s*,|\\s+${w.preamble.and}\\s*)\\s*(?:${PREPOSITION}\\s*)?(${NUMBER})\\s+${w.noun}${NOT_LETTER_AFTER}${notSubset}`,
        'giu',
      ),
    );
  if (w.determiners?.length && w.ofAgreement) out.push(new RegExp(`${NOT_LETTER_BEFORE}${alternatives(w.determiners)}${counted}\\s+${w.ofAgreement}`, 'giu'));
  return out;
}

/** Every language's phrases, and the "17-article treaty" compound. */
export const COUNT_PHRASES: RegExp[] = [/(?<![\p{L}\d])(\d{1,3}|\p{L}{3,12})-article\b/giu, ...COUNT_LANGUAGES.flatMap(phrases)];
