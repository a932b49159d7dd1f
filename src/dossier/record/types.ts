// What the dossier stage knows about one agreement while it is being built: the agreement so far and the
// evidence behind it. The record, articles and obligations steps fill it; lifecycle and conflicts read it.
import type { Agreement } from '../../types.ts';

/** One article of the official text, parsed from its "Article N" heading to the next heading. */
export interface OfficialArticle {
  number: number;
  /** The article's text without its heading. */
  text: string;
  /** Offsets of the text in the official document's body. */
  start: number;
  end: number;
  /** Offset of the "Article N" heading. */
  headingStart: number;
  topics: string[];
}

/** The official text of the agreement, when the pile holds it (a document of kind `official`). */
export interface OfficialText {
  doc: string;
  /** Its title line (as written, may be upper case). */
  title: string | null;
  articles: OfficialArticle[];
  /** The closing formula ("Done at PLACE on DATE …"), when present. */
  closing: string | null;
}

/** Which article a claim that cites one is judged to describe, and why. */
export interface ArticleAlignment {
  claim: string;
  doc: string;
  /** The number the claim states (its article ref). */
  stated: number;
  /** The article the claim is judged to describe; null when the official text has no such article. */
  described: number | null;
  /** Topics of the claim (after inheriting from the previous claim, see articles/claims.ts). */
  topics: string[];
  /** True when the claim cites several articles at once ("Articles Three and Four …"): weak evidence. */
  weak: boolean;
  /** True when the claim does not write the number but continues about the article before ("It says …"). */
  inherited?: boolean;
  /** Why `described` was chosen: "official text", "majority of N independent sources", "as stated". */
  basis: string;
  /** Words the claim quotes and whether the official article contains them (only with an official text). */
  quotes?: { text: string; found: boolean }[];
}

/** A value some sources give for a slot (signing date, place, article count), with who gives it. */
export interface Vote {
  value: string;
  claims: string[];
  docs: string[];
  /** Number of independent sources (near duplicates count once). */
  sources: number;
}

export interface DossierRecord {
  /** The agreement so far: lifecycle, expected, duration and disputed_events are filled by lifecycle/. */
  agreement: Agreement;
  official: OfficialText | null;
  /** One entry per (claim, cited article) of this agreement. */
  alignments: ArticleAlignment[];
  /** Every value sources gave, merged where they are the same (2031-03 and 2031-03-14; a place in two scripts). */
  evidence: { signedDate: Vote[]; signedPlace: Vote[]; articleCount: Vote[] };
  /** doc id → its independent source (a near duplicate maps to the document it repeats). */
  sources: Record<string, string>;
  /** Party code → the names sources use for it (from the title and party mentions), for matching mentions. */
  partyNames: Record<string, string[]>;
  /** Ids of claims about earlier or other instruments (supersedes/related), not about this agreement. */
  otherInstrumentClaims: string[];
  /** The same claims by document (doc id → claim ids in order), so steps leave them out document by document;
   *  when absent, steps find their documents in the pile. */
  otherInstrumentByDoc?: Map<string, string[]>;
}
