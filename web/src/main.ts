// The page: the home (every collection, their agreements compared, live alerts, the drop zone), or one
// collection's dossier (`?collection=NAME`) laid out in the order a first-time reader needs it: status,
// conflicts, lifecycle, obligations, articles, sources. Uploads and search reload or open parts of it.
import './styles.css';
import './home.css';
import { plural } from '../../src/export/view.ts';
import type { Agreement } from '../../src/types.ts';
import { mountAlerts } from './alerts.ts';
import { api, type CompactDossier, openCollection, pageCollection, readAddress } from './api.ts';
import { conflictsSection } from './conflicts.ts';
import { fill, h } from './dom.ts';
import { downloadsSection } from './downloads.ts';
import { homeSections } from './home.ts';
import { type Model, model, sourceName } from './model.ts';
import { articlesSection, obligationsSection } from './record.ts';
import { mountSearch } from './search.ts';
import { closeSource } from './source-view.ts';
import { sourcesSection } from './sources-list.ts';
import { summary } from './summary.ts';
import { timelineSection } from './timeline.ts';
import { mountUpload } from './upload.ts';

const main = document.getElementById('dossier') as HTMLElement;
const home = document.getElementById('home') as HTMLElement;
const uploadPanel = document.getElementById('upload') as HTMLElement;
let current: Model | null = null;
let chosen = 0; // the agreement shown when a pile covers several

function agreementTabs(m: Model): HTMLElement | null {
  if (m.d.agreements.length < 2) return null;
  return h(
    'nav',
    { class: 'agreement-tabs', attrs: { 'aria-label': 'Agreements in this pile' } },
    h('span', 'muted', `${m.d.agreements.length} agreements:`),
    m.d.agreements.map((a, i) =>
      h(
        'button',
        {
          class: 'tab',
          attrs: { type: 'button', 'aria-pressed': String(i === chosen) },
          on: {
            click: () => {
              chosen = i;
              render(m);
            },
          },
        },
        a.aliases[0] ?? a.title,
      ),
    ),
  );
}

/** The agreement whose evidence cites most of the given documents (the one a user just uploaded reports about). */
function agreementCiting(m: Model, shas: string[]): number {
  const wanted = new Set(shas);
  let best = { index: chosen, count: 0 };
  m.d.agreements.forEach((a, index) => {
    const claims = [
      a.signed.claims,
      a.duration.claims,
      ...a.articles.map((x) => x.claims),
      ...a.lifecycle.map((e) => e.claims),
      ...Object.values(a.obligations).map((o) => o.claims ?? []),
    ].flat();
    const docs = new Set([...claims.map((id) => m.claim(id)?.doc), ...a.articles.flatMap((x) => x.docs), ...a.lifecycle.flatMap((e) => e.docs)]);
    const count = [...docs].filter((id) => id && wanted.has(m.doc(id)?.sha256 ?? '')).length;
    if (count > best.count) best = { index, count };
  });
  return best.index;
}

function agreementView(m: Model, a: Agreement): HTMLElement[] {
  return [summary(m, a), conflictsSection(m, a), timelineSection(m, a), obligationsSection(m, a), articlesSection(m, a)];
}

/** The way back to the home page, and which collection this is. */
function crumbs(): HTMLElement {
  return h('nav', { class: 'crumbs', attrs: { 'aria-label': 'Where you are' } }, h('a', { attrs: { href: '/' } }, 'All agreements'), ' › ', pageCollection());
}

function render(m: Model): void {
  const docs = m.d.totals?.documents ?? m.d.documents.length;
  document.body.classList.toggle('empty', docs === 0);
  if (!docs) {
    fill(main);
    document.title = 'Pactwatch';
    return;
  }
  const a = m.d.agreements[Math.min(chosen, m.d.agreements.length - 1)];
  document.title = a ? `${a.aliases[0] ?? a.title} · Pactwatch` : 'Pactwatch';
  fill(
    main,
    crumbs(),
    agreementTabs(m),
    a
      ? agreementView(m, a)
      : h(
          'section',
          'card hero',
          h('h1', null, 'No agreement found'),
          h(
            'p',
            null,
            `None of the ${plural(docs, 'document')} names an agreement Pactwatch could follow: it needs reports about a treaty, pact or agreement between states.`,
          ),
        ),
    sourcesSection(m),
    downloadsSection(api.exportUrl),
  );
}

/** The home page: every collection summed up and compared, the live alerts, and the drop zone below. */
async function loadHome(): Promise<void> {
  try {
    const [{ collections }, table] = await Promise.all([api.collections(), api.compare()]);
    if (pageCollection() !== null) return; // the reader moved on meanwhile
    document.body.classList.toggle('empty', collections.length === 0);
    uploadPanel.classList.remove('collapsed');
    fill(home, homeSections(collections, table, alerts.listSection()));
  } catch (error) {
    fill(home, h('section', 'card', h('h2', null, 'The collections could not be loaded'), h('p', 'error', (error as Error).message)));
  }
}

/** Loads and shows the dossier; the upload panel starts folded away when there is already something to read. */
async function load(first = false, added: string[] = []): Promise<void> {
  try {
    const d: CompactDossier = await api.dossier();
    current = model(d);
    if (added.length) chosen = agreementCiting(current, added);
    if (first) uploadPanel.classList.toggle('collapsed', (d.totals?.documents ?? d.documents.length) > 0);
    render(current);
  } catch (error) {
    fill(main, h('section', 'card', h('h2', null, 'The dossier could not be loaded'), h('p', 'error', (error as Error).message)));
  }
}

/** Switches between the home page and a dossier, emptying the one left. */
function showView(onHome: boolean): void {
  document.body.classList.toggle('home', onHome);
  home.hidden = !onHome;
  main.hidden = onHome;
  fill(onHome ? main : home);
  if (onHome) {
    current = null;
    document.title = 'Pactwatch';
  }
}

/** Shows what the address names: the home page, or a collection's dossier. */
async function route(first = false): Promise<void> {
  const onHome = pageCollection() === null;
  showView(onHome);
  await (onHome ? loadHome() : load(first));
}

let refresh: ReturnType<typeof setTimeout> | undefined;
const alerts = mountAlerts(document.getElementById('toasts') as HTMLElement, {
  onLive: () => {
    if (pageCollection() === null) void loadHome();
  },
  // An alert means a dossier changed: the home page's summaries follow, once per burst.
  onAlert: () => {
    if (pageCollection() !== null) return;
    clearTimeout(refresh);
    refresh = setTimeout(() => void loadHome(), 1000);
  },
});

const uploads = mountUpload(uploadPanel, async (added) => {
  closeSource();
  // Reports dropped on the home page make the default collection's dossier, shown once they are read.
  if (pageCollection() === null) {
    if (!added.length) return loadHome();
    openCollection('default');
    showView(false);
  }
  await load(false, added);
});
window.addEventListener('popstate', () => {
  readAddress();
  closeSource();
  chosen = 0;
  void route(true);
});
(document.getElementById('add-reports') as HTMLButtonElement).addEventListener('click', () => uploads.open());
mountSearch(document.getElementById('search') as HTMLFormElement, document.getElementById('search-results') as HTMLElement, {
  nameOf: (sha) => {
    const doc = current?.bySha(sha);
    return doc ? sourceName(doc) : undefined;
  },
});
void route(true);
