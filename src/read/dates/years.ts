// Bare years in a date role: "in 2000", "of 2000", "since 1961", "the 2009 agreement", "в 2009 году",
// "von 2009", "en 2009". chrono has no parser for a year alone.
import type { DateCandidate, DateDetector } from './candidate.ts';
import { YEAR_CUE } from './cues.ts';

/** A four-digit year 1800–2099 that is not part of a number, a reference ("No. 2009"), an amount or "2000-strong". */
const YEAR = /(?<![\p{L}\d.,/$€£№#-])((?:18|19|20)\d\d)(?![\d\p{L}]|[-–/.,:]\d|[-–]\p{L})(\s*(?:года|году|год|г\.))?/gu;
/** Words right before a year that make it a date: prepositions, articles, "year". */
const DATE_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:in|of|since|from|until|till|by|before|after|during|throughout|between|around|circa|the|a|an|and|or|early|late|mid-?|year|в|с|до|от|по|к|и|между|im|seit|von|vom|bis|aus|ab|jahr|jahre|und|en|de|depuis|année|et|عام|سنة|لعام)\s*$/iu;

export const yearDetector: DateDetector = {
  name: 'bare-year',
  cues: [YEAR_CUE],
  find(text) {
    const out: DateCandidate[] = [];
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
      if (!m[2] && !DATE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value: m[1], until: null, relative: false });
    }
    return out;
  },
};
