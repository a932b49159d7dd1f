// How one language says how many articles an agreement has.
export interface CountWords {
  /** The noun "articles" in the forms a count takes ("articles", "Artikeln", "статей", "مادة"). */
  noun: string;
  /** Words right before the number that make it the whole count: verbs of extent ("consists of", "consta de",
   *  "umfasst"), possessives and "all" ("its", "sus", "seine"). */
  before: string[];
  /** Words before the number that count the agreement's articles only with a name after the noun ("the 17
   *  articles of the convention", "los 32 artículos del convenio"). */
  determiners?: string[];
  /** What names the agreement after the noun, for `determiners`. */
  ofAgreement?: string;
  /** A word after the noun that makes the count a part of the articles ("its three articles on fishing"). */
  subset?: string[];
  /** The preamble and the word joining it to the count after it ("a preamble and 20 articles", "un préambule
   *  et 20 articles"): a text's parts listed, the articles among them are all of its articles. */
  preamble?: { noun: string; and: string };
  /** Words whose number is no count before them ("more than"). */
  notBefore?: string[];
}
