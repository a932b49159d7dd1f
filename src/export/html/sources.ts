// Opinion passages, then every source document in full with the sentences the dossier cites highlighted:
// <mark id="c12"> is where every link to claim c12 lands.
import type { Claim, DocumentRecord } from '../../types.ts';
import { claimsByDoc, docLabel, formatDate, misstatements, opinionsByDoc, pileSize, plural, unsupported } from '../view.ts';
import { type Ctx, docAnchor, locate } from './context.ts';
import { escapeHtml as h, safeHref } from './escape.ts';
import { sourceBadgeHtml } from './standing.ts';

interface Span {
  claim: Claim;
  start: number;
  end: number;
}

/** The body as escaped text with each span wrapped in a <mark>; a span overlapping an earlier one keeps only its
 *  uncovered rest, and a span entirely inside an earlier one still gets its anchor, so every link lands. */
export function markedBody(body: string, spans: Span[], classOf: (c: Claim) => string): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  let out = '';
  for (const s of sorted) {
    const start = Math.max(s.start, pos);
    out += h(body.slice(pos, start));
    pos = Math.max(pos, start);
    if (s.end <= start) {
      out += `<span class="anchor" id="${h(s.claim.id)}"></span>`;
      continue;
    }
    out += `<mark id="${h(s.claim.id)}" class="${classOf(s.claim)}" title="${h(`${s.claim.id} · ${s.claim.kind}`)}">${h(body.slice(start, s.end))}</mark>`;
    pos = s.end;
  }
  return out + h(body.slice(pos));
}

export function opinionsSection(ctx: Ctx): string {
  const groups = opinionsByDoc(ctx.d);
  if (!groups.length) return '';
  const items = groups.map(
    ({ doc, claims }) =>
      `<article class="opinion-group"><h3>${h(docLabel(doc))}</h3>${claims
        .map(
          (c) =>
            `<blockquote class="opinion">${h(c.text)}${c.speaker ? `<footer>— ${h(c.speaker)}</footer>` : ''}` +
            `<a class="jump" href="${ctx.href(c.id)}">Show in source →</a></blockquote>`,
        )
        .join('')}</article>`,
  );
  return `<section id="sec-opinions"><h2>Opinion passages by source</h2><p class="lede">Evaluations and predictions, kept apart from reported facts.</p>${items.join('')}</section>`;
}

function meta(doc: DocumentRecord): string {
  const url = safeHref(doc.url);
  const parts = [
    sourceBadgeHtml(doc),
    doc.outlet ? `<strong>${h(doc.outlet)}</strong>` : '',
    doc.author ? `by ${h(doc.author)}` : '',
    h(doc.published ? formatDate(doc.published) : 'undated'),
    h(`${doc.kind} · ${doc.language ?? 'language unknown'}`),
    `<code>${h(doc.file)}</code>`,
    url ? `<a href="${url}" rel="noopener noreferrer nofollow">original</a>` : '',
  ];
  return `<p class="doc-meta">${parts.filter(Boolean).join(' <span aria-hidden="true">·</span> ')}</p>`;
}

/** Must run after every other section: it highlights the claims they referenced. */
export function sourcesSection(ctx: Ctx): string {
  const wrong = new Set([...misstatements(ctx.d), ...unsupported(ctx.d)].flatMap((m) => m.claims.map((c) => c.id)));
  const classOf = (c: Claim) => (wrong.has(c.id) ? 'hl-wrong' : c.kind === 'opinion' ? 'hl-opinion' : 'hl');
  const byDoc = claimsByDoc(ctx.d);
  const repeats = new Map(ctx.d.agreements.flatMap((a) => a.repeats ?? []).map((r) => [r.doc, r]));
  const docs = ctx.d.documents.map((doc) => {
    const repeat = repeats.get(doc.id);
    const spans = (byDoc.get(doc.id) ?? [])
      .filter((c) => ctx.referenced.has(c.id))
      .flatMap((claim) => {
        const at = locate(doc, claim);
        return at ? [{ claim, ...at }] : [];
      });
    const flags = [
      doc.near_duplicate_of ? `<span class="tag">near duplicate of ${h(doc.near_duplicate_of)}</span>` : '',
      repeat ? `<span class="tag tag-repeat">counted with ${h(repeat.source)}: ${h(repeat.why)}</span>` : '',
      ...doc.warnings.map((w) => `<span class="tag tag-warn">${h(w)}</span>`),
    ]
      .filter(Boolean)
      .join(' ');
    const removed = doc.removed.length
      ? `<details class="removed"><summary>${h(doc.removed.length)} removed boilerplate block(s)</summary><ul>${doc.removed
          .map((r) => `<li><span class="chip">${h(r.why)}</span> ${h(r.text)}</li>`)
          .join('')}</ul></details>`
      : '';
    return (
      `<article class="source" id="${h(docAnchor(doc.id))}"><header><p class="doc-id">${h(doc.id)}</p>` +
      `<h3>${h(doc.title ?? doc.file)}</h3>${meta(doc)}${flags ? `<p>${flags}</p>` : ''}</header>` +
      `<details open><summary>Text · ${h(spans.length)} cited sentence(s) highlighted</summary>` +
      `<div class="doc-body">${markedBody(doc.body, spans, classOf)}</div></details>${removed}</article>`
    );
  });
  const pile = pileSize(ctx.d);
  const cut = pile.listed ? '' : `<p class="lede">The ${h(plural(ctx.d.documents.length, 'document'))} the facts above cite, of ${h(pile.documents)}.</p>`;
  return (
    `<section id="sec-sources"><h2>Sources</h2>${cut}` +
    '<p class="legend"><mark class="hl">cited</mark> <mark class="hl-wrong">contradicts the resolution</mark> <mark class="hl-opinion">opinion</mark></p>' +
    `${docs.join('\n')}</section>`
  );
}
