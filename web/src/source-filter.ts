// The filter by source type: one toggle per type (and one for reports of unknown type), each showing how many of
// the dossier's sources are of it. A hidden type hides its rows in the sources list and its sources with their
// quoted sentences in the conflicts: every such element carries `data-source-type`, and the page's class
// `hide-type-TYPE` (styles.css) hides it, so a change needs no re-render. The state outlives re-renders.
import { plural, SOURCE_TYPE_LABELS, SOURCE_TYPES } from '../../src/export/view.ts';
import type { SourceType } from '../../src/types.ts';
import { h } from './dom.ts';
import type { Model } from './model.ts';
import { typeKey } from './standing.ts';

type Key = SourceType | 'none';
const KEYS: Key[] = [...SOURCE_TYPES, 'none'];
const LABEL = (k: Key) => (k === 'none' ? 'type unknown' : SOURCE_TYPE_LABELS[k]);
const hidden = new Set<Key>();

function apply(): void {
  for (const k of KEYS) document.body.classList.toggle(`hide-type-${k}`, hidden.has(k));
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('.source-filter button[data-type]'))) {
    button.setAttribute('aria-pressed', String(!hidden.has(button.dataset.type as Key)));
  }
  for (const note of Array.from(document.querySelectorAll<HTMLElement>('.source-filter .filter-note'))) {
    note.textContent = hidden.size ? `Hiding ${[...hidden].map(LABEL).join(', ')}` : '';
  }
}

/** The filter bar; `null` when the dossier's sources are all of one kind (nothing to choose between). */
export function sourceFilter(m: Model): HTMLElement | null {
  const counts = new Map<Key, number>();
  for (const doc of m.d.documents) counts.set(typeKey(doc), (counts.get(typeKey(doc)) ?? 0) + 1);
  const present = KEYS.filter((k) => counts.get(k) || hidden.has(k));
  if (present.length < 2) return null;
  const bar = h(
    'div',
    { class: 'source-filter', attrs: { role: 'group', 'aria-label': 'Show sources by type' } },
    h('span', 'muted', 'Sources by type:'),
    present.map((k) =>
      h(
        'button',
        {
          class: `type-toggle src-${k}`,
          attrs: {
            type: 'button',
            'data-type': k,
            'aria-pressed': String(!hidden.has(k)),
            title: `Show or hide ${LABEL(k)} sources and their sentences (${plural(counts.get(k) ?? 0, 'source')} cited)`,
          },
          on: {
            click: () => {
              if (hidden.has(k)) hidden.delete(k);
              else hidden.add(k);
              apply();
            },
          },
        },
        LABEL(k),
        h('span', 'count', String(counts.get(k) ?? 0)),
      ),
    ),
    h(
      'button',
      {
        class: 'link filter-all',
        attrs: { type: 'button' },
        on: {
          click: () => {
            hidden.clear();
            apply();
          },
        },
      },
      'show all',
    ),
    h('span', { class: 'filter-note muted', attrs: { 'aria-live': 'polite' } }, hidden.size ? `Hiding ${[...hidden].map(LABEL).join(', ')}` : ''),
  );
  queueMicrotask(apply);
  return bar;
}
