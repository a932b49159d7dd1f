// A year-less date said to fall in the current year ("29 April this year", "29 апреля этого года", "am 29. April
// dieses Jahres", "le 29 avril de cette année", "el 29 de abril de este año", "29 أبريل من هذا العام") is in the
// publication's year, even beside a full date of another year; without a publication date the text gives no year,
// so the date has no value. "Of the same year" is another rule (same-year.ts).
import type { DateCandidate } from './candidate.ts';
import type { Reference } from './reference.ts';

/** Words right after a year-less date that name the current year, per language. */
const THIS_YEAR_AFTER: Record<string, RegExp> = {
  en: /^,?\s+(?:of\s+)?(?:this\s+year|the\s+current\s+year)(?![\p{L}])/iu,
  ru: /^\s+(?:этого|текущего|нынешнего|сего)\s+года(?![\p{L}])/iu,
  de: /^\s+(?:dieses|des\s+laufenden|des\s+aktuellen|des\s+jetzigen)\s+Jahres(?![\p{L}])/iu,
  fr: /^\s+(?:de\s+)?(?:cette\s+année(?![\p{L}-]|\s+(?:même|là)(?![\p{L}]))|l['’]année\s+en\s+cours(?![\p{L}]))/iu,
  es: /^\s+(?:de\s+)?(?:este\s+año|(?:el\s+|del\s+)?(?:presente|corriente)\s+año|el\s+año\s+en\s+curso)(?![\p{L}])/iu,
  ar: /^\s+(?:من\s+)?(?:(?:هذا|العام)\s+(?:العام|الحالي|الجاري)|(?:هذه|السنة)\s+(?:السنة|الحالية|الجارية))(?![\p{L}])/u,
};
/** How far after the date its year words may run. */
const REACH = 40;
/** A date written with its year. */
const WRITTEN_YEAR = /\d{4}/u;

export function inThisYear(found: DateCandidate[], text: string, language: string, ref: Reference | null): DateCandidate[] {
  const after = THIS_YEAR_AFTER[language];
  if (!after) return found;
  return found.flatMap((c) => {
    if (c.value.length < 7 || WRITTEN_YEAR.test(text.slice(c.start, c.end)) || !after.test(text.slice(c.end, c.end + REACH))) return [c];
    if (!ref) return [];
    // A value without a year is written "--MM-DD"; one the detectors gave a year, "YYYY-MM(-DD)".
    const rest = c.value.startsWith('--') ? c.value.slice(1) : c.value.slice(4);
    const untilRest = c.until ? (c.until.startsWith('--') ? c.until.slice(1) : c.until.slice(4)) : null;
    return [{ ...c, value: ref.year + rest, until: untilRest ? ref.year + untilRest : null, relative: false }];
  });
}
