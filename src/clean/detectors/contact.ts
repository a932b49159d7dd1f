// Press contacts of a release: "Media contact: press@x.example", "Pressekontakt: Referat …, Tel. +49 …", "Service
// de presse – Tél. : 01 …", a bare address or number (wherever they stand), and, in the block at the page's foot
// read from the last line up, a contact label alone and the office's name signing it ("Press Office", "Department
// of Rivers and Ports"). The labels of every language are in ../lang/.

import { atMostWords, publisherName, siteSignOff } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';
import { gluedTail } from './glued.ts';

// Bounded parts (a mailbox name has at most 64 characters, a label a few words): a line of one long word must cost
// linear time, not a retry of every split of it.
const EMAIL = String.raw`[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`;
/** A telephone number as releases print it: international, bracketed or trunk-prefixed ("+43 1 …", "(202) …", "01 …"). */
const PHONE = String.raw`(?:\+\d|\(\d|0\d)[\d\s()./-]{5,}\d`;
/** A web address: a scheme or a dotted host with a top-level name, perhaps a path ("x.example", "https://x.org/a"). */
const WEB = String.raw`(?:https?://)?(?:[\w-]{1,63}\.){1,8}\p{L}{2,12}(?:/\S*)?`;
/** A short label, perhaps with its bracketed kind: "Tel.", "E-mail:", "Téléphone :", "Phone (switchboard)". */
const SHORT_LABEL = String.raw`[\p{L}.-]{1,30}(?:\s*\([\p{L}\s.-]{1,30}\))?\s*:?\s*`;
/** An address or a number alone, perhaps after a short label. */
const ADDRESS_ONLY = new RegExp(`^(?:${SHORT_LABEL})?(?:${EMAIL}|${PHONE})$`, 'u');
/** "More information" and an address, nothing else: "Más información en x.example", "Подробнее: x.example". */
const MORE_INFO = new RegExp(`^${anyOf(junkWords('moreInfo'))}\\s*:?\\s*(?:${EMAIL}|${WEB})\\.?$`, 'iu');
const HAS_ADDRESS = new RegExp(`${EMAIL}|${PHONE}`, 'u');
/** A contact label alone, or before a colon or a dash: "Press Office", "Contact presse :", "Пресс-служба —". */
const LABEL = new RegExp(`^${anyOf(junkWords('contact'))}(?:\\s*(?:[:–—-]|$))`, 'iu');
/** A label with its office's name and numbers: one short line. */
const MAX_WORDS = 20;

/** An address alone, or a contact label with an address: a contact wherever it stands. */
function isAddressLine(text: string): boolean {
  return (
    ADDRESS_ONLY.test(text) ||
    MORE_INFO.test(text) ||
    siteSignOff(text) !== null ||
    (atMostWords(text, MAX_WORDS) && HAS_ADDRESS.test(text) && LABEL.test(text))
  );
}

/** A contact label alone or with its office: a contact only in the block at the foot. */
const isLabelLine = (text: string) => atMostWords(text, MAX_WORDS) && LABEL.test(text);

export const contact: Detector = {
  name: 'contact',
  zonal: true,
  detect(doc) {
    const cuts: Cut[] = [];
    let block = true;
    for (let i = doc.lines.length - 1; i >= 0; i--) {
      if (!doc.isLive(i)) continue;
      const text = doc.text(i);
      // An office's name signs the block: only beside a contact line already found.
      const inBlock = block && cuts.length > 0 && publisherName(text) === text;
      if (isAddressLine(text) || (block && (isLabelLine(text) || inBlock))) {
        cuts.push(wholeLine(doc, i, 'contact'));
        continue;
      }
      block = false;
      // "…covering the Pacific. Contact: editor@x.example": a contact glued to the end of a footer's note.
      // (A line with no address at all has no tail with one: tried first, it keeps a line of 35,000 sentences linear.)
      const glued = text === doc.lines[i] && HAS_ADDRESS.test(text) ? gluedTail(text, (tail) => HAS_ADDRESS.test(tail) && isAddressLine(tail)) : null;
      if (glued !== null) cuts.push({ line: i, start: glued, end: text.length, why: 'contact' });
    }
    return cuts;
  },
};
