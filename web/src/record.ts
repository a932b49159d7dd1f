// What the agreement says: the ATOP-style obligations (yes / no / unknown, with conditions and basis) and
// the articles with their topics, each with its source sentences.

import { OBLIGATIONS, plural } from '../../src/export/view.ts';
import type { Agreement, ArticleRecord, Obligation } from '../../src/types.ts';
import type { Capped } from './api.ts';
import { cite } from './cite.ts';
import { h } from './dom.ts';
import type { Model } from './model.ts';
import { standingBadge } from './standing.ts';

function valueBadge(value: boolean | null): HTMLElement {
  const [cls, text] = value === true ? ['yes', 'Yes'] : value === false ? ['no', 'No'] : ['unknown', 'Unknown'];
  return h('span', `ob-value ${cls}`, text);
}

function obligationRow(m: Model, label: string, gloss: string, o: Obligation | undefined): HTMLElement {
  const value = o?.value ?? null;
  return h(
    'li',
    `obligation ${value === true ? 'is-yes' : value === false ? 'is-no' : 'is-unknown'}`,
    h('div', 'ob-name', h('span', 'ob-label', label), h('span', 'gloss', gloss)),
    valueBadge(value),
    h(
      'div',
      'ob-detail',
      o?.conditions?.length
        ? h(
            'ul',
            'conditions',
            o.conditions.map((c) => h('li', null, c)),
          )
        : null,
      o?.basis ? h('p', 'basis', h('span', 'muted', 'Basis: '), o.basis) : null,
      !o?.basis && !o?.conditions?.length && value === null ? h('p', 'muted', 'No source speaks to it.') : null,
    ),
    h(
      'div',
      'ob-cite',
      cite(m, `${label}: ${value === true ? 'yes' : value === false ? 'no' : 'unknown'}`, o?.claims ?? [], [], o as Capped | undefined),
      standingBadge(o),
    ),
  );
}

export function obligationsSection(m: Model, a: Agreement): HTMLElement {
  return h(
    'section',
    { class: 'card', attrs: { id: `obligations-${a.id}`, 'aria-labelledby': `obligations-h-${a.id}` } },
    h('h2', { attrs: { id: `obligations-h-${a.id}` } }, 'Obligations'),
    h('p', 'intro', 'What the parties commit to, in the categories of the Alliance Treaty Obligations and Provisions project (ATOP).'),
    h(
      'ul',
      'obligations',
      OBLIGATIONS.map(({ key, label, gloss }) => obligationRow(m, label, gloss, a.obligations[key])),
    ),
  );
}

/** "Also cited as Article 5 by 1 source": an article-numbering conflict settled on this article. */
function numberingFlag(m: Model, n: number): HTMLElement | null {
  const others = m.d.conflicts
    .filter((c) => c.slot === 'article' && c.resolved?.value.trim() === String(n))
    .flatMap((c) => c.values.filter((v) => v.value.trim() !== String(n)));
  if (!others.length) return null;
  const text = others.map((v) => `Article ${v.value} by ${plural((v as Capped).docs_total ?? v.docs.length, 'source')}`).join(', ');
  return h('a', { class: 'flag', attrs: { href: '#conflicts' } }, `Also cited as ${text}`);
}

function articleRow(m: Model, x: ArticleRecord): HTMLElement {
  return h(
    'tr',
    { attrs: { id: `article-${x.number}` } },
    h('th', { attrs: { scope: 'row' } }, `Art. ${x.number}`),
    h(
      'td',
      'topics',
      x.topics.map((t) => h('span', 'topic', t.replace(/-/g, ' '))),
    ),
    h('td', 'summary', x.summary || h('span', 'muted', 'no summary'), numberingFlag(m, x.number)),
    h('td', 'sources', cite(m, `Article ${x.number}`, x.claims, x.docs, x as Capped)),
    h('td', 'standing-cell', standingBadge(x)),
  );
}

export function articlesSection(m: Model, a: Agreement): HTMLElement {
  const known = a.articles.length;
  const count = a.article_count;
  const note = count && count > known ? ` Sources describe ${known} of its ${count} articles.` : '';
  return h(
    'section',
    { class: 'card', attrs: { id: `articles-${a.id}`, 'aria-labelledby': `articles-h-${a.id}` } },
    h('h2', { attrs: { id: `articles-h-${a.id}` } }, 'Articles', known ? h('span', 'count', String(known)) : null),
    known
      ? [
          note ? h('p', 'intro', note.trim()) : null,
          h(
            'table',
            'articles',
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { attrs: { scope: 'col' } }, 'Article'),
                h('th', { attrs: { scope: 'col' } }, 'Topics'),
                h('th', { attrs: { scope: 'col' } }, 'What it says'),
                h('th', { attrs: { scope: 'col' } }, 'Sources'),
                h('th', { attrs: { scope: 'col' } }, 'Status'),
              ),
            ),
            h(
              'tbody',
              null,
              a.articles.map((x) => articleRow(m, x)),
            ),
          ),
        ]
      : h('p', 'muted', 'No source describes an article of this agreement.'),
  );
}
