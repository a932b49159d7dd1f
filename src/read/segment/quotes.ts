// Balanced quotations inside a stretch of text: sentence ends inside them are not boundaries, and the kind
// stage reads the words inside them as someone else's.

/** A quotation: `open` is the index of the opening mark, `close` of the closing mark. */
export interface QuoteSpan {
  open: number;
  close: number;
}

/** Opening mark → the marks that may close it (German „…“ closes with the English opening mark). */
const PAIRS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '「': '」',
  '『': '』',
  '"': '"',
};

/** A quotation longer than this is taken for an unbalanced mark, so one stray mark cannot swallow a paragraph. */
export const MAX_QUOTE_CHARS = 600;

const OPENING_CONTEXT = /[\s([{\-–—:/]/;

/** Quotations in `text` between `from` and `to`, in order, not nested. */
export function findQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const closers = PAIRS[ch];
    if (!closers) continue;
    // A mark opens when it stands at the start or after a space or opening punctuation, before a non-space.
    const before = i > from ? text[i - 1] : ' ';
    const after = text[i + 1] ?? ' ';
    // French guillemets take a space inside (« texte »); other marks hug the quoted words.
    const spaced = ch === '«';
    if (!OPENING_CONTEXT.test(before) || (!spaced && /\s/.test(after))) continue;
    // »…« (German) is only a quotation when it opens before a word.
    if (ch === '»' && !/\p{L}/u.test(after)) continue;
    const limit = Math.min(to, i + MAX_QUOTE_CHARS);
    let close = -1;
    for (let j = i + 1; j < limit; j++) {
      if (closers.includes(text[j]) && (spaced || !/\s/.test(text[j - 1]))) {
        close = j;
        break;
      }
      if (text[j] === '\n' && text[j + 1] === '\n') break;
    }
    if (close < 0) continue;
    spans.push({ open: i, close });
    i = close;
  }
  return spans;
}
