// Every document in the collection (the served dossier names only the cited ones), each opening its text.
import { plural } from '../../src/export/view.ts';
import { api, type DocumentSummary } from './api.ts';
import { fill, h } from './dom.ts';
import { sourceMeta, sourceName } from './model.ts';
import { openSources } from './source-view.ts';

/** Documents listed before "and N more": the page is for reading, search finds the rest. */
const LISTED = 100;

function row(d: DocumentSummary): HTMLElement {
  return h(
    'li',
    'doc-row',
    h(
      'button',
      {
        class: 'doc-open',
        attrs: { type: 'button' },
        on: { click: () => openSources(sourceName(d), [{ sha: d.sha256, name: sourceName(d), ranges: [] }]) },
      },
      h('span', 'doc-title', d.title || d.file),
      h('span', 'doc-meta', [d.kind === 'official' ? 'Official text' : d.outlet, sourceMeta(d), plural(d.claim_count, 'sentence')].filter(Boolean).join(' · ')),
    ),
  );
}

export function sourcesSection(): HTMLElement {
  const list = h('div', null, h('p', 'muted', 'Loading the documents…'));
  api.listDocuments(LISTED).then(
    ({ total, items }) =>
      fill(
        list,
        h('ol', 'doc-list', items.map(row)),
        total > items.length ? h('p', 'muted', `and ${plural(total - items.length, 'more document')}: use the search box to find them`) : null,
      ),
    (error: Error) => fill(list, h('p', 'error', `Could not list the documents: ${error.message}`)),
  );
  return h(
    'section',
    { class: 'card', attrs: { id: 'sources', 'aria-labelledby': 'sources-h' } },
    h('h2', { attrs: { id: 'sources-h' } }, 'Sources'),
    h('p', 'intro', 'The reports this dossier was built from. Open one to read its cleaned text.'),
    list,
  );
}
