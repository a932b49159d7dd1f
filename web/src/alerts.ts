// Live alerts: the server's Server-Sent Events (GET /api/events, `event: alert`), each shown as a toast and kept
// in a list for the home page: what changed, in which collection, and the sentence that caused it (opened in its
// document on click). The stream is opened only when the server's OpenAPI document names the route, so a server
// without it costs no failed request and no error; the browser reconnects a dropped stream by itself.
import { kindLabel, readAlert, type ShownAlert } from './alert-data.ts';
import { api } from './api.ts';
import { type Child, fill, h, linkButton } from './dom.ts';
import { collectionHref } from './links.ts';
import { openSources } from './source-view.ts';

/** Alerts kept for the home page's list, newest first. */
const KEPT = 20;
/** Toasts on screen at once; older ones leave first. */
const TOASTS_SHOWN = 3;
const TOAST_MS = 20_000;

function alertBody(a: ShownAlert): Child[] {
  const quote = a.sentence;
  return [
    h(
      'p',
      'alert-head',
      h('span', `alert-kind kind-${a.kind.replace(/[^a-z-]/g, '')}`, kindLabel(a.kind)),
      h('a', { class: 'alert-collection', attrs: { href: collectionHref(a.collection) } }, a.agreement ?? a.collection),
    ),
    h('p', 'alert-summary', a.summary),
    quote
      ? h(
          'blockquote',
          'alert-sentence',
          quote.doc.sha256
            ? linkButton(
                `“${quote.text}”`,
                () => openSources(a.summary, [{ sha: quote.doc.sha256, name: quote.doc.name, ranges: [{ start: quote.start, end: quote.end }] }]),
                'quote-link',
                'Open this sentence in its report',
              )
            : `“${quote.text}”`,
          h('cite', null, quote.doc.name),
        )
      : null,
  ];
}

export interface AlertsView {
  /** The alerts received so far, newest first. */
  readonly received: readonly ShownAlert[];
  /** The home page's list of them (kept up to date while on the page). */
  listSection(): HTMLElement | null;
}

export interface AlertHooks {
  /** The stream is open: the home page can show its list. */
  onLive(): void;
  /** After each alert is shown (the home page refreshes its summaries). */
  onAlert(a: ShownAlert): void;
}

/** Subscribes to the server's alerts when it serves them; `listSection` is null until then. */
export function mountAlerts(toasts: HTMLElement, hooks: AlertHooks): AlertsView {
  const received: ShownAlert[] = [];
  let live = false;
  const list = h('ol', { class: 'alert-list', attrs: { 'aria-live': 'polite' } });
  const empty = h('p', 'muted', 'Nothing yet: alerts appear here as new reports change a dossier (a new lifecycle event, conflict, status or misstatement).');
  const section = h(
    'section',
    { class: 'card', attrs: { id: 'alerts', 'aria-labelledby': 'alerts-h' } },
    h('h2', { attrs: { id: 'alerts-h' } }, 'Live alerts'),
    empty,
    list,
  );
  const redraw = () => {
    empty.hidden = received.length > 0;
    fill(
      list,
      received.map((a) => h('li', { class: 'alert-item', attrs: { 'data-collection': a.collection, 'data-kind': a.kind } }, alertBody(a))),
    );
  };

  const toast = (a: ShownAlert) => {
    const close = h('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Dismiss the alert' } }, '×');
    const node = h(
      'div',
      { class: 'toast', attrs: { 'data-testid': 'alert-toast', 'data-collection': a.collection, 'data-kind': a.kind } },
      close,
      alertBody(a),
    );
    const remove = () => node.remove();
    close.addEventListener('click', remove);
    toasts.prepend(node);
    while (toasts.children.length > TOASTS_SHOWN) toasts.lastElementChild?.remove();
    setTimeout(remove, TOAST_MS);
  };

  void api.serves('/api/events').then((serves) => {
    if (!serves) return;
    live = true;
    redraw();
    hooks.onLive();
    const stream = new EventSource('/api/events');
    // The server's first message: from here on no alert is missed (and a test may publish one).
    stream.addEventListener('ready', () => section.setAttribute('data-stream', 'ready'));
    stream.addEventListener('alert', (event) => {
      const a = readAlert((event as MessageEvent<string>).data);
      if (!a) return;
      received.unshift(a);
      received.splice(KEPT);
      redraw();
      toast(a);
      hooks.onAlert(a);
    });
  });

  return {
    received,
    listSection: () => (live ? section : null),
  };
}
