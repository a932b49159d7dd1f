// Links that save the dossier in every export format (the server's GET /api/dossier?format=…), each a plain
// same-origin download: no script builds the file.
import { h } from './dom.ts';

/** Every format the server exports, as the page offers it; a test checks the list against src/export FORMATS. */
export const DOWNLOADS = [
  { format: 'json', label: 'JSON', title: 'The whole dossier as the spec’s JSON, every document and claim', full: true },
  { format: 'md', label: 'Markdown', title: 'A Markdown report with footnote citations' },
  { format: 'html', label: 'HTML', title: 'One self-contained HTML page' },
  { format: 'claimreview', label: 'ClaimReview', title: 'schema.org ClaimReview JSON-LD, one review per misstatement' },
  { format: 'atop-csv', label: 'ATOP CSV', title: 'One row per agreement: ATOP obligation codes with their evidence' },
  { format: 'claims-csv', label: 'Claims CSV', title: 'One row per claim: document, offsets, kind, speaker, articles, dates, parties' },
  { format: 'ics', label: 'Calendar (ICS)', title: 'The lifecycle as calendar events, projected dates marked' },
] as const;

/** `href(format, full)`: the address of the export in the page's collection. */
export function downloadsSection(href: (format: string, full: boolean) => string): HTMLElement {
  return h(
    'nav',
    { class: 'downloads', attrs: { 'aria-label': 'Download the dossier' } },
    h('span', 'muted', 'Download:'),
    DOWNLOADS.map((d) =>
      h(
        'a',
        { class: 'button download', attrs: { href: href(d.format, 'full' in d && d.full), download: '', title: d.title, 'data-format': d.format } },
        d.label,
      ),
    ),
  );
}
