// Outlet and section labels in the header zone (above the first paragraph): "ESA Eastland State Agency",
// "HARBOUR GAZETTE | World", "OPINION", a handle under the date ("J-Doe"). The headline is kept: it is the
// first line of the report. Runs last, once the other detectors have cleared menus, bylines and date lines.

import { barDate, isLowercase, isOutletDescription, mastheadName, parseMastheadDate, publisherName, SENTENCE_END, words } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { type Cut, type Detector, type TextDoc, wholeLine } from '../text-doc.ts';

/** A headline has four words or more and reads as a phrase: a lowercase word, or six words and more. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_TITLE_CASE_WORDS = 6;
/** Below the headline, only short unpunctuated lines are labels; a longer line is a standfirst and stays. */
const MAX_LABEL_WORDS_AFTER_TITLE = 6;
/** Page headers are a few lines; further down, short lines before the first paragraph are the report's own. */
const MAX_HEADER_LINES = 12;
/** "Signed: June 19" and "Parties: A, B" are facts of a fact sheet, not labels ("06:15" is a time). */
const KEY_VALUE = /\p{L}\s*:\s*\S/u;
/** List items are content, however short. */
const LIST_ITEM = /^(?:[-–—•*·]|\d+[.)])\s/;

export function isHeadline(text: string): boolean {
  const tokens = words(text).filter((t) => /[\p{L}\p{N}]/u.test(t)); // a dash between parts is not a word
  if (tokens.length < HEADLINE_MIN_WORDS || /\s\|\s/.test(text)) return false;
  const caseless = !/[\p{Lu}\p{Ll}]/u.test(text);
  return caseless || tokens.length >= HEADLINE_TITLE_CASE_WORDS || tokens.some(isLowercase);
}

/**
 * The headline among the live header lines: the first headline-like one, else the longest of two words or more.
 * A masthead ("Камский обозреватель, 3 мая 2025", "Уральский телеграф — государственное агентство") is a label,
 * however many words it has, and so is its description of the outlet ("The national news agency of X"). So is a publishing body's name ("Ministry of Foreign Affairs of X", "Institut für
 * Ostseestudien"), unless no other line can be the headline: a title-case headline may read like a name.
 */
/** A press office's name alone on its line ("Service de la communication", "Pressestelle"), under its body's. */
const PRESS_OFFICE = new RegExp(`^${anyOf(junkWords('contact'))}$`, 'iu');
const isMasthead = (text: string) =>
  parseMastheadDate(text) !== null || mastheadName(text) !== null || isOutletDescription(text) || barDate(text) !== null || PRESS_OFFICE.test(text);
function findTitleLine(doc: TextDoc, all: number[]): number {
  const header = all.filter((i) => !isMasthead(doc.text(i)));
  const others = header.filter((i) => publisherName(doc.text(i)) === null);
  const first = others.find((i) => isHeadline(doc.text(i)));
  if (first !== undefined) return first;
  let best = -1;
  for (const i of others) {
    const n = words(doc.text(i)).length;
    if (n >= 2 && !KEY_VALUE.test(doc.text(i)) && (best < 0 || n > words(doc.text(best)).length)) best = i;
  }
  return best >= 0 ? best : (header.find((i) => isHeadline(doc.text(i))) ?? -1);
}

const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase();

/**
 * A title set in capitals over several lines ("TREATY\nBETWEEN THE REPUBLIC OF A\nAND THE UNION OF B") is one
 * block: the capitalised lines directly above and below it (no blank line between) belong to it.
 */
function titleBlock(doc: TextDoc, title: number): [number, number] {
  if (title < 0 || !isAllCaps(doc.text(title))) return [title, title];
  let first = title;
  let last = title;
  while (first > 0 && doc.lines[first - 1] && doc.isLive(first - 1) && isAllCaps(doc.text(first - 1)) && !/\|/.test(doc.text(first - 1))) first--;
  while (last + 1 < doc.lines.length && doc.lines[last + 1] && doc.isLive(last + 1) && isAllCaps(doc.text(last + 1)) && !/\|/.test(doc.text(last + 1))) last++;
  return [first, last];
}

export const label: Detector = {
  name: 'label',
  zonal: true,
  detect(doc) {
    const start = doc.bodyStart();
    const header: number[] = [];
    for (let i = 0; i < start && header.length < MAX_HEADER_LINES; i++) if (doc.isLive(i) && !LIST_ITEM.test(doc.text(i))) header.push(i);
    // Hard-wrapped prose (a header line continuing in lowercase) has no labels to find.
    if (header.some((i) => /^\p{Ll}/u.test(doc.text(i)))) return [];
    const title = findTitleLine(doc, header);
    const [first, last] = titleBlock(doc, title);
    const cuts: Cut[] = [];
    for (const i of header) {
      const text = doc.text(i);
      if ((i >= first && i <= last) || KEY_VALUE.test(text)) continue;
      const short = words(text).length <= MAX_LABEL_WORDS_AFTER_TITLE && !SENTENCE_END.test(text);
      const isLabel = i < first || (i > last && (short || isMasthead(text)));
      if (isLabel) cuts.push(wholeLine(doc, i, 'label'));
    }
    return cuts;
  },
};
