// Quotations inside one sentence: how much of it is someone else's words, and the sentence with them blanked
// out (so the writer's cues and the crediting verbs are read outside the quotations only).
import { findQuotes } from '../segment/quotes.ts';

/** A quotation of fewer words is a term or a scare quote ("an “alliance”"), not speech. */
export const QUOTE_MIN_WORDS = 3;
/** A sentence that is at least this share quotation is all quotation ("“We will honour it.”"). */
export const FULLY_QUOTED_SHARE = 0.85;
/** Russian dialogue: "— Мы подписали договор, — сказал министр." */
const DIALOGUE = /^[—–]\s.*?,?\s[—–]\s/su;
/** A segment that opens with a quotation mark. */
const OPENING_MARK = /^[“‘"«„]/u;

export interface QuotedText {
  /** The sentence with every character inside a quotation replaced by a space (offsets kept). */
  masked: string;
  /** Share of the sentence inside quotations of at least QUOTE_MIN_WORDS words. */
  share: number;
  /** The first such quotation, for the feature list. */
  first: string | null;
}

export function readQuotes(text: string): QuotedText {
  const spans = findQuotes(text).map((q) => ({ from: q.open + 1, to: q.close }));
  const dialogue = DIALOGUE.exec(text);
  if (dialogue) spans.unshift({ from: 1, to: dialogue[0].length - 2 });
  // A quotation that runs over several paragraphs opens each one without closing it: the whole segment is quoted.
  else if (OPENING_MARK.test(text) && spans[0]?.from !== 1) spans.splice(0, spans.length, { from: 1, to: text.length });
  let masked = text;
  let quoted = 0;
  let first: string | null = null;
  for (const { from, to } of spans) {
    const inner = text.slice(from, to);
    masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
    if (inner.trim().split(/\s+/).length < QUOTE_MIN_WORDS) continue;
    quoted += to - from + 2;
    first ??= inner;
  }
  return { masked, share: text.length ? quoted / text.length : 0, first };
}
