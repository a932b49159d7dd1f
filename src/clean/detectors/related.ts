// "Related news" / "Most read" / "Read more" lists: the heading and the short headline items under it, and single
// "Read also: <headline>" teaser lines.
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';
import { atMostWords } from '../../text/index.ts';

/** Headings of link lists, per language; the whole line, optionally with a colon. */
const HEADING = new RegExp(
  '^(?:related(?: news| articles?| stories| coverage| content| reading| topics| posts)?|read (?:more|also|next)|more (?:stories|news|on this(?: story| topic)?)|' +
    'most (?:read|popular|viewed|shared|commented)|popular(?: now| stories)?|trending(?: now| stories)?|see also|also read|you (?:may|might) (?:also )?like|' +
    'recommended(?: for you| stories| reading)?|latest(?: news| stories)?|top stories|editor[\'’]?s picks|' +
    'читайте также|(?:похожие|другие|последние) новости|по теме|ещё по теме|mehr zum thema|lesen sie auch|das könnte sie auch interessieren|' +
    '(?:à|a) lire aussi|lire aussi|sur le même sujet|noticias relacionadas|lee también)\\s*:?$',
  'iu',
);
/** A teaser for another story on one line: "Read also: …", "READ MORE: …". */
const TEASER = /^(?:read (?:more|also|next)|see also|also read|читайте также|lesen sie auch|lire aussi|lee también)\s*:\s*\S/iu;
/** List items are headlines: short, and without the full stop that ends a sentence of the report. */
const MAX_ITEM_WORDS = 20;
const MAX_TEASER_WORDS = 25;

function isItem(text: string): boolean {
  if (/^[-–—•*·]\s/.test(text)) return atMostWords(text, MAX_ITEM_WORDS + 1);
  return atMostWords(text, MAX_ITEM_WORDS) && !/\.["'”’»)]*$/.test(text);
}

export const related: Detector = {
  name: 'related',
  zonal: true, // its list ends at the next live line, which others' cuts can change
  detect(doc) {
    const cuts: Cut[] = [];
    for (let i = 0; i < doc.lines.length; i++) {
      if (!doc.isLive(i)) continue;
      const text = doc.text(i);
      if (TEASER.test(text) && atMostWords(text, MAX_TEASER_WORDS)) cuts.push(wholeLine(doc, i, 'related'));
      if (!HEADING.test(text)) continue;
      cuts.push(wholeLine(doc, i, 'related'));
      for (let j = doc.nextLive(i); j >= 0 && isItem(doc.text(j)); j = doc.nextLive(j)) cuts.push(wholeLine(doc, j, 'related'));
    }
    return cuts;
  },
};
