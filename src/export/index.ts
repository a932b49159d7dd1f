// The export stage: one pure function per output format, chosen by name (CLI --format, server routes).
import type { Dossier } from '../types.ts';
import { toClaimReview } from './claimreview.ts';
import { toHtml } from './html.ts';
import { jsonChunks, toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';

export const FORMATS = ['json', 'md', 'html', 'claimreview'] as const;
export type Format = (typeof FORMATS)[number];

/** Media types for serving each format. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function render(d: Dossier, format: Format): string {
  switch (format) {
    case 'json':
      return toJson(d);
    case 'md':
      return toMarkdown(d);
    case 'html':
      return toHtml(d);
    case 'claimreview':
      return JSON.stringify(toClaimReview(d), null, 2) + '\n';
  }
}

/** The rendering in pieces, for writing a large dossier to a stream: JSON streams per document and claim. */
export function renderChunks(d: Dossier, format: Format): Iterable<string> {
  return format === 'json' ? jsonChunks(d) : [render(d, format)];
}

export { misstatements, SHOWN_SOURCES, unsupported } from './view.ts';
export { jsonChunks, toClaimReview, toHtml, toJson, toMarkdown };
