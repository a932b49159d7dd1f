// The search box over claims: full-text hits with the matched words marked (the server sends plain text and
// offsets, never markup); a hit opens its document with the sentence marked.
import { api, type ClaimHit, SEARCH_LIMIT } from './api.ts';
import { fill, h, marked } from './dom.ts';
import { openSources } from './source-view.ts';

/** Waits this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 250;
const MIN_QUERY = 2;

export interface SearchBox {
  /** Names documents the dossier knows; other hits are labelled once their document is opened. */
  nameOf: (sha: string) => string | undefined;
}

export function mountSearch(form: HTMLFormElement, results: HTMLElement, box: SearchBox): void {
  const input = form.querySelector('input') as HTMLInputElement;
  let timer = 0;
  let ticket = 0;
  const hide = () => {
    results.hidden = true;
    ticket++;
  };
  const hitItem = (q: string, hit: ClaimHit) => {
    const name = box.nameOf(hit.doc) ?? 'Source';
    return h(
      'li',
      null,
      h(
        'button',
        {
          class: 'hit',
          attrs: { type: 'button' },
          on: {
            click: () => {
              hide();
              openSources(`Search: “${q}”`, [{ sha: hit.doc, name, ranges: [{ start: hit.start, end: hit.end }] }]);
            },
          },
        },
        h('span', 'hit-text', marked(hit.headline.text, hit.headline.marks)),
        h('span', 'hit-source', name),
      ),
    );
  };
  const run = async () => {
    const q = input.value.trim();
    if (q.length < MIN_QUERY) return hide();
    const mine = ++ticket;
    try {
      const { claims } = await api.searchClaims(q);
      if (mine !== ticket) return;
      fill(
        results,
        h(
          'p',
          'results-head',
          claims.length ? `${claims.length}${claims.length === SEARCH_LIMIT ? '+' : ''} sentences match “${q}”` : `No sentence matches “${q}”`,
        ),
        claims.length
          ? h(
              'ol',
              'hits',
              claims.map((c) => hitItem(q, c)),
            )
          : null,
      );
    } catch (error) {
      if (mine !== ticket) return;
      fill(results, h('p', 'error', `Search failed: ${(error as Error).message}`));
    }
    results.hidden = false;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  document.addEventListener('click', (e) => {
    if (!results.hidden && !results.contains(e.target as Node) && !form.contains(e.target as Node)) hide();
  });
}
