// A header line that names the publication and its date: "Камский обозреватель, 3 мая 2025", "Ostsee-Kurier –
// 4. Juni 2025", "Le Journal du Soir | jeudi 6 mars 2025". The name may be an outlet or a place (a dateline on its
// own line); the meta stage decides which.
import { type FoundDate, findDates } from './dates.ts';
import { isPublicationDescription } from './publication-note.ts';

/** What may separate the name from the date. */
const SEPARATOR = /^(.+?)\s*(?:,|\||[-–—]|·)\s*$/u;
/** The name is short and has no digits. */
const MAX_NAME_CHARS = 60;
/** What may follow the date: Russian "г." / "года", a time ("06:15 Uhr", "10:42 AM", "в 16:42"). */
const AFTER_DATE = /^\s*(?:г\.?|года)?\s*[,|·–-]?\s*(?:(?:в|à|um|a las)\s+)?(?:\d{1,2}[:.h]\d{2}\s*(?:uhr|am|pm|utc|gmt|msk|cet|h)?)?\s*\.?\s*$/iu;

/** Cheap gate before the date parsers: a short line with a year. */
const MAX_LINE_CHARS = 120;
const HAS_YEAR = /[\d٠-٩]{4}/;

/** The name and the full date (year, month and day) of such a line, or null. */
export function parseMastheadDate(line: string, language?: string | null): { name: string; date: FoundDate } | null {
  if (line.length > MAX_LINE_CHARS || !HAS_YEAR.test(line)) return null;
  const date = findDates(line, language).find((d) => d.year != null && d.month != null && d.day != null);
  if (!date || !AFTER_DATE.test(line.slice(date.index + date.text.length))) return null;
  const head = SEPARATOR.exec(line.slice(0, date.index));
  const name = head?.[1].trim() ?? '';
  if (!name || name.length > MAX_NAME_CHARS || /\d/.test(name) || !/^[\p{Lu}\p{Lo}«"“]/u.test(name)) return null;
  return { name, date };
}

/** Parts of a header bar: "Weekly Sea Notes | No. 14 | 20 March 2025", "Policy Brief No. 7 — 12 May 2025". */
const BAR_PARTS = /\s*[|·•]\s*|\s+[-–—]\s+/;
/** The parts beside the date are labels: a name, a series, an issue number, or the publication's description. */
const MAX_PART_WORDS = 5;

/**
 * The full date of a header bar that sets a name, a series or an issue beside a date of its own ("Weekly Sea Notes
 * | No. 14 | 20 March 2025", "Análisis 14/2025 — 3 de marzo de 2025"), or null.
 */
export function barDate(line: string, language?: string | null): FoundDate | null {
  if (line.length > MAX_LINE_CHARS || !HAS_YEAR.test(line)) return null;
  const parts = line.split(BAR_PARTS).filter(Boolean);
  if (parts.length < 2) return null;
  let found: FoundDate | null = null;
  for (const part of parts) {
    const d = findDates(part, language).find((x) => x.year != null && x.month != null && x.day != null);
    const rest = d ? part.slice(0, d.index) + part.slice(d.index + d.text.length) : part;
    if (d && !/[\p{L}\d]/u.test(rest)) found ??= d;
    else if ((part.split(/\s+/).length > MAX_PART_WORDS && !isPublicationDescription(part)) || /[.!?]$/.test(part)) return null;
  }
  return found;
}
