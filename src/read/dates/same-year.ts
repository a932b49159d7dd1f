// A year-less date that says it falls in the year of a date before it ("on 12 October of the same year", "that
// September", "20 сентября того же года") takes that date's year, not the one nearest the publication date.
import type { DateCandidate } from './candidate.ts';

/** Words after a year-less date that refer to the year already given, per language (the date may have taken
 *  the preposition: "diciembre de | ese año"). */
const SAME_YEAR_AFTER: Record<string, RegExp> = {
  en: /^,?\s+(?:of\s+)?(?:the\s+same\s+year|that\s+(?:same\s+)?year)(?![\p{L}])/iu,
  ru: /^\s+(?:того\s+же|этого\s+же|того)\s+года(?![\p{L}])/iu,
  de: /^\s+(?:desselben|jenes|des\s+gleichen|des\s+selben)\s+Jahres(?![\p{L}])/iu,
  fr: /^\s+(?:de\s+)?(?:la\s+même\s+année|cette\s+même\s+année(?:-là)?|cette\s+année(?:-|\s+)là)(?![\p{L}])/iu,
  es: /^\s+(?:del\s+mismo|(?:de\s+)?(?:ese|aquel)(?:\s+mismo)?)\s+año(?![\p{L}])/iu,
  ar: /^\s+(?:من\s+)?(?:(?:العام|السنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)|نفس\s+(?:العام|السنة))/u,
};
/** Words before a year-less date that point back to the year already given ("that September", "later that May"). */
const SAME_YEAR_BEFORE: Record<string, RegExp> = {
  en: /(?<![\p{L}])that\s+$/iu,
};
/** A date written with its year. */
const WRITTEN_YEAR = /\d{4}|['’]\d{2}(?!\d)/u;

export function withSameYear(found: DateCandidate[], text: string, language: string): DateCandidate[] {
  const after = SAME_YEAR_AFTER[language];
  const before = SAME_YEAR_BEFORE[language];
  if (!after && !before) return found;
  let year: string | null = null;
  return found.map((c) => {
    const written = text.slice(c.start, c.end);
    if (WRITTEN_YEAR.test(written)) {
      year = c.value.slice(0, 4);
      return c;
    }
    const refers = after?.test(text.slice(c.end, c.end + 40)) || before?.test(text.slice(Math.max(0, c.start - 12), c.start));
    if (!year || !refers || c.value.length < 7) return c;
    return { ...c, value: year + c.value.slice(4), until: c.until ? year + c.until.slice(4) : null, relative: false };
  });
}
