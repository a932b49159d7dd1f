// Ingest stage: bytes → RawDocument[] (formats, charsets, JSON/JSONL items, PDF text layer).
// Pure over the bytes it is given; the CLI/server adapters read the files (src/runner/inputs.ts).
// Exact duplicates are not dropped here: the pipeline keys documents by `sha256` and stores each once,
// warning "exact duplicate of FILE" for the later copy. Near duplicates: ./near-duplicates.ts.
import type { RawDocument, Warning } from '../types.ts';
import { binaryReason } from './binary.ts';
import {
  byteOrderMark,
  CERTAIN_BASES,
  CONTROL_CHARACTERS,
  canonicalCharset,
  declaredCharset,
  decodeBytes,
  UNDECODABLE_SHARE,
  undecodableBytes,
  utf16WithoutBom,
} from './charset.ts';
import { type FileFormat, formatFromExtension, formatFromMediaType, isPdf, mediaTypeCharset, sniffTextFormat } from './format.ts';
import { sha256Hex } from './hash.ts';
import { hasVisibleText } from './html-text.ts';
import { jsonReports } from './json-reports.ts';
import { markdownText } from './markdown.ts';
import { normalizeText } from './normalize.ts';
import { pdfText } from './pdf.ts';
import { unsupportedByMediaType, unsupportedByName, unsupportedText } from './unsupported.ts';

export { findNearDuplicate, linkNearDuplicates, minhashSignature } from './near-duplicates.ts';

