// How long the agreement lasts, per language: open-ended, a fixed number of years, automatic renewal for a
// number of years, and the notice that stops renewal. A number is digits or a word (see ../numbers.ts).
import { rx } from '../regex.ts';

export type DurationWhat = 'indefinite' | 'years' | 'renewal' | 'notice';

export interface DurationCue {
  what: DurationWhat;
  /** The first captured group that is set holds the number (none for `indefinite`). */
  re: RegExp;
}

/** A number in digits or one word (a hyphenated English compound counts as one: "twenty-five"). */
const NUM = String.raw`(\d+|[\p{L}]+(?:-[\p{L}]+)?)`;
/** Nouns that an "open-ended …" or "N-year …" must qualify to be about the agreement ("an open-ended military
 *  guarantee" is rhetoric about a clause, not the treaty's term). */
const INSTRUMENT = String.raw`(?:treaty|agreement|pact|accord|convention|deal|document|commitment|term)`;

/** Cheap test run first: a claim without one of these stems states no duration in that language. */
export const DURATION_PREFILTER: Record<string, RegExp> = {
  en: /open-ended|indefinite|unlimited|expir|year|renew|extend|prolong|month/i,
  ru: /бессроч|неопредел|лет|продл|месяц/i,
  de: /befristet|unbestimmt|jahr|verlänger|monat/i,
  fr: /durée|ans|reconduit|mois/i,
};

export const DURATION_CUES: Record<string, DurationCue[]> = {
  en: [
    { what: 'indefinite', re: rx(String.raw`\bopen-ended\s+(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}\b|\b(?:is|be|remains?)\s+open-ended\b|\b(?:effective|valid|in\s+force|concluded|remain(?:s)?\s+in\s+force)\s+(?:for\s+an\s+)?indefinite(?:ly)?\b|\bof\s+(?:indefinite|unlimited)\s+duration\b|\bindefinite\s+(?:duration|term)\b|\bno\s+(?:expiry|expiration)\s+date\b`) },
    { what: 'years', re: rx(String.raw`\b(?:remain|remains|be|is|valid|in\s+force|in\s+effect|last|lasts|concluded)\s+(?:[\p{L}]+\s+){0,2}?for\s+(?:a\s+(?:period|term)\s+of\s+)?${NUM}\s+years\b|\b${NUM}-year\s+${INSTRUMENT}\b|\bterm\s+of\s+${NUM}\s+years\b`) },
    { what: 'renewal', re: rx(String.raw`\b(?:extended|renew(?:s|ed)?|prolonged)\s+(?:itself\s+)?(?:automatically\s+)?(?:for\s+)?(?:(?:successive|further|additional|subsequent)\s+)?(?:(?:periods|terms)\s+of\s+${NUM}\s+years|${NUM}-year\s+(?:periods|terms))`) },
    { what: 'notice', re: rx(String.raw`\b(?:at\s+least\s+)?${NUM}\s+months?(?:['’]s?)?\s+(?:notice|(?:in\s+advance|before\s+(?:the\s+|a\s+)?(?:expiry|expiration|end|period)[^.;,]*))`) },
  ],
  ru: [
    { what: 'indefinite', re: rx(String.raw`\bбессрочн\w*|\bна\s+неопредел[её]нный\s+срок`) },
    { what: 'years', re: rx(String.raw`\b(?:действовать|действует|действителен|заключ[её]н|в\s+силе)\s+(?:в\s+течение\s+)?${NUM}\s+лет\b|\bсроком\s+на\s+${NUM}\s+лет\b`) },
    { what: 'renewal', re: rx(String.raw`\bпродлени\w*\s+на\s+(?:последующие\s+)?([\p{L}]+?|\d+-)летни\w*\s+период\w*|\bпродлева\w+\s+(?:[\p{L}]+\s+){0,2}?на\s+(?:последующие\s+)?${NUM}\s+лет`) },
    { what: 'notice', re: rx(String.raw`\bза\s+${NUM}\s+месяц\w*\s+до\s+[^.;,]*`) },
  ],
  de: [
    { what: 'indefinite', re: rx(String.raw`\bunbefristet\w*|\bauf\s+unbestimmte\s+Zeit`) },
    { what: 'years', re: rx(String.raw`\bLaufzeit\s+von\s+${NUM}\s+Jahren\b|\b(?:für|auf)\s+(?:die\s+Dauer\s+von\s+)?${NUM}\s+Jahre\s+(?:gültig|geschlossen|abgeschlossen|in\s+Kraft)|\bgilt\s+(?:[\p{L}]+\s+){0,2}?${NUM}\s+Jahre\b`) },
    { what: 'renewal', re: rx(String.raw`\bum\s+(?:jeweils\s+)?(?:weitere\s+)?${NUM}\s+Jahre\s+verlängert|\bverlängert\s+sich\s+(?:[\p{L}]+\s+){0,3}?um\s+(?:jeweils\s+)?${NUM}\s+Jahre`) },
    { what: 'notice', re: rx(String.raw`\b${NUM}\s+Monate\s+vor\s+(?:Ablauf|Ende)[^.;,]*`) },
  ],
  fr: [
    { what: 'indefinite', re: rx(String.raw`\bdurée\s+(?:indéterminée|illimitée|indéfinie)`) },
    { what: 'years', re: rx(String.raw`\b(?:conclu|valable|vigueur)\w*\s+(?:pour|pendant)\s+(?:une\s+(?:durée|période)\s+de\s+)?${NUM}\s+ans\b|\bdurée\s+de\s+${NUM}\s+ans\b`) },
    { what: 'renewal', re: rx(String.raw`\breconduit\w*\s+(?:tacitement\s+|automatiquement\s+)?(?:pour\s+)?(?:des\s+périodes\s+(?:successives\s+)?de\s+)?${NUM}\s+ans`) },
    { what: 'notice', re: rx(String.raw`\b${NUM}\s+mois\s+avant\s+(?:l['’]expiration|la\s+fin)[^.;,]*`) },
  ],
};
