// Where the sources disagree: each conflict with its sides next to each other (every side's sources and
// their sentences), the resolution and its basis; then, per outlet, what each source got wrong, and the
// lifecycle events only one source asserts.

import {
  claimsPerDoc,
  describeEvent,
  isResolvedValue,
  misstatements,
  plural,
  SHOWN_SOURCES,
  STEP_LABELS,
  supportLabel,
  unsupported,
  valueLabel,
} from '../../src/export/view.ts';
import type { Agreement, Conflict, ConflictValue, DocumentRecord, LifecycleStep } from '../../src/types.ts';
import type { Capped } from './api.ts';
import { quote } from './cite.ts';
import { h } from './dom.ts';
import { type Model, sourceMeta, sourceName } from './model.ts';
import { openFact } from './source-view.ts';
import { sourceBadge, standingBadge, typeKey } from './standing.ts';

/** Sentences shown per source on one side before the rest are one click away. */
const QUOTES_PER_SOURCE = 2;

const STEP_CODE = new RegExp(`\\b(${Object.keys(STEP_LABELS).join('|')})\\b`, 'g');

/** A conflict value as a reader says it: "Article 4", "14 Mar 2031", "12 articles", "Not provisionally applied". */
function label(c: Conflict, value: string): string {
  const text = valueLabel(c, value);
  if (c.slot === 'article_count' && /^\d+$/.test(text.trim())) return `${text.trim()} articles`;
  if (c.slot !== 'lifecycle') return text;
  const named = text.replace(STEP_CODE, (code) => STEP_LABELS[code as LifecycleStep].toLowerCase());
  return named.charAt(0).toUpperCase() + named.slice(1);
}

/** One side of a conflict: its value, verdict and sources, each with the sentences that say it. */
function side(m: Model, c: Conflict, v: ConflictValue): HTMLElement {
  const resolved = isResolvedValue(c, v);
  const verdict = !c.resolved ? 'disputed' : resolved ? 'supported' : 'contradicted';
  const value = label(c, v.value);
  const fact = `${value}: ${c.about}`;
  const perDoc = claimsPerDoc(m, v.claims);
  const docs = [...new Set([...v.docs, ...perDoc.keys()])];
  // The served dossier keeps a few sources per side; `docs_total` counts them all.
  const total = Math.max(docs.length, (v as Capped).docs_total ?? 0);
  const sources = docs.slice(0, SHOWN_SOURCES).map((id) => {
    const doc = m.doc(id);
    const claims = perDoc.get(id) ?? [];
    return h(
      'li',
      { class: 'side-source', attrs: { 'data-source-type': typeKey(doc) } },
      h(
        'button',
        {
          class: 'source-name',
          attrs: { type: 'button', title: doc ? `${doc.title ?? doc.file}` : undefined },
          on: { click: () => openFact(m, fact, v.claims, v.docs, Math.max(0, docs.indexOf(id))) },
        },
        sourceName(doc),
      ),
      sourceBadge(doc),
      doc ? h('span', 'source-meta', sourceMeta(doc)) : null,
      claims.slice(0, QUOTES_PER_SOURCE).map((claim) => quote(m, fact, claim)),
    );
  });
  return h(
    'div',
    { class: `side ${verdict}`, attrs: { 'data-value': v.value } },
    h(
      'div',
      'side-head',
      h('span', 'side-value', value),
      h('span', 'verdict', verdict === 'supported' ? '✓ Supported' : verdict === 'contradicted' ? '✗ Contradicted' : 'Disputed'),
      h('span', 'muted', plural(total, 'source')),
      v.support ? h('span', { class: 'support', attrs: { title: 'Reports that repeat each other count once' } }, supportLabel(v.support)) : null,
    ),
    h('ul', 'side-sources', sources),
    total > sources.length ? h('p', 'muted', `and ${plural(total - sources.length, 'more source')}`) : null,
  );
}

/** Where a reader who wants every source finds it (a pile of 10,000 reports makes it hundreds of MB). */
const IN_FULL = 'the full JSON export (GET /api/dossier?full=1) lists every one';

function conflictCard(m: Model, c: Conflict & { values_total?: number }): HTMLElement {
  // The resolved side first: the reader sees what is right, then who says otherwise.
  const values = [...c.values].sort((a, b) => Number(isResolvedValue(c, b)) - Number(isResolvedValue(c, a)));
  const others = (c.values_total ?? values.length) - values.length;
  return h(
    'article',
    { class: 'conflict', attrs: { 'data-slot': c.slot } },
    h('header', null, h('span', 'slot', c.slot.replace('_', ' ')), h('h3', null, c.about), standingBadge(c)),
    c.resolved
      ? h('p', 'resolution', h('strong', null, `Resolved: ${label(c, c.resolved.value)}`), ` — ${c.resolved.basis}`)
      : h('p', 'resolution open', h('strong', null, 'Unresolved:'), ' the sources disagree and none outweighs the others'),
    h(
      'div',
      'sides',
      values.map((v) => side(m, c, v)),
    ),
    others > 0 ? h('p', 'muted', `and ${plural(others, 'other value')}, none with more sources; ${IN_FULL}`) : null,
  );
}

