// Text normalization shared by every format: one line-break convention and one Unicode form, so offsets
// and comparisons mean the same thing whatever the source produced.

/** CRLF (Windows), lone CR (classic Mac) and the Unicode line/paragraph separators → LF; a leading BOM that
 *  survived decoding is dropped; NFC so that "é" is one code point whether typed composed or decomposed. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .normalize('NFC');
}
