// "Related news" / "Most read" / "Read more" lists: the heading and the short headline items under it; teaser lines
// and bars ("Read also: <headline>", "Top stories: A | B | C"), on their own line or glued to the end of a
// paragraph. The headings of every language are in ../lang/.

import { atMostWords, words } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';
import { gluedTail } from './glued.ts';

const HEADING = anyOf(junkWords('related'));
/** A heading alone on its line, optionally with a colon: the list follows. */
const HEADING_LINE = new RegExp(`^${HEADING}\\s*[:：]?$`, 'iu');
/**
 * A heading, a colon and a teaser for other stories. A heading of two words or more ("Most read", "Read also") may
 * take a few words more before the colon ("Most read this week:"); a one-word heading may not ("Latest count: 192
 * votes" is a fact, not a teaser).
 */
const MAX_HEADING_EXTRA_WORDS = 3;
const TEASER = new RegExp(`^(?:[-–—•*·▶►»]\\s*)?(${HEADING})((?:\\s+[\\p{L}\\p{N}]+){0,${MAX_HEADING_EXTRA_WORDS}})\\s*[:：]\\s*(?=\\S)`, 'iu');
/** A site's address: "courier.example/africa", "https://www.x.example". */
const ADDRESS = String.raw`(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?:\/[\p{L}\d._~%-]*)*`;
/** "More news from Africa at courier.example/africa", "Más noticias de Europa en diario.example/europa": a pointer. */
const SITE_TEASER = new RegExp(
  `^(?:${HEADING})(?:\\s+[\\p{L}\\p{N}]+){0,${MAX_HEADING_EXTRA_WORDS}}\\s+(?:at|on|en|sur|auf|bei|unter|на|في)\\s+${ADDRESS}\\.?$`,
  'iu',
);
/** Items of a teaser bar: "A | B | C". */
const BAR = /\s*[|•·]\s*/;
/** List items and teasers are headlines: short, and without the full stop that ends a sentence of the report. */
const MAX_ITEM_WORDS = 20;
const MAX_TEASER_WORDS = 25;
const SENTENCE_STOP = /\.["'”’»)]*$/;

function isItem(text: string): boolean {
  if (/^[-–—•*·]\s/.test(text)) return atMostWords(text, MAX_ITEM_WORDS + 1);
  return atMostWords(text, MAX_ITEM_WORDS) && !SENTENCE_STOP.test(text);
}

/** "Read also: <headline>" or "Top stories: A | B | C": headlines after the heading, not a sentence of the report. */
export function isTeaser(text: string): boolean {
  const m = TEASER.exec(text);
  if (!m || (m[2] && !/\s/.test(m[1])) || !atMostWords(text, MAX_TEASER_WORDS * 2)) return false;
  const items = text.slice(m[0].length).split(BAR).filter(Boolean);
  if (items.length > 1) return items.every((it) => words(it).length <= MAX_ITEM_WORDS);
  return atMostWords(items[0] ?? '', MAX_TEASER_WORDS) && !SENTENCE_STOP.test(items[0] ?? '');
}

/** A teaser line, a list heading, where a teaser glued to the line starts, or nothing. */
function relatedKind(line: string, text: string): 'teaser' | 'heading' | number | null {
  if (isTeaser(text) || SITE_TEASER.test(text)) return 'teaser';
  if (HEADING_LINE.test(text)) return 'heading';
  return /[:：]/.test(text) ? gluedTail(line, isTeaser) : null; // a teaser has its colon
}

export const related: Detector = {
  name: 'related',
  zonal: true, // its list ends at the next live line, which others' cuts can change
  detect(doc) {
    const cuts: Cut[] = [];
    for (let i = 0; i < doc.lines.length; i++) {
      if (!doc.isLive(i)) continue;
      const text = doc.text(i);
      const kind = doc.memo('related', i, () => relatedKind(doc.lines[i], text));
      if (kind === 'teaser') cuts.push(wholeLine(doc, i, 'related'));
      else if (typeof kind === 'number') cuts.push({ line: i, start: kind, end: doc.lines[i].length, why: 'related' });
      if (kind !== 'heading') continue;
      cuts.push(wholeLine(doc, i, 'related'));
      for (let j = doc.nextLive(i); j >= 0 && isItem(doc.text(j)); j = doc.nextLive(j)) cuts.push(wholeLine(doc, j, 'related'));
    }
    return cuts;
  },
};
