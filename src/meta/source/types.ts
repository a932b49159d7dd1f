// Shapes of the source-type decision: what it reads (a document's frame and body, as the record keeps them), what
// it decides (a type, the state behind it, the words that decided), and the outlet register it may consult.
import type { DocKind, Removed, SourceType } from '../../types.ts';

export type { SourceType };
export const SOURCE_TYPES: readonly SourceType[] = ['state-media', 'government', 'wire', 'press', 'research'];

/** What the rules read: the fields a document record keeps, so a stored document can be typed again. */
export interface SourceInput {
  outlet: string | null;
  /** The words that decided the outlet (meta's evidence): tells the page's own name from a credited agency's. */
  outletEvidence?: string | null;
  kind: DocKind;
  language: string | null;
  url: string | null;
  body: string;
  removed: Removed[];
}

export interface SourceFinding {
  type: SourceType | null;
  /** ISO 3166-1 alpha-2 of the state behind state media or a government source, else null. */
  state: string | null;
  /** The words or the address that decided, with the rule's name. */
  evidence: string;
  /** The evidence names an agency but shows no frame: an outlet register's entry overrules it (a state agency). */
  open?: boolean;
}

/** One outlet of the register. */
export interface OutletEntry {
  /** Names in their own scripts and common abbreviations: "TASS", "ТАСС". */
  names: string[];
  /** Hostnames the outlet publishes on, without "www.": "tass.ru". */
  domains?: string[];
  type: SourceType;
  /** The state behind a state-media or government outlet (ISO alpha-2), else null. */
  state?: string | null;
  /** Where the entry's facts come from, for the reader of the file. */
  note?: string;
}

/** A register: entries, and whether the bundled default set stays under them (a user's file may drop it). */
export interface OutletRegister {
  outlets: OutletEntry[];
  /** false: use only these entries, without the bundled defaults. Default true. */
  defaults?: boolean;
}
