// Editorial boilerplate under a column or a letters page: "Letters to the editor may be edited for length", "The
// views expressed are the author's own", "Мнение автора может не совпадать с позицией редакции". Cut as 'footer',
// the why meta/ reads a column's footer from (its disclaimer says the piece is opinion, its name the outlet). A
// release's "About X: …" paragraph at the foot goes too: the meta stage reads its publisher from it.

import { aboutNote, atMostWords } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';

/** The phrase opens the line (after a dash, an asterisk or a bracket). */
const BOILERPLATE = new RegExp(`^[^\\p{L}]{0,3}${anyOf(junkWords('disclaimer'))}(?!\\p{L})`, 'iu');
/** Such notes are a sentence or two; a long paragraph that opens so is the writer's argument. */
const MAX_WORDS = 45;
/** Someone's words about views or letters: a report, not the site's note. */
const REPORTED_SPEECH = /(?<!\p{L})(?:said|says|told|according to|заявил[аи]?|sagte|a déclaré|dijo)(?!\p{L})/iu;

export function isEditorialBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text) && atMostWords(text, MAX_WORDS) && !REPORTED_SPEECH.test(text);
}

/** A release's closing "About X: X is …" paragraph, once nothing of the report follows it. */
export const footer = lineDetector('footer', (text, i, doc) => isEditorialBoilerplate(text) || (doc.inTail(i) && aboutNote(text) !== null), true);
