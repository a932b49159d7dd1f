// Splits a body into sentences, list items and headings with exact offsets: body.slice(start, end) === text.
// Two steps: lines → blocks (headings, list items, paragraphs), then each block → sentences. A rule splitter
// rather than a library: wink-nlp is English-only and alone uses the whole speed budget, Intl.Segmenter
// breaks after "U.S." and "No." (figures in the segment tests' sample).
import { blocksOf } from './blocks.ts';
import { sentencesOf } from './sentences.ts';

export interface Segment {
  start: number;
  end: number;
  text: string;
  unit: 'sentence' | 'list-item' | 'heading';
}

/** A segment must hold a letter or a digit: separators such as "§" or "***" are not claims. */
const HAS_WORD = /[\p{L}\p{N}]/u;

export function segment(body: string, language: string | null): Segment[] {
  const out: Segment[] = [];
  for (const block of blocksOf(body, language)) {
    // A heading is one unit; every sentence of a list item keeps the item's unit.
    const spans = block.unit === 'heading' ? [block] : sentencesOf(body, block.start, block.end, language);
    for (const { start, end } of spans) {
      const text = body.slice(start, end);
      if (HAS_WORD.test(text)) out.push({ start, end, text, unit: block.unit });
    }
  }
  return out;
}
