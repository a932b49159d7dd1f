// Copyright, reproduction and editorial-policy lines: "(c) 2031 X. All rights reserved. Reproduction only with a
// hyperlink to X.", "© 2024 X", "Our Standards: The X Trust Principles.", "Terms of use".

import { atMostWords } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';

/** Unmistakable wherever they stand. */
const STRONG = new RegExp(`©|\\(c\\)\\s*(?:\\d{4}|copyright)|${anyOf(junkWords('rights'))}`, 'iu');

/** A copyright mark or a rights notice: the line is this detector's, even when it is set as a bar of links. */
export const hasRightsNotice = (text: string) => STRONG.test(text);
/**
 * Also said in news about the law, so only when the line opens with it, and then only in the page's tail or as a
 * short link-like line without a full stop ("Terms of use", "Privacy policy | Contact").
 */
const WEAK =
  /^[^\p{L}]*(?:copyright|reproduction|republication|reprint(?:s|ing)?|перепечатка|editorial (?:standards|guidelines|policy)|terms of (?:use|service)|privacy (?:policy|notice)|impressum|datenschutz)(?!\p{L})/iu;
const MAX_WORDS = 40;
const MAX_WEAK_LINK_WORDS = 6;

/** A notice anywhere, a weak one (a notice only in the tail), or neither: what the text alone says. */
function noticeOf(text: string): 'notice' | 'weak' | null {
  if (!atMostWords(text, MAX_WORDS)) return null;
  if (STRONG.test(text)) return 'notice';
  if (!WEAK.test(text)) return null;
  return atMostWords(text, MAX_WEAK_LINK_WORDS) && !/\.$/.test(text) ? 'notice' : 'weak';
}

export const copyright = lineDetector(
  'copyright',
  (text, i, doc) => {
    const notice = doc.memo('copyright', i, () => noticeOf(text));
    return notice === 'notice' || (notice === 'weak' && doc.inTail(i));
  },
  true,
);
