// The source panel: a fact's documents as tabs, the chosen document's cleaned body as plain text with the
// cited sentences marked and scrolled into view. Bodies are fetched on demand (the served dossier has none).
import { formatDate } from '../../src/export/view.ts';
import { api, type SourceDocument } from './api.ts';
import { externalLink, fill, h, marked } from './dom.ts';
import { groupByDoc, type Model, sourceLine, sourceName } from './model.ts';
import { sourceBadge } from './standing.ts';

export interface Source {
  sha: string;
  name: string;
  /** Spans to mark, as offsets into the document's body. */
  ranges: { start: number; end: number }[];
}

const panel = () => document.getElementById('source') as HTMLElement;
let opener: Element | null = null;
let shown = 0; // guards against a slow fetch overwriting a later choice

/** Opens the panel on `sources[index]`, with a tab per source when the fact has several. */
export function openSources(fact: string, sources: Source[], index = 0): void {
  if (!sources.length) return;
  const root = panel();
  if (root.hidden) opener = document.activeElement;
  root.hidden = false;
  document.body.classList.add('source-open');
  const tabs =
    sources.length > 1
      ? h(
          'div',
          { class: 'source-tabs', attrs: { role: 'tablist', 'aria-label': 'Sources of this fact' } },
          sources.map((src, i) =>
            h(
              'button',
              {
                class: 'source-tab',
                attrs: { type: 'button', role: 'tab', 'aria-selected': String(i === index) },
                on: { click: () => openSources(fact, sources, i) },
              },
              src.name,
              src.ranges.length > 1 ? h('span', 'count', String(src.ranges.length)) : null,
            ),
          ),
        )
      : null;
  const doc = h('div', { class: 'source-doc', attrs: { 'aria-live': 'polite' } }, h('p', 'muted', 'Loading the source…'));
  const which = h('p', 'source-which', sources[index].name);
  const close = h('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Close the source' }, on: { click: closeSource } }, '×');
  fill(
    root,
    h('div', 'source-head', h('div', 'source-fact', h('span', 'eyebrow', 'Source of'), h('p', { attrs: { id: 'source-fact' } }, fact), which), close),
    tabs,
    doc,
  );
  close.focus({ preventScroll: true });
  tabs?.children[index]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const ticket = ++shown;
  const src = sources[index];
  api.document(src.sha).then(
    (d) => {
      if (ticket !== shown) return;
      which.textContent = `${ranges(src)} in ${sourceLine(d)}`;
      renderDocument(doc, d, src.ranges);
    },
    (error: Error) => ticket === shown && fill(doc, h('p', 'error', `Could not load the source: ${error.message}`)),
  );
}

function ranges(src: Source): string {
  const n = src.ranges.length;
  return n === 0 ? 'No sentence marked' : n === 1 ? '1 sentence marked' : `${n} sentences marked`;
}

function renderDocument(target: HTMLElement, d: SourceDocument, ranges: Source['ranges']): void {
  const meta = [d.outlet, d.author, d.published ? formatDate(d.published) : null, d.kind, d.language?.toUpperCase(), d.file].filter(Boolean).join(' · ');
  const body = h('div', 'doc-body', marked(d.body, ranges, 'hl'));
  const removed = d.removed.length
    ? h(
        'details',
        'removed',
        h('summary', null, `${d.removed.length} passage${d.removed.length === 1 ? '' : 's'} removed as boilerplate`),
        h(
          'ul',
          null,
          d.removed.map((r) => h('li', null, h('span', 'why', r.why), ' ', r.text)),
        ),
      )
    : null;
  const warnings = d.warnings.length
    ? h(
        'ul',
        'doc-warnings',
        d.warnings.map((w) => h('li', null, w)),
      )
    : null;
  fill(
    target,
    h('h2', { attrs: { id: 'source-title' } }, d.title || sourceName(d)),
    h('p', 'doc-meta', sourceBadge(d), meta),
    d.url ? h('p', 'doc-meta', externalLink(d.url, 'url')) : null,
    warnings,
    ranges.length ? null : h('p', 'muted', 'This fact names the document, not a sentence in it.'),
    body,
    removed,
  );
  const first = body.querySelector('mark');
  if (first) first.scrollIntoView({ block: 'center' });
  else target.scrollTop = 0;
}

export function closeSource(): void {
  const root = panel();
  if (root.hidden) return;
  root.hidden = true;
  shown++;
  document.body.classList.remove('source-open');
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
  opener = null;
}

/** Opens a fact's evidence: its claims grouped per document, plus documents it names without a sentence. */
export function openFact(m: Model, fact: string, claimIds: readonly string[], docIds: readonly string[] = [], index = 0): void {
  const sources: Source[] = groupByDoc(m, claimIds).map(({ doc, claims }) => ({
    sha: doc.sha256,
    name: sourceName(doc),
    ranges: claims.map((c) => ({ start: c.start, end: c.end })),
  }));
  for (const id of docIds) {
    const doc = m.doc(id);
    if (doc && !sources.some((s) => s.sha === doc.sha256)) sources.push({ sha: doc.sha256, name: sourceName(doc), ranges: [] });
  }
  openSources(fact, sources, index);
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closeSource();
});
