// Newsletter and e-mail footers: "To unsubscribe from this bulletin, click here.", "Forward to a colleague.",
// "Newsletter abbestellen", "Отписаться от рассылки", with the bulletin's note about itself ("X is published
// weekly") when it stands among them. On their own line, or glued to the end of the page's last paragraph.

import { atMostWords, publicationNote } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';
import { gluedTail, splitSentences } from './glued.ts';

const PHRASE = anyOf(junkWords('newsletter'));
/** A footer sentence opens with the phrase. */
const FOOTER = new RegExp(`^${PHRASE}(?!\\p{L})`, 'iu');
/** The phrase anywhere in a line: a line without it needs no splitting into sentences (a cheap pre-test). */
const FOOTER_ANYWHERE = new RegExp(PHRASE, 'iu');
/** Footer sentences are short; a long one that opens with "To unsubscribe" is a report about a scheme. */
const MAX_SENTENCE_WORDS = 16;

/** Footer links share a line as a bar: "Forward this note to a colleague | Unsubscribe". */
const BAR = /\s*[|•·]\s*/;

const partsOf = (text: string) =>
  splitSentences(text)
    .flatMap((s) => s.split(BAR))
    .filter(Boolean);

/** A newsletter's footer phrase opening the sentence ("Forward it to a friend", "Enjoying X?"). */
export const isNewsletterPhrase = (sentence: string) => FOOTER.test(sentence) && atMostWords(sentence, MAX_SENTENCE_WORDS);

/** Every sentence or bar item is a footer phrase or the bulletin's note, and one at least is a footer phrase. */
function isFooter(text: string): boolean {
  if (!FOOTER_ANYWHERE.test(text)) return false;
  const parts = partsOf(text);
  const footer = (s: string) => FOOTER.test(s) && atMostWords(s, MAX_SENTENCE_WORDS);
  return parts.some(footer) && parts.every((s) => footer(s) || publicationNote(s) !== null);
}

/** The bulletin's note alone ("X is sent to members every Friday"): a footer only in the page's tail. */
const isNoteLine = (text: string) => partsOf(text).every((s) => publicationNote(s) !== null);

export const newsletter: Detector = {
  name: 'newsletter',
  zonal: true, // a footer glued to a paragraph is cut only from the page's last line
  detect(doc) {
    const cuts: Cut[] = [];
    for (let i = 0; i < doc.lines.length; i++) {
      if (!doc.isLive(i)) continue;
      if (doc.memo('newsletter', i, () => isFooter(doc.text(i)))) cuts.push(wholeLine(doc, i, 'newsletter'));
      else if (doc.inTail(i) && isNoteLine(doc.text(i))) cuts.push(wholeLine(doc, i, 'newsletter'));
      else if (doc.inTail(i)) {
        const glued = FOOTER_ANYWHERE.test(doc.lines[i]) ? gluedTail(doc.lines[i], isFooter) : null;
        if (glued !== null) cuts.push({ line: i, start: glued, end: doc.lines[i].length, why: 'newsletter' });
      }
    }
    return cuts;
  },
};
