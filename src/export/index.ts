// The export stage: one pure function per output format, chosen by name (CLI --format, server routes).
import type { Dossier } from '../types.ts';
import { type ClaimReviewOptions, checkPublisherUrl, toClaimReview } from './claimreview.ts';
import { toAtopCsv, toClaimsCsv } from './csv.ts';
import { toHtml } from './html.ts';
import { toIcs } from './ics.ts';
import { jsonChunks, toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';

export const FORMATS = ['json', 'md', 'html', 'claimreview', 'atop-csv', 'claims-csv', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

/** What a format needs besides the dossier: the ClaimReview publisher's page. */
export type ExportOptions = ClaimReviewOptions;

/** Media types for serving each format. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
  'atop-csv': 'text/csv; charset=utf-8; header=present',
  'claims-csv': 'text/csv; charset=utf-8; header=present',
  ics: 'text/calendar; charset=utf-8',
};

/** The file name a saved export gets (with the collection's name before it). */
export const FILE_SUFFIXES: Record<Format, string> = {
  json: 'dossier.json',
  md: 'dossier.md',
  html: 'dossier.html',
  claimreview: 'claimreview.jsonld',
  'atop-csv': 'atop.csv',
  'claims-csv': 'claims.csv',
  ics: 'lifecycle.ics',
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function render(d: Dossier, format: Format, options: ExportOptions = {}): string {
  switch (format) {
    case 'json':
      return toJson(d);
    case 'md':
      return toMarkdown(d);
    case 'html':
      return toHtml(d);
    case 'claimreview':
      return JSON.stringify(toClaimReview(d, options), null, 2) + '\n';
    case 'atop-csv':
      return toAtopCsv(d);
    case 'claims-csv':
      return toClaimsCsv(d);
    case 'ics':
      return toIcs(d);
  }
}

/** The rendering in pieces, for writing a large dossier to a stream: JSON streams per document and claim. */
export function renderChunks(d: Dossier, format: Format, options: ExportOptions = {}): Iterable<string> {
  return format === 'json' ? jsonChunks(d) : [render(d, format, options)];
}

export { misstatements, SHOWN_SOURCES, unsupported } from './view.ts';
export { type CollectionOverview, type Comparison, collectionOverview, comparison } from './view-overview.ts';
export { checkPublisherUrl, jsonChunks, toAtopCsv, toClaimReview, toClaimsCsv, toHtml, toIcs, toJson, toMarkdown };
