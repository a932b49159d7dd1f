// Where the sources disagree: each conflict with its sides next to each other and the resolution on top, then
// the misstatements grouped by outlet, so a reader sees at a glance who got what wrong.
import type { Claim, Conflict, ConflictSlot, ConflictValue, DocumentRecord } from '../../types.ts';
import {
  claimsPerDoc,
  conflictAgreement,
  describeEvent,
  docLabel,
  formatDate,
  isResolvedValue,
  misstatements,
  nameList,
  plural,
  quoteText,
  SHOWN_SOURCES,
  supportLabel,
  unsupported,
  valueLabel,
} from '../view.ts';
import { type Ctx, docAnchor, preview } from './context.ts';
import { escapeHtml as h } from './escape.ts';
import { sourceBadgeHtml, standingHtml } from './standing.ts';

/** "the date of signature" reads as a heading once its first letter is upper case. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SLOT_LABELS: Record<ConflictSlot, string> = {
  article: 'Article numbering',
  date: 'Date',
  place: 'Place',
  lifecycle: 'Lifecycle',
  duration: 'Duration',
  party: 'Parties',
  article_count: 'Number of articles',
  clause: 'What a clause says',
};

/** One source on one side: outlet, date, the sentence it said, and a link to that sentence in its document. */
function sourceItem(ctx: Ctx, doc: DocumentRecord, claims: Claim[]): string {
  const head =
    `<p class="src-head"><strong>${h(docLabel(doc))}</strong>${sourceBadgeHtml(doc)}` +
    `<span class="muted">${h(doc.published ? formatDate(doc.published) : 'undated')}</span></p>`;
  if (!claims.length) return `<li>${head}<a class="jump" href="#${h(docAnchor(doc.id))}">Open the source →</a></li>`;
  return `<li>${head}${claims
    .map((c) => `<blockquote>${h(preview(quoteText(c), 280))}</blockquote><a class="jump" href="${ctx.href(c.id)}">Show in source →</a>`)
    .join('')}</li>`;
}

function side(ctx: Ctx, c: Conflict, v: ConflictValue): string {
  const tone = !c.resolved ? 'open' : isResolvedValue(c, v) ? 'ok' : 'wrong';
  const verdict = { open: 'Unresolved', ok: '✓ Matches the resolution', wrong: '✗ Contradicts the resolution' }[tone];
  const perDoc = claimsPerDoc(ctx.look, v.claims);
  const docs = v.docs.map((id) => ctx.look.doc(id)).filter((x): x is DocumentRecord => !!x);
  const items = docs.slice(0, SHOWN_SOURCES).map((doc) => sourceItem(ctx, doc, perDoc.get(doc.id) ?? []));
  const rest = docs.slice(SHOWN_SOURCES);
  if (rest.length) items.push(`<li class="more muted">and ${h(plural(rest.length, 'more source'))}: ${h(nameList(rest.map(docLabel)))}</li>`);
  return (
    `<div class="side side-${tone}"><p class="side-head"><span class="verdict">${h(verdict)}</span>` +
    `<span class="value">${h(valueLabel(c, v.value))}</span><span class="muted">${h(plural(v.docs.length, 'source'))}</span>` +
    `${v.support ? `<span class="support">${h(supportLabel(v.support))}</span>` : ''}</p>` +
    `<ul class="quotes">${items.join('')}</ul></div>`
  );
}

export function conflictsSection(ctx: Ctx): string {
  const list = ctx.d.conflicts;
  const out = [`<section id="sec-conflicts"><h2>Conflicts between sources <span class="count">${h(list.length)}</span></h2>`];
  if (!list.length) return out[0] + '<p class="muted">The sources agree on every fact they share.</p></section>';
  out.push('<p class="lede">Resolved by the official text when there is one, else by the majority of independent sources (near duplicates count once).</p>');
  for (const c of list) {
    const resolution = c.resolved
      ? `<p class="resolution">Resolved: <strong>${h(valueLabel(c, c.resolved.value))}</strong> <span class="muted">· basis: ${h(c.resolved.basis)}</span></p>`
      : '<p class="resolution open">Unresolved: no official text, and no majority of independent sources.</p>';
    const about = conflictAgreement(ctx.d, c);
    out.push(
      `<article class="conflict"><p class="slot">${h(SLOT_LABELS[c.slot] ?? c.slot)}${about ? ` · ${h(about)}` : ''} ${standingHtml(c)}</p><h3>${h(capitalize(c.about))}</h3>${resolution}` +
        `<div class="sides">${c.values.map((v) => side(ctx, c, v)).join('')}</div></article>`,
    );
  }
  return out.join('\n') + '</section>';
}

interface Entry {
  doc: DocumentRecord;
  html: string;
}

export function misstatementsSection(ctx: Ctx): string {
  const entries: Entry[] = [
    ...misstatements(ctx.d).map((m) => ({
      doc: m.doc,
      html:
        `<span class="tag tag-wrong">Contradicted</span> On ${h(m.conflict.about)}: said <strong>${h(valueLabel(m.conflict, m.value.value))}</strong>; ` +
        `resolved as <strong>${h(valueLabel(m.conflict, m.conflict.resolved!.value))}</strong> <span class="muted">· basis: ${h(m.conflict.resolved!.basis)}</span>` +
        ctx.cite(
          m.claims.map((c) => c.id),
          [m.doc.id],
        ),
    })),
    ...unsupported(ctx.d).map((u) => ({
      doc: u.doc,
      html:
        `<span class="tag tag-unsupported">Unsupported</span> Reported: <strong>${h(describeEvent(u.event))}</strong>. ${h(u.event.reason)}` +
        ctx.cite(
          u.claims.map((c) => c.id),
          [u.doc.id],
        ),
    })),
  ];
  if (!entries.length) return '';
  const outlets = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = outlets.get(docLabel(e.doc));
    if (list) list.push(e);
    else outlets.set(docLabel(e.doc), [e]);
  }
  const cards = [...outlets].map(([outlet, list]) => {
    const items = list
      .slice(0, SHOWN_SOURCES)
      .map((e) => `<li>${e.html}<p class="in-doc muted">in <a href="#${h(docAnchor(e.doc.id))}">${h(e.doc.title ?? e.doc.file)}</a></p></li>`);
    if (list.length > SHOWN_SOURCES) items.push(`<li class="muted">and ${h(plural(list.length - SHOWN_SOURCES, 'more misstatement'))}</li>`);
    return `<article class="outlet"><h3>${h(outlet)} ${sourceBadgeHtml(list[0].doc)} <span class="count">${h(list.length)}</span></h3><ul>${items.join('')}</ul></article>`;
  });
  return `<section id="sec-misstatements"><h2>Misstatements by outlet</h2><div class="outlets">${cards.join('')}</div></section>`;
}
