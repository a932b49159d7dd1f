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
  '‘': '’',
};

/** A quotation longer than this is taken for an unbalanced mark, so one stray mark cannot swallow a paragraph. */
export const MAX_QUOTE_CHARS = 600;

const OPENING_CONTEXT = /[\s([{\-–—:/]/;
const MARKS = new RegExp(`[${Object.keys(PAIRS).join('')}]`, 'g');

/** Quotations in `text` between `from` and `to`, in order, not nested. */
export function findQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  // Searched in a copy of the stretch: a search in the whole body would run on to the next mark far beyond `to`.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const spans: QuoteSpan[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(part); m; m = MARKS.exec(part)) {
    const i = m.index;
    const ch = m[0];
    // A mark opens when it stands at the start or after a space or opening punctuation, before a non-space.
    // French guillemets take a space inside (« texte »); other marks hug the quoted words.
    const spaced = ch === '«';
    const before = i > 0 ? part[i - 1] : ' ';
    const after = part[i + 1] ?? ' ';
    if (!OPENING_CONTEXT.test(before) || (!spaced && /\s/.test(after))) continue;
    // »…« (German) is only a quotation when it opens before a word.
    if (ch === '»' && !/\p{L}/u.test(after)) continue;
    const limit = Math.min(part.length, i + MAX_QUOTE_CHARS);
    const closers = PAIRS[ch];
    let close = -1;
    for (let j = i + 1; j < limit; j++) {
      const c = part[j];
      // A quotation does not run on over a blank line.
      if (c === '\n' && part[j + 1] === '\n') break;
      // ’ is also the apostrophe ("won’t"): it closes only before a non-letter.
      if (closers.includes(c) && (spaced || !/\s/.test(part[j - 1])) && !(c === '’' && /\p{L}/u.test(part[j + 1] ?? ''))) {
        close = j;
        break;
      }
    }
    if (close < 0) continue;
    spans.push({ open: from + i, close: from + close });
    MARKS.lastIndex = close + 1;
  }
  return spans;
}
