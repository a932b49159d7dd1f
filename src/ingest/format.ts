// Format detection: the extension says what a file should be; the bytes and text confirm it or, for an
// unknown extension, decide.

/** The container formats ingest reads. `jsonl` is one JSON object per line. */
export type FileFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'json' | 'jsonl';

/** Extensions (lower case, no dot) that name a format outright. */
const EXTENSIONS: Record<string, FileFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  pdf: 'pdf',
};

export function formatFromExtension(file: string): FileFormat | null {
  const m = /\.([a-z0-9]+)$/i.exec(file.replace(/#\d+$/, ''));
  return m ? (EXTENSIONS[m[1].toLowerCase()] ?? null) : null;
}

/** Media types (a Content-Type without parameters) that name a format outright: for a file whose name does not. */
const MEDIA_TYPES: Record<string, FileFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/jsonlines': 'jsonl',
  'application/pdf': 'pdf',
};

export function formatFromMediaType(mediaType: string | null | undefined): FileFormat | null {
  const type = mediaType?.split(';', 1)[0].trim().toLowerCase();
  return type ? (MEDIA_TYPES[type] ?? null) : null;
}

/** The charset a Content-Type states (`text/plain; charset=windows-1251`), as written, or null. */
export function mediaTypeCharset(mediaType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(mediaType ?? '')?.[1] ?? null;
}

/** PDF files start with `%PDF-`; the standard lets junk precede it within the first KB. */
const PDF_MAGIC = '%PDF-';
const PDF_MAGIC_WINDOW = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_MAGIC_WINDOW));
  return head.includes(PDF_MAGIC);
}

/** A whole page, or a fragment with several common HTML tags including a closing one. One stray `<b>` in a
 *  plain-text scrape is not enough. */
const HTML_DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG =
  /<\/?(?:p|div|br|span|a|h[1-6]|article|section|header|footer|nav|main|ul|ol|li|table|tr|td|meta|title|figure|figcaption|img|strong|em|b|i)\b[^<>]*>/gi;
const MIN_HTML_TAGS = 3;

export function looksLikeHtml(text: string): boolean {
  if (HTML_DOCUMENT_START.test(text)) return true;
  const tags = text.slice(0, 20000).match(HTML_TAG) ?? [];
  return tags.length >= MIN_HTML_TAGS && tags.some((t) => t.startsWith('</'));
}

/** Markdown's unambiguous marks: ATX headings, fenced code, or several [text](url) links. */
const MARKDOWN_HEADING = /^#{1,6} \S/m;
const MARKDOWN_FENCE = /^```/m;
const MARKDOWN_LINK = /\[[^\]\n]+\]\([^)\s]+\)/g;

function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_HEADING.test(text) || MARKDOWN_FENCE.test(text) || (text.match(MARKDOWN_LINK)?.length ?? 0) >= 2;
}

function parses(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** The format of a decoded text whose extension said nothing (or nothing known). JSON only when it parses
 *  (a scrape may start with "[Updated]"), JSONL when its first line is a JSON object. */
export function sniffTextFormat(text: string): FileFormat {
  const t = text.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) {
    const whole = parses(t);
    if (whole !== undefined && typeof whole === 'object') return 'json';
    const first = parses(t.split('\n', 1)[0]);
    if (first !== null && typeof first === 'object' && !Array.isArray(first)) return 'jsonl';
  }
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}
