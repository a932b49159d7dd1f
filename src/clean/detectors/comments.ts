// Comment widgets: "You are replying to: .", "Leave a comment", "Комментарии (12)", "12 comments · Show comments",
// "Réagissez à cet article – 12 commentaires". Every item of the line is a widget's text, perhaps with a count or
// stray punctuation; the phrases of every language are in ../lang/.

import { words } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';

/** The phrase, then at most a count and the punctuation a widget leaves ("You are replying to: ."). */
const WIDGET = new RegExp(`^${anyOf(junkWords('comments'))}(?:\\s*\\(\\d+\\)|\\s+\\d+)?[\\s:.…]*$`, 'iu');
/** Widgets share a line as a bar: "Comments (23) | Log in to join the discussion". */
const ITEM_SEPARATOR = /\s+[|·•–—]\s+|\s*\|\s*/;

/** A share button beside the count: "Comments (212) · Share". */
const SHARE_ITEM = new RegExp(`^${anyOf(junkWords('share'))}$`, 'iu');

function isCommentWidget(text: string): boolean {
  const items = text.split(ITEM_SEPARATOR).filter(Boolean);
  return items.some((it) => WIDGET.test(it)) && items.every((it) => WIDGET.test(it) || SHARE_ITEM.test(it));
}

/** One word above the headline ("COMMENT", "Комментарии") is a section label for the label detector to read. */
export const comments = lineDetector(
  'comments',
  (text, i, doc) => doc.memo('comments', i, () => isCommentWidget(text)) && !(doc.inHeader(i) && words(text).length === 1),
  true,
);
