// The home page: every collection of the store with where its agreement stands (stage, newest event, open
// conflicts, reports), the pile of unsorted reports apart, and the agreements' obligations side by side.
// Every value comes from reports (titles, party names): text nodes only (dom.ts).
import { formatDate, plural } from '../../src/export/view.ts';
import type { AgreementOverview } from '../../src/export/view-overview.ts';
import type { CollectionOverview, Comparison } from './api.ts';
import { compareSection } from './compare.ts';
import { type Child, h } from './dom.ts';
import { collectionHref } from './links.ts';

function stageBadge(a: AgreementOverview): HTMLElement {
  return h('span', { class: `stage tone-${a.stage.tone}`, attrs: { 'data-stage': a.stage.key } }, a.stage.label);
}

function eventCell(a: AgreementOverview | undefined): Child {
  const e = a?.latest_event;
  if (!e) return h('span', 'muted', 'none reported');
  return [h('span', 'event-step', e.label), e.party_name ? ` · ${e.party_name}` : null, h('span', 'event-date', formatDate(e.date))];
}

function conflictsCell(c: CollectionOverview): Child {
  if (!c.open_conflicts) return h('span', 'muted', c.conflicts ? `0 of ${c.conflicts}` : '0');
  return h('span', { class: 'open-conflicts', attrs: { title: `${plural(c.open_conflicts, 'conflict')} no source settles` } }, String(c.open_conflicts));
}

function collectionRow(c: CollectionOverview): HTMLElement {
  const [main, ...more] = c.agreements;
  const link = h('a', { class: 'collection-link', attrs: { href: collectionHref(c.name) } }, main ? main.title : c.name);
  return h(
    'tr',
    { class: 'collection', attrs: { 'data-collection': c.name } },
    h(
      'td',
      'agreement-cell',
      link,
      h('span', 'collection-name', c.name),
      more.length ? h('span', 'more', `and ${plural(more.length, 'other agreement')}: ${more.map((a) => a.name).join('; ')}`) : null,
      !main ? h('span', 'muted', c.error ? `could not be loaded: ${c.error}` : 'no agreement found in its reports') : null,
    ),
    h('td', 'stage-cell', main ? stageBadge(main) : null),
    h('td', 'event-cell', eventCell(main)),
    h('td', 'num conflicts-cell', conflictsCell(c)),
    h('td', 'num reports-cell', String(c.documents)),
  );
}

function collectionsSection(sorted: CollectionOverview[]): HTMLElement {
  return h(
    'section',
    { class: 'card', attrs: { id: 'collections', 'aria-labelledby': 'collections-h' } },
    h('h2', { attrs: { id: 'collections-h' } }, 'Agreements', h('span', 'count', String(sorted.length))),
    h('p', 'intro', 'Each collection of reports and the agreement it is about: open one for its source-cited dossier.'),
    h(
      'table',
      'collections',
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['Agreement', 'Status', 'Newest event', 'Open conflicts', 'Reports'].map((label, i) => h('th', i > 2 ? 'num' : null, label)),
        ),
      ),
      h('tbody', null, sorted.map(collectionRow)),
    ),
  );
}

function unsortedSection(piles: CollectionOverview[]): HTMLElement | null {
  if (!piles.length) return null;
  return h(
    'section',
    { class: 'card unsorted', attrs: { id: 'unsorted', 'aria-label': 'Reports not matched to any agreement' } },
    piles.map((c) =>
      h(
        'p',
        { attrs: { 'data-collection': c.name } },
        h('strong', null, 'Unsorted: '),
        `${plural(c.documents, 'report')} not matched to any agreement. `,
        h('a', { attrs: { href: collectionHref(c.name) } }, 'Read them'),
      ),
    ),
  );
}

/**
 * The home page's sections: the collections, the unsorted pile, the live alerts (when the server streams them)
 * and the comparison; none when the store holds no collection (the drop zone is then the page).
 */
export function homeSections(collections: CollectionOverview[], table: Comparison | null, alerts: HTMLElement | null): HTMLElement[] {
  if (!collections.length) return [];
  const sorted = collections.filter((c) => !c.unsorted);
  return [
    sorted.length ? collectionsSection(sorted) : null,
    unsortedSection(collections.filter((c) => c.unsorted)),
    alerts,
    table?.agreements.length ? compareSection(table) : null,
    h('p', 'home-note', 'Reports you add below go to the collection “default”; its dossier opens once they are read.'),
  ].filter((x): x is HTMLElement => x !== null);
}
