// Editorial boilerplate under a column or a letters page: "Letters to the editor may be edited for length", "The
// views expressed are the author's own", "Мнение автора может не совпадать с позицией редакции". Cut as 'footer',
// the why meta/ reads a column's footer from (its disclaimer says the piece is opinion, its name the outlet). A
// release's "About X: …" paragraph at the foot goes too: the meta stage reads its publisher from it.

import { aboutNote, atMostWords, FUNCTION_WORDS, words } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { splitSentences } from './glued.ts';
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

/** A name: capitalised words, with the small words of institutes' names between them ("Centre for X Studies"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|for|of|on|and|de|des|du|la|für|und|del|y|и)){0,7}`;
/** "X is a contributing columnist", "X a été conseillère …", "X — политолог": who wrote the column, at its foot. */
const NAME_FIRST = new RegExp(`^${NAME},?\\s+`, 'u');
/** Its verb and role, in any case (German capitalises "Kolumnistin"). */
const ROLE = new RegExp(`^${anyOf(junkWords('bio'))}(?!\\p{L})`, 'iu');
const MAX_BIO_WORDS = 40;
const MIN_NAME_WORDS = 2;
/** Markdown's emphasis around a footer note: "*X ist Redakteurin. …*". */
const EMPHASIS = /^[*_]+|[*_]+$/g;

/** A full name: two capitalised words at least, the first no article ("The minister was…" is the report). */
function isBio(sentence: string): boolean {
  const name = NAME_FIRST.exec(sentence);
  if (!name || FUNCTION_WORDS.has(sentence.split(/\s/)[0].toLowerCase()) || words(name[0]).length < MIN_NAME_WORDS) return false;
  return ROLE.test(sentence.slice(name[0].length));
}

/**
 * The page's last line: the writer's bio and the disclaimer, sentence by sentence. A bio on a line of its own stays:
 * it tells who argues, as the column's own closing sentence.
 */
function isBioNote(text: string): boolean {
  if (!atMostWords(text, MAX_BIO_WORDS) || REPORTED_SPEECH.test(text)) return false;
  const parts = splitSentences(text.replace(EMPHASIS, ''));
  return parts.some(isBio) && parts.some(isEditorialBoilerplate) && parts.every((s) => isBio(s) || isEditorialBoilerplate(s));
}

/** A release's closing "About X: X is …" paragraph, once nothing of the report follows it. */
export const footer = lineDetector(
  'footer',
  (text, i, doc) => isEditorialBoilerplate(text) || (doc.inTail(i) && (aboutNote(text) !== null || isBioNote(text))),
  true,
);
