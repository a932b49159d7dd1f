// How a language writes a place name inside a phrase: words before it that are not part of it, letters glued
// to it, and the case endings it takes. Values reach the conflicts step as sources wrote them ("в Пхеньяне",
// "à Moscou", "بطهران", "평양에서"), and two of them are the same place when what is left is.
import type { Script } from '../fold.ts';

export interface PlaceGrammar {
  lang: string;
  /** Lower-case words before a name that are not part of it: prepositions, articles, "the city of". */
  before: string[];
  /** Letters glued to the start of a name (Arabic "ب", "و", French "l'"). */
  prefixes?: string[];
  /** Postpositions glued to the end (Korean "에서"). */
  suffixes?: string[];
  /** Case endings of names in this script (Russian "Москв|е", "Пхеньян|ом"), longest first not required. */
  endings?: { script: Script; list: string[] };
}
