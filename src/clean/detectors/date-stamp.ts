// Date and time stamp lines: "Sun 23 Jun 2024 | 11:20 PM", "March 14, 2031 10:42 AM UTC Updated 3 hours ago",
// "Updated 3 hours ago", "Saturday, March 15, 2031". The meta stage reads the publication date from them.
import { findDates } from '../dates.ts';
import { words } from '../text.ts';
import { lineDetector } from './line-detector.ts';

/** Words that stamp lines put around the date: what happened when, time zones, reading time. */
const STAMP_WORDS = new RegExp(
  '(?<!\\p{L})(?:last updated|first published|updated|published|posted|modified|ago|at|on|utc|gmt|[ecmp][sd]t|msk|cet|cest|bst|' +
  'am|pm|a\\.m\\.|p\\.m\\.|\\d+\\s*min(?:ute)?s?\\s*read|reading time|обновлено|опубликовано|в|aktualisiert|veröffentlicht|um|uhr|stand|' +
  'mis à jour|publié le|publié|le|à)(?!\\p{L})',
  'giu',
);
/** A stamp is short; a sentence that happens to hold a date and a time is not one. */
const MAX_WORDS = 14;

/** The line is nothing but date/time expressions, stamp words and separators. */
export function isDateStamp(text: string): boolean {
  if (!/\d/.test(text) || words(text).length > MAX_WORDS) return false;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.text.length);
  return rest.replace(STAMP_WORDS, ' ').replace(/[\p{P}\p{S}\s]+/gu, '') === '';
}

export const dateStamp = lineDetector('date', isDateStamp);