interface Wrong {
  what: string;
  correction: string;
  claims: { id: string }[];
  fact: string;
  kind: 'misstated' | 'disputed';
}

/** Misstatements and unsupported events, grouped by the outlet that published them. */
function byOutlet(m: Model): HTMLElement | null {
  const outlets = new Map<string, { line: string; doc: DocumentRecord; items: (Wrong & { docId: string })[] }>();
  const add = (docId: string, item: Wrong) => {
    const doc = m.doc(docId)!;
    const key = sourceName(doc);
    const entry = outlets.get(key) ?? { line: sourceMeta(doc), doc, items: [] };
    entry.items.push({ ...item, docId });
    outlets.set(key, entry);
  };
  const wrong = misstatements(m.d);
  for (const x of wrong) {
    add(x.doc.id, {
      kind: 'misstated',
      what: `Says ${label(x.conflict, x.value.value)} for ${x.conflict.about}`,
      correction: `${label(x.conflict, x.conflict.resolved!.value)} (${x.conflict.resolved!.basis})`,
      claims: x.claims,
      fact: `${label(x.conflict, x.value.value)}: ${x.conflict.about}`,
    });
  }
  // A disputed event that a lifecycle conflict already lists for the same source is one mistake, shown once.
  const listed = (docId: string, step: string) =>
    wrong.some((x) => x.doc.id === docId && x.conflict.slot === 'lifecycle' && x.value.value.split(/[\s,;]+/).includes(step));
  for (const x of unsupported(m.d)) {
    if (listed(x.doc.id, x.event.step)) continue;
    add(x.doc.id, { kind: 'disputed', what: `Reports: ${describeEvent(x.event)}`, correction: x.event.reason, claims: x.claims, fact: describeEvent(x.event) });
  }
  if (!outlets.size) return null;
  // The served dossier names a few sources per conflict side; its totals count every one that misstates.
  const shown = new Set([...outlets.values()].flatMap((o) => o.items.map((it) => it.docId))).size;
  const unnamed = (m.d.totals?.misstating ?? shown) - shown;
  return h(
    'div',
    { class: 'outlets', attrs: { id: 'misstatements' } },
    h('h3', null, 'What each source got wrong'),
    unnamed > 0 ? h('p', 'muted', `${plural(shown + unnamed, 'source')} misstate a fact; these ${shown} are a sample, ${IN_FULL}.`) : null,
    h(
      'ul',
      'outlet-list',
      [...outlets].map(([name, { line, doc, items }]) =>
        h(
          'li',
          { class: 'outlet', attrs: { 'data-source-type': typeKey(doc) } },
          h('div', 'outlet-head', h('strong', null, name), sourceBadge(doc), h('span', 'muted', line)),
          h(
            'ul',
            null,
            items.map((it) =>
              h(
                'li',
                `wrong ${it.kind}`,
                h('p', null, h('span', 'tag', it.kind === 'misstated' ? 'Misstatement' : 'Disputed event'), ' ', it.what),
                h('p', 'correction', h('span', 'muted', it.kind === 'misstated' ? 'Correct: ' : 'Why disputed: '), it.correction),
                it.claims.slice(0, QUOTES_PER_SOURCE).map((c) => quote(m, it.fact, m.claim(c.id)!)),
                !it.claims.length
                  ? h('button', { class: 'cite', attrs: { type: 'button' }, on: { click: () => openFact(m, it.fact, [], [it.docId]) } }, 'open the source')
                  : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The conflicts about one agreement: a pile that covers several tags each conflict with its agreement. */
export function conflictsSection(m: Model, a: Agreement): HTMLElement {
  const list = m.d.conflicts.filter((c) => !c.agreement || c.agreement === a.id);
  const disputed = a.disputed_events?.length ?? 0;
  const intro = list.length
    ? `${plural(list.length, 'fact')} on which the sources disagree, with each side's sources and how the dossier settles it.`
    : disputed
      ? 'No two sources contradict each other on a shared fact; some events rest on one source only (below).'
      : 'No source contradicts another on a fact they share.';
  return h(
    'section',
    { class: 'card conflicts-section', attrs: { id: 'conflicts', 'aria-labelledby': 'conflicts-h' } },
    h('h2', { attrs: { id: 'conflicts-h' } }, 'Conflicts between sources', list.length ? h('span', 'count', String(list.length)) : null),
    h('p', 'intro', intro),
    list.map((c) => conflictCard(m, c)),
    byOutlet(m),
  );
}
