// Datelines that open a wire report: "PARIS, May 2. /WIRE/. …", "LIMA (Wire) – …", "NORTH PORT, March 14 (Some
// Press) - …", "Eastport, 15 March 2031 (ESA) - …", "ВОСТОКГРАД, 11 июня 2031 года. …", "March 15 (Wire) - …",
// "القاهرة، 3 مارس (وكالة أنباء النيل) -". Parsed here for the meta stage (place, date, agency) and the clean
// stage's standalone-line detector.
import { type FoundDate, findDates } from './dates.ts';
import { isAgencyName } from './names.ts';

export interface Dateline {
  /** The dateline as written, up to and including its closing dash or stop. */
  text: string;
  place: string | null;
  date: FoundDate | null;
  /** The agency in brackets or slashes: "(Wire)", "/WIRE/". */
  agency: string | null;
  /** What follows the dateline on the line: the first sentence of the report. */
  rest: string;
}

/**
 * One to four capitalised words (ALL CAPS or Title Case, any cased script), with "de"/"am"-style particles; or one
 * to three Arabic words, a script without case, with the vowel signs they may carry ("عمّان": the shadda is a mark of
 * no script's own). The Arabic comma separates as the Latin one does.
 */
const PLACE =
  /^(?:г\.\s*)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|da|do|la|am|an|upon|on|sur)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}|[\p{Script=Arabic}\p{M}]+(?:\s+[\p{Script=Arabic}\p{M}]+){0,2}?)(?=\s*[,،]\s*|\s+[(/]|\s+في\s+[0-9٠-٩]|(?<=[\p{Script=Arabic}\p{M}])\s+[0-9٠-٩])/u;
/**
 * What stands between the place and the date: a comma, perhaps with a letter's article ("Genève, le 5 mars",
 * "Berlin, den 3. März", "Madrid, a 14 de marzo"), or Arabic «في» ("مسقط في 12 مارس").
 */
const AFTER_PLACE = /^\s*(?:[,،]\s*(?:(?:le|den|am|a|el)\s+(?=\d))?|في\s+)?/u;
/** A region after the place: "Peru" in "LIMA, Peru (Wire) —". */
const REGION = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?=\s*[(/])/u;
/** A region or a border before the date: "Fiji, " in "SUVA, Fiji, March 3 (Wire) -", "China-Kazakhstan border, ". */
const REGION_BEFORE_DATE = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,2}\s*,\s*(?=\p{Lu}\p{Ll}*\.?\s+\d|\d)/u;
/** "— Agency Name." right after the date. */
const DASH_AGENCY = /^\s*[-–—]\s*([^.]{2,40}?)(?=\.\s+["“«]?\p{Lu})/u;
/** An agency's name may be spelt out in full ("/Государственное информационное агентство «Держава»/"). */
const AGENCY_LENGTH = 60;
const AGENCY = new RegExp(String.raw`^\s*(?:\(([^()]{2,${AGENCY_LENGTH}})\)|\/\s*([^/]{2,${AGENCY_LENGTH}}?)\s*\/)`, 'u');
/**
 * The dateline ends with a dash or colon (after a stop in Spanish wires: "(Agencia).-"), with a stop before the
 * capital that opens the report, or, in Arabic, with a slash before the report's first word ("في 3 مارس 2022 /").
 */
const TERMINATOR = /^\s*(?:\.?\s*[-–—:]+\s*|\.\s*(?=["“«]?\p{Lu})|\.?\s*$|\/\s+(?=\p{Script=Arabic}))/u;
/** A correspondent's mark around the agency's name in a slug: "Корр.", "correspondent", "corresponsal de". */
const CORRESPONDENT_MARK = /^(?:собкор\.?|корр\.|корреспондент)\s+|\s+(?:correspondent|Korrespondent)$|^(?:corresponsal|correspondant)\s+(?:de\s+|d['’])?/iu;
/** Arabic has no capitals: after an agency between slashes or brackets, the report's first word follows a space. */
const ARABIC_START = /^\s+(?=\p{Script=Arabic})/u;
/** Only the first characters of a paragraph can hold a dateline. */
const WINDOW = 160;

export function parseDateline(line: string, language?: string | null): Dateline | null {
  const s = line.slice(0, WINDOW);
  const place = PLACE.exec(s);
  let pos = place ? place[0].length + AFTER_PLACE.exec(s.slice(place[0].length))![0].length : 0;
  // "LIMA, Peru (Wire) —": a region after the place belongs to it when the agency follows.
  const region = place ? REGION.exec(s.slice(pos)) : null;
  if (region && AGENCY.test(s.slice(pos + region[0].length))) pos += region[0].length;
  else if (place) pos += REGION_BEFORE_DATE.exec(s.slice(pos))?.[0].length ?? 0;
  let date: FoundDate | null = null;
  // Every date a dateline carries has a day or a year in digits; without a place, an agency must follow it.
  const window = s.slice(pos, pos + 40);
  const first = /\d/.test(window) && (place || /[(/]/.test(window)) ? findDates(window, language)[0] : undefined;
  if (first && first.index === 0 && (first.day !== null || first.year !== null)) {
    date = first;
    pos += first.text.length;
  }
  // "May 2. /WIRE/." : the stop after a date belongs to the dateline only when an agency follows it.
  const stop = date ? /^\s*\.?/.exec(s.slice(pos))![0].length : 0;
  const bracket = AGENCY.exec(s.slice(pos + stop));
  const agency = bracket ? (bracket[1] ?? bracket[2]).trim() : null;
  let named = agency !== null && isAgencyName(agency);
  if (named) pos += stop + bracket![0].length;
  // "ВОСТОКГРАД, 19 июня — Агентство Новости. Президент…": after a date, the agency may follow a dash, closed by a stop.
  const dashed = date && !named ? DASH_AGENCY.exec(s.slice(pos)) : null;
  if (dashed && isAgencyName(dashed[1])) {
    named = true;
    pos += dashed[0].length;
  }
  // "/Корр. ТАСС/", "(Reuters correspondent)": the agency, not its correspondent.
  const agencyName = (dashed && named ? dashed[1] : agency)?.replace(CORRESPONDENT_MARK, '').trim() ?? null;
  const end = TERMINATOR.exec(s.slice(pos)) ?? (named ? ARABIC_START.exec(s.slice(pos)) : null);
  const valid = end && ((place && (date || named)) || (!place && named));
  if (!valid) return null;
  pos += end[0].length;
  return { text: line.slice(0, pos).trim(), place: place ? place[0] : null, date, agency: named ? agencyName : null, rest: line.slice(pos) };
}
