// Paywall notices and article meters: "You have read 3 of your 5 free articles", "This article is for subscribers",
// "Dieser Artikel ist nur für Abonnenten", "Материал доступен только подписчикам", "Subscribe to continue reading".
// On their own line, or glued to the end of a paragraph (with what follows them on that line).

import { atMostWords } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';
import { gluedTail } from './glued.ts';

/** The notice opens the line or the tail. */
const NOTICE = new RegExp(`^${anyOf(junkWords('paywall'))}(?!\\p{L})`, 'iu');
/** A notice and the sales pitch after it are short; a long line that opens so is a report. */
const MAX_WORDS = 40;
/** Quotes and reporting verbs: someone's words, not the site's. */
const REPORTED_SPEECH = /["“”«»]|(?<!\p{L})(?:said|says|told|according to)(?!\p{L})/iu;

export function isPaywallNotice(text: string): boolean {
  return NOTICE.test(text) && atMostWords(text, MAX_WORDS) && !REPORTED_SPEECH.test(text);
}

export const paywall: Detector = {
  name: 'paywall',
  detect(doc) {
    const cuts: Cut[] = [];
    for (let i = 0; i < doc.lines.length; i++) {
      if (!doc.isLive(i)) continue;
      if (isPaywallNotice(doc.text(i))) cuts.push(wholeLine(doc, i, 'paywall'));
      else {
        const glued = gluedTail(doc.lines[i], isPaywallNotice);
        if (glued !== null) cuts.push({ line: i, start: glued, end: doc.lines[i].length, why: 'paywall' });
      }
    }
    return cuts;
  },
};
