// A timeline line: a list item, heading or line that starts with a date and a separator ("October 24, 2024:
// The State Duma votes to ratify.", "21. Mai 2025 – Das Parlament billigt das Abkommen", "12 mars : le Sénat
// adopte …"). Its present tense and its nouns tell of events, and its date is theirs.
import type { Claim } from '../../types.ts';
import { MONTH_CUE } from '../dates/cues.ts';

/** What follows the leading date: a colon, a dash or a bar ("2024-10-24 | …"), maybe after the full stop of an
 *  abbreviation ("9 ноября 2024 г.:"). */
const SEPARATOR = /^\.?\s*(?:[:–—|]|-\s)/u;
/** How far into the line the date may start (a bullet or a bracket the segmenter kept). */
const LEAD = 3;
/**
 * A day-and-month lead the reading stage could not date (no publication year to give it): "12 mars :",
 * "9 ноября 2024 г.:", "March 3 –". The month word is checked against the month names separately.
 */
const UNDATED_LEAD =
  /^\W{0,3}(?:(\d{1,2})(?:\.|er|-?го)?\s+(?:de\s+)?(\p{L}+)\.?|(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+)?\d{4}(?:\s*(?:г\.|года))?)?(?=\s*(?:[:–—|]|-\s))/u;
const MONTH_WORD = new RegExp(`^(?:${MONTH_CUE.source})`, 'iu');

export interface TimelineLead {
  /** The date the line starts with (null when the reading stage could not give its year). */
  date: string | null;
  /** Where the line's own words start, after the date and the separator. */
  end: number;
}

/** A narrative opening: a day's date, at most an article or preposition before it ("Le", "El", "On"), then a
 *  comma; the first clause runs to the next comma, semicolon or colon. */
const NARRATIVE_BEFORE = 4;
const NARRATIVE_COMMA = /^\s*,/u;
const CLAUSE_END = /[,;:]/u;

/** "Le 22 janvier 2019, les deux dirigeants signent le traité à Aix-la-Chapelle.", "El 26 de septiembre de 2016, el
 *  Gobierno y la guerrilla firman el acuerdo": a sentence opening with a full date and a comma tells its first
 *  clause in the narrative present. Returns that clause's end and the date, or null. */
export function narrativeOpening(claim: Pick<Claim, 'text' | 'dates'>): { end: number; date: string } | null {
  const first = claim.dates?.[0];
  if (!first || first.start > NARRATIVE_BEFORE || first.value.length !== 10 || first.relative) return null;
  const comma = NARRATIVE_COMMA.exec(claim.text.slice(first.end));
  if (!comma) return null;
  const from = first.end + comma[0].length;
  const next = claim.text.slice(from).search(CLAUSE_END);
  return { end: next < 0 ? claim.text.length : from + next, date: first.value };
}

/** The leading date of a timeline line, or null when the claim is no such line. */
export function timelineLead(claim: Pick<Claim, 'text' | 'dates'>): TimelineLead | null {
  const first = claim.dates?.[0];
  if (first && first.start <= LEAD && first.value.length >= 7) {
    const sep = SEPARATOR.exec(claim.text.slice(first.end));
    if (sep) return { date: first.value, end: first.end + sep[0].length };
  }
  const m = UNDATED_LEAD.exec(claim.text);
  if (!m || !MONTH_WORD.test(m[2] ?? m[3] ?? '')) return null;
  const sep = SEPARATOR.exec(claim.text.slice(m[0].length))!;
  return { date: null, end: m[0].length + sep[0].length };
}

/** A factbox field: a short label, a colon and a date ("Entry into force: 16 January 2023", "Signed: 22 May
 *  2025, London"). Like a timeline line, it is about the agreement its factbox is about. */
const FIELD_LABEL = /^\W{0,3}\p{L}[\p{L}\s'’-]{0,40}?:\s*/u;
export function isFieldLine(claim: Pick<Claim, 'text' | 'dates'>): boolean {
  const label = FIELD_LABEL.exec(claim.text);
  return !!label && claim.dates?.[0]?.start === label[0].length;
}
