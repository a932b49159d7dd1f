// Text helpers shared by several stages: word and sentence shape, date expressions, wire datelines, a site name
// repeated across a menu. Stages import them from here rather than from each other's internals.
export { CYRILLIC_LATIN } from './cyrillic.ts';
export { type Dateline, parseDateline } from './dateline.ts';
export { type FoundDate, findDates, findMonthYears, isoOf, languagesFor } from './dates.ts';
export { barDate, parseMastheadDate } from './masthead-date.ts';
export { isAgencyName, isOrganisationName } from './names.ts';
export { EN_TENS, EN_UNIT_ORDINALS, EN_UNITS } from './number-words.ts';
export { inOneByte } from './one-byte.ts';
export { isOutletDescription } from './outlet-description.ts';
export { isOutletName, mastheadName, OUTLET_WORD } from './outlet-words.ts';
export { aboutNote, isNewsSiteNote, isPublicationDescription, isSiteTagline, publicationNote, readingNote, siteSignOff } from './publication-note.ts';
export { publisherName } from './publisher-name.ts';
export { repeatedName } from './repeated-name.ts';
export { isResearchLabel } from './research-label.ts';
export { weekdayNamed, weekdayOf } from './weekday.ts';
export {
  atMostWords,
  FUNCTION_WORDS,
  isBodyParagraph,
  isCapitalised,
  isLowercase,
  normalizeForCompare,
  SENTENCE_END,
  SENTENCE_STARTERS,
  sentences,
  words,
} from './words.ts';
