// Agreements side by side: one column per agreement, a row per record field (parties, signature, entry into
// force, stage) and per ATOP obligation, each obligation's value with its status ("Confirmed · 2 of 2
// independent"). Wide piles scroll sideways inside the card, the row names staying in view.
import { formatDate } from '../../src/export/view.ts';
import type { AgreementOverview, ObligationCell } from '../../src/export/view-overview.ts';
import type { FactStanding } from '../../src/types.ts';
import type { Comparison } from './api.ts';
import { type Child, h } from './dom.ts';
import { collectionHref } from './links.ts';
import { standingBadge } from './standing.ts';

type Column = Comparison['agreements'][number];

function valueBadge(value: boolean | null): HTMLElement {
  const [cls, text] = value === true ? ['yes', 'Yes'] : value === false ? ['no', 'No'] : ['unknown', 'Unknown'];
  return h('span', `ob-value ${cls}`, text);
}

function standingOf(cell: ObligationCell): FactStanding {
  return { status: cell.status ?? undefined, support: cell.support ?? undefined, status_reason: cell.status_reason ?? undefined };
}

function obligationCell(cell: ObligationCell | undefined): Child {
  if (!cell) return valueBadge(null);
  return [
    valueBadge(cell.value),
    standingBadge(standingOf(cell)),
    cell.conditions.length ? h('span', { class: 'cell-note', attrs: { title: cell.conditions.join('; ') } }, cell.conditions[0]) : null,
  ];
}

function entryIntoForce(a: AgreementOverview): Child {
  const e = a.entered_into_force;
  if (!e) return h('span', 'muted', 'not reported');
  return [formatDate(e.date), e.projected ? h('span', 'tag projected', 'projected') : null];
}

export function compareSection(table: Comparison): HTMLElement {
  const cols = table.agreements;
  // A row: its name, then a cell per agreement, each saying whose it is.
  const tr = (label: Child, key: string, cell: (a: Column) => Child, gloss?: string) =>
    h(
      'tr',
      { attrs: { 'data-row': key } },
      h('th', { attrs: { scope: 'row' } }, label, gloss ? h('span', 'gloss', gloss) : null),
      cols.map((a) => h('td', { attrs: { 'data-collection': a.collection, 'data-agreement': a.id } }, cell(a))),
    );
  return h(
    'section',
    { class: 'card', attrs: { id: 'compare', 'aria-labelledby': 'compare-h' } },
    h('h2', { attrs: { id: 'compare-h' } }, 'Compare agreements'),
    h('p', 'intro', 'Obligations in the categories of the Alliance Treaty Obligations and Provisions project (ATOP), each with how sure it is.'),
    h(
      'div',
      'table-scroll',
      h(
        'table',
        'compare',
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { attrs: { scope: 'col' } }, h('span', 'visually-hidden', 'Field')),
            cols.map((a) =>
              h(
                'th',
                { attrs: { scope: 'col', 'data-collection': a.collection, 'data-agreement': a.id } },
                h('a', { attrs: { href: collectionHref(a.collection), title: a.title } }, a.name),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          tr('Status', 'stage', (a) => h('span', { class: `stage tone-${a.stage.tone}`, attrs: { 'data-stage': a.stage.key } }, a.stage.label)),
          tr('Parties', 'parties', (a) => a.party_names.join(' · ') || h('span', 'muted', 'not reported')),
          tr('Signed', 'signed', (a) => (a.signed ? formatDate(a.signed) : h('span', 'muted', 'not reported'))),
          tr('Entry into force', 'entered_into_force', entryIntoForce),
          table.obligations.map((o) => tr(o.label, o.key, (a) => obligationCell(a.obligations[o.key]), o.gloss)),
        ),
      ),
    ),
  );
}
