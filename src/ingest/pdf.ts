// PDF: the text layer, via unpdf (a serverless build of Mozilla's PDF.js). Scanned pages have no text layer;
// OCR is out of scope, so they are reported, not guessed at.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import type { MetaHints } from '../types.ts';
import { isRealPdfAuthor, isRealPdfTitle } from './pdf-title.ts';

export interface PdfText {
  text: string;
  pages: number;
  hints: MetaHints;
}

function infoString(info: Record<string, unknown>, key: string): string | null {
  const v = info[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The text of all pages, joined; throws with PDF.js's reason for a broken or encrypted file. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    const { info } = await getMeta(pdf);
    const title = infoString(info, 'Title');
    const author = infoString(info, 'Author');
    const hints: MetaHints = {};
    if (title && isRealPdfTitle(title, [infoString(info, 'Creator'), infoString(info, 'Producer')])) hints.title = title;
    if (author && isRealPdfAuthor(author)) hints.author = author;
    return { text, pages: totalPages, hints };
  } finally {
    await pdf.destroy();
  }
}
