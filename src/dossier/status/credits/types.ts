// How one language writes that a report repeats an agency's: words right before the agency's name ("according
// to", "сообщает", "selon l'agence") and words right after it ("reported", "berichtete"). Each entry is a regex
// source without anchors; the composer anchors it to the name. Entries stay short and plain (no nested
// quantifiers): the name itself is matched by the composer.
export interface CreditWords {
  language: string;
  /** Words that end right before the credited name. */
  before: string[];
  /** Words that start right after the credited name. */
  after: string[];
}
