// Every document in the collection (the served dossier names only the cited ones), each opening its text, with
// its source type badge and, when it repeats another report, whose source it is counted with.
import { plural } from '../../src/export/view.ts';
import type { DocumentMeta } from '../../src/types.ts';
import { api, type DocumentSummary } from './api.ts';
import { fill, h } from './dom.ts';
import { type Model, sourceMeta, sourceName } from './model.ts';
import { sourceFilter } from './source-filter.ts';
import { openSources } from './source-view.ts';
import { sourceBadge, typeKey } from './standing.ts';

/** Documents listed before "and N more": the page is for reading, search finds the rest. */
const LISTED = 100;

type Typed = Partial<Pick<DocumentMeta, 'source_type' | 'source_state' | 'source_evidence'>>;

/** A listed document's type: the listing's own when it has one (a row stored before sources were typed has no
 *  evidence), else the dossier's record of the document. */
function typed(m: Model, d: DocumentSummary): Typed | undefined {
  const own = d as Typed & { source_evidence?: string | null };
  return own.source_type || own.source_evidence ? own : (m.bySha(d.sha256) ?? own);
}

function row(m: Model, d: DocumentSummary, repeats: Map<string, { source: string; why: string }>): HTMLElement {
  const doc = typed(m, d);
  const repeat = repeats.get(m.bySha(d.sha256)?.id ?? '');
  return h(
    'li',
    { class: 'doc-row', attrs: { 'data-source-type': typeKey(doc) } },
    h(
      'button',
      {
        class: 'doc-open',
        attrs: { type: 'button' },
        on: { click: () => openSources(sourceName(d), [{ sha: d.sha256, name: sourceName(d), ranges: [] }]) },
      },
      h('span', 'doc-title', d.title || d.file),
      h(
        'span',
        'doc-meta',
        sourceBadge(doc),
        [d.kind === 'official' ? 'Official text' : d.outlet, sourceMeta(d), plural(d.claim_count, 'sentence')].filter(Boolean).join(' · '),
      ),
      repeat ? h('span', 'doc-repeat', `Counted with ${sourceName(m.doc(repeat.source))}: ${repeat.why}`) : null,
    ),
  );
}

export function sourcesSection(m: Model): HTMLElement {
  const repeats = new Map(m.d.agreements.flatMap((a) => a.repeats ?? []).map((r) => [r.doc, r]));
  const list = h('div', null, h('p', 'muted', 'Loading the documents…'));
  api.listDocuments(LISTED).then(
    ({ total, items }) =>
      fill(
        list,
        h(
          'ol',
          'doc-list',
          items.map((d) => row(m, d, repeats)),
        ),
        total > items.length ? h('p', 'muted', `and ${plural(total - items.length, 'more document')}: use the search box to find them`) : null,
      ),
    (error: Error) => fill(list, h('p', 'error', `Could not list the documents: ${error.message}`)),
  );
  return h(
    'section',
    { class: 'card', attrs: { id: 'sources', 'aria-labelledby': 'sources-h' } },
    h('h2', { attrs: { id: 'sources-h' } }, 'Sources'),
    h('p', 'intro', 'The reports this dossier was built from. Open one to read its cleaned text.'),
    sourceFilter(m),
    list,
  );
}