export interface IngestOptions {
  /** Files larger than this are refused (bytes). Default 20 MB. */
  maxBytes: number;
  /** The Content-Type the file came with (an upload's, a fetched URL's): its format when the name has no known
   *  extension ("text/markdown"), and its charset parameter as the charset the file declares. */
  mediaType?: string | null;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestResult {
  docs: RawDocument[];
  /** Every problem with the file, level `error` when it yielded no report. A problem with one returned
   *  document (replaced characters, an HTML page without text) is also in that document's `warnings`. */
  warnings: Warning[];
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes} bytes`;
}

/** The error for a file over the limit; also used by the file reader, which checks the size before reading. */
export function sizeLimitMessage(bytes: number, maxBytes: number): string {
  return `over the size limit: ${size(bytes)} > ${size(maxBytes)} (change it with --max-bytes)`;
}

const failure = (file: string, message: string): IngestResult => ({ docs: [], warnings: [{ level: 'error', file, message }] });

/** Records a note on a document and, for the run's list, as a file warning. */
function note(result: IngestResult, doc: RawDocument, message: string): void {
  doc.warnings.push(message);
  result.warnings.push({ level: 'warning', file: doc.file, message });
}

async function ingestPdf(file: string, bytes: Uint8Array, sha256: string): Promise<IngestResult> {
  let pdf: Awaited<ReturnType<typeof pdfText>>;
  try {
    pdf = await pdfText(bytes);
  } catch (error) {
    const e = error as Error;
    const reason = e.name === 'PasswordException' ? 'encrypted (a password is required)' : e.message;
    return failure(file, `unreadable PDF: ${reason}`);
  }
  const text = normalizeText(pdf.text);
  if (!text.trim()) return failure(file, `PDF has no text layer (${pdf.pages} page(s), scanned or image-only?); OCR is not supported`);
  return { docs: [{ file, sha256, format: 'pdf', text, html: null, hints: pdf.hints, charset: 'PDF text layer', warnings: [] }], warnings: [] };
}

/** Decodes one file's bytes into zero or more raw documents, with a warning or error per problem. Never throws:
 *  whatever goes wrong with one file (a bug, a stack overflow on input nobody foresaw) is that file's error. */
export async function ingestBytes(file: string, bytes: Uint8Array, options: IngestOptions = { maxBytes: DEFAULT_MAX_BYTES }): Promise<IngestResult> {
  try {
    return await ingestFile(file, bytes, options);
  } catch (error) {
    return failure(file, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** "12 bytes could not be decoded as windows-1251 and were replaced", "1 byte … was replaced". */
const undecodedNote = (n: number, charset: string) =>
  `${n} byte${n === 1 ? '' : 's'} could not be decoded as ${charset} and ${n === 1 ? 'was' : 'were'} replaced`;

/** One decoded text as the document of its format: JSON and JSONL hold reports, Markdown is read to plain text. */
function documentsOf(file: string, sha256: string, format: FileFormat, text: string, charset: string): IngestResult {
  if (format === 'json' || format === 'jsonl') return jsonReports(file, text, charset);
  const doc: RawDocument = { file, sha256, format, text: null, html: null, hints: {}, charset, warnings: [] };
  if (format === 'html') doc.html = text;
  else if (format === 'markdown') {
    const md = markdownText(text);
    if (!md.text.trim()) return failure(file, 'empty: the Markdown has no text (only marks, link targets or images)');
    doc.text = normalizeText(md.text);
    doc.hints = md.hints;
    if (md.links.length) doc.links = md.links;
    const result = { docs: [doc], warnings: [] };
    if (md.warning) note(result, doc, md.warning);
    return result;
  } else doc.text = text;
  return { docs: [doc], warnings: [] };
}

async function ingestFile(file: string, bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  if (bytes.length > options.maxBytes) {
    return failure(file, sizeLimitMessage(bytes.length, options.maxBytes));
  }
  if (bytes.length === 0) return failure(file, 'empty file (0 bytes)');
  const sha256 = sha256Hex(bytes);
  const byName = formatFromExtension(file) ?? formatFromMediaType(options.mediaType);
  if (isPdf(bytes)) return ingestPdf(file, bytes, sha256);
  if (byName === 'pdf') return failure(file, 'not a PDF: no %PDF- header');
  const unsupported = byName ? null : (unsupportedByName(file) ?? unsupportedByMediaType(options.mediaType));
  if (unsupported) return failure(file, unsupported);

  const utf16 = (byteOrderMark(bytes) ?? utf16WithoutBom(bytes) ?? '').startsWith('UTF-16');
  const binary = binaryReason(bytes, utf16);
  if (binary) return failure(file, binary);

  const given = mediaTypeCharset(options.mediaType);
  const declared = (given && canonicalCharset(given)) || (byName === 'html' || byName === null ? declaredCharset(bytes) : null);
  const decoded = decodeBytes(bytes, declared);
  // Control characters: where the charset is certain, stray bytes of a good text (dropped below, with a
  // warning); where it was guessed, a sign that the guess is wrong, counted with the replaced characters.
  const controls = decoded.text.match(CONTROL_CHARACTERS)?.length ?? 0;
  const replaced = decoded.undecodable - controls;
  const lost = CERTAIN_BASES.has(decoded.basis) ? replaced : decoded.undecodable;
  const share = lost / Math.max(1, decoded.text.length);
  if (share > UNDECODABLE_SHARE) {
    return failure(file, `undecodable: ${(share * 100).toFixed(1)}% of characters could not be decoded (best guess ${decoded.charset}, by ${decoded.basis})`);
  }
  const text = normalizeText(controls ? decoded.text.replace(CONTROL_CHARACTERS, '') : decoded.text);
  if (!text.trim()) return failure(file, `empty: only whitespace (${size(bytes.length)})`);
  const other = byName === 'json' || byName === 'jsonl' ? null : unsupportedText(text);
  if (other) return failure(file, other);

  const format = byName ?? sniffTextFormat(text);
  const result = documentsOf(file, sha256, format, text, decoded.charset);
  // Bytes no charset decodes, counted as bytes; U+FFFD the file itself holds (lost before it was saved) apart.
  const badBytes = replaced ? undecodableBytes(bytes, decoded) : 0;
  for (const doc of result.docs) {
    if (badBytes) note(result, doc, undecodedNote(badBytes, decoded.charset));
    else if (replaced) note(result, doc, `${replaced} replacement character(s) (U+FFFD) in the file: characters lost before it was saved`);
    if (controls) note(result, doc, `${controls} control character(s) (not text: NUL, U+0001…) were removed`);
    // Pure ASCII reads the same in any declared charset: only a real difference is worth a note.
    if (declared && declared !== decoded.charset && /[^\x00-\x7f]/.test(text))
      note(result, doc, `declares charset ${declared} but was decoded as ${decoded.charset} (${decoded.basis})`);
    if (doc.html !== null && !hasVisibleText(doc.html)) note(result, doc, 'HTML has no visible text (only markup, styles or scripts)');
  }
  return result;
}
