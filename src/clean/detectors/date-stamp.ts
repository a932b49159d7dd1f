// Date and time stamp lines: "Tue 6 May 2025 | 09:10 AM", "May 6, 2025 9:10 AM UTC Updated 2 hours ago",
// "Updated 2 hours ago", "Tuesday, May 6, 2025". The meta stage reads the publication date from them.
import { findDates, languagesFor } from '../../text/index.ts';
import { atMostWords } from '../../text/index.ts';
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
/**
 * Cheap gate before the date parsers: a time, a year, two numbers, or a relative "3 hours ago" in some language.
 * ("Article 5" and "No. 12" never reach chrono.)
 */
const STAMP_SHAPE = /\d{1,2}:\d{2}|\d{4}|\d+\D+\d+|(?<!\p{L})(?:ago|назад|vor|il y a|hace|fa|geleden)(?!\p{L})/iu;

/** The text left once the dates and stamp words are taken out, without punctuation. */
function leftover(text: string, language: string): string {
  let rest = text;
  const dates = findDates(text, language);
  if (dates.length === 0) return text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.text.length);
  return rest.replace(STAMP_WORDS, ' ').replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** The line is nothing but date/time expressions, stamp words and separators (in one of the script's languages). */
export function isDateStamp(text: string): boolean {
  if (!atMostWords(text, MAX_WORDS) || !STAMP_SHAPE.test(text)) return false;
  return languagesFor(text).some((lang) => leftover(text, lang) === '');
}

export const dateStamp = lineDetector('date', isDateStamp);
