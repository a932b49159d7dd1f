// Splits a body into sentences, list items and headings with exact offsets: body.slice(start, end) === text.
// Two steps: lines → blocks (headings, list items, paragraphs), then each block → sentences. A rule splitter
// rather than a library: wink-nlp is English-only and alone uses the whole speed budget, Intl.Segmenter
// breaks after "U.S." and "No." (figures in the segment tests' sample).
import { inOneByte } from '../../text/index.ts';
import { blocksOf } from './blocks.ts';
import { sentencesOf } from './sentences.ts';

export interface Segment {
  start: number;
  end: number;
  text: string;
  unit: 'sentence' | 'list-item' | 'heading';
  /** Set on the pieces of a sentence longer than MAX_SENTENCE_CHARS, which is read in pieces (the caller warns). */
  cut?: true;
}

/** A sentence longer than this (no real one comes near: the longest in our cases has 449 characters) is read in
 *  pieces of at most this length, cut at a space where there is one: every later step reads a sentence at a
 *  cost that grows faster than its length (chrono's refiners, date overlaps), so one endless "sentence" (1 MB
 *  of dates without a period, a 5 MB word) must not be one claim. */
export const MAX_SENTENCE_CHARS = 4000;

/** A segment must hold a letter or a digit: separators such as "§" or "***" are not claims. */
const HAS_WORD = /[\p{L}\p{N}]/u;

export function segment(body: string, language: string | null): Segment[] {
  const out: Segment[] = [];
  for (const block of blocksOf(body, language)) {
    // A heading is one unit; every sentence of a list item keeps the item's unit.
    const spans = block.unit === 'heading' ? [block] : sentencesOf(body, block.start, block.end, language);
    for (const { start, end } of spans) {
      if (end - start > MAX_SENTENCE_CHARS) {
        out.push(...pieces(body, start, end, block.unit));
        continue;
      }
      const text = inOneByte(body.slice(start, end));
      if (HAS_WORD.test(text)) out.push({ start, end, text, unit: block.unit });
    }
  }
  return out;
}

/** body[start, end) in pieces of at most MAX_SENTENCE_CHARS, each cut after the last space in its second half
 *  (else at the limit, never inside a surrogate pair) and trimmed. */
function pieces(body: string, start: number, end: number, unit: Segment['unit']): Segment[] {
  const out: Segment[] = [];
  let a = start;
  while (a < end) {
    while (a < end && /\s/.test(body[a])) a++;
    if (a >= end) break;
    let b = Math.min(end, a + MAX_SENTENCE_CHARS);
    if (b < end) {
      const space = body.slice(a + MAX_SENTENCE_CHARS / 2, b).search(/\s\S*$/);
      if (space >= 0) b = a + MAX_SENTENCE_CHARS / 2 + space;
      else if (/[\uDC00-\uDFFF]/.test(body[b])) b--;
    }
    let e = b;
    while (e > a && /\s/.test(body[e - 1])) e--;
    const text = inOneByte(body.slice(a, e));
    if (HAS_WORD.test(text)) out.push({ start: a, end: e, text, unit, cut: true });
    a = b;
  }
  return out;
}
