// The top of the page: what the agreement is, whether it is in force, who has done what, and how many facts
// the sources dispute; what a reader must take in within the first minute.
import type { Agreement } from '../../types.ts';
import {
  describeEvent,
  formatDate,
  latestEvent,
  misstatements,
  partyName,
  partyProgress,
  pileSize,
  plural,
  STEP_LABELS,
  statusHeadline,
  unsupported,
} from '../view.ts';
import type { Ctx } from './context.ts';
import { escapeHtml as h } from './escape.ts';
import { standingHtml } from './standing.ts';
import { laneColor } from './timeline.ts';

function fact(label: string, value: string): string {
  return `<div class="fact"><dt>${h(label)}</dt><dd>${value}</dd></div>`;
}

function facts(ctx: Ctx, a: Agreement): string {
  const out: string[] = [];
  out.push(fact('Parties', a.parties.map((p) => h(partyName(p))).join(', ') || 'not reported'));
  const place = a.signed.place ? ` in ${h(a.signed.place)}` : '';
  const placeStanding = a.signed.place && a.standing?.signed_place ? ` <span class="muted">place:</span> ${standingHtml(a.standing.signed_place)}` : '';
  out.push(
    fact(
      'Signed',
      `${h(a.signed.date ? formatDate(a.signed.date) : 'date not reported')}${place}${ctx.cite(a.signed.claims)} ${standingHtml(a.standing?.signed_date)}${placeStanding}`,
    ),
  );
  out.push(fact('Articles', `${a.article_count === null ? 'not reported' : h(a.article_count)} ${standingHtml(a.standing?.article_count)}`));
  const dur = a.duration;
  if (dur.kind) {
    const what = dur.kind === 'fixed' ? `${h(dur.years ?? '?')} years` : 'Indefinite';
    const renewal = dur.renewal_years ? `, renewed for ${h(dur.renewal_years)} years` : '';
    out.push(fact('Duration', `${what}${renewal}${dur.notice ? `; notice: ${h(dur.notice)}` : ''}${ctx.cite(dur.claims)}`));
  }
  for (const [label, list] of [
    ['Supersedes', a.supersedes],
    ['Related', a.related],
  ] as const) {
    if (list.length) out.push(fact(label, list.map((i) => `${h(i.title)}${i.date ? ` (${h(formatDate(i.date))})` : ''}${ctx.cite(i.claims)}`).join('; ')));
  }
  const pile = pileSize(ctx.d);
  out.push(fact('Sources', `${h(plural(pile.documents, 'document'))}, ${h(plural(pile.claims, 'claim'))}`));
  return `<dl class="facts">${out.join('')}</dl>`;
}

function progress(ctx: Ctx, a: Agreement): string {
  const rows = partyProgress(a).map(({ party, event }) => {
    const what = event
      ? `<span class="step">${h(STEP_LABELS[event.step])}</span><span class="muted">${h([event.body, formatDate(event.date)].filter(Boolean).join(' · '))}</span>${ctx.cite(event.claims, event.docs)}`
      : '<span class="muted">no step reported</span>';
    return `<li style="--lane:${laneColor(a, party)}"><span class="party">${h(partyName(party))}</span>${what}</li>`;
  });
  return rows.length ? `<ul class="progress" aria-label="Each party's furthest step">${rows.join('')}</ul>` : '';
}

export function summarySection(ctx: Ctx, a: Agreement): string {
  const status = statusHeadline(a);
  const latest = latestEvent(a);
  const latestHtml = latest ? `<p>Latest step: <strong>${h(describeEvent(latest))}</strong>${ctx.cite(latest.claims, latest.docs)}</p>` : '';
  const next = a.expected.map((x) => `${h(STEP_LABELS[x.step])}${x.condition ? ` ${h(x.condition)}` : ''}${ctx.cite(x.claims)}`);
  const wrong = pileSize(ctx.d).misstating ?? new Set([...misstatements(ctx.d), ...unsupported(ctx.d)].map((m) => m.doc.id)).size;
  const alert =
    ctx.d.conflicts.length || wrong
      ? `<a class="alert" href="#sec-conflicts"><strong>${h(plural(ctx.d.conflicts.length, 'conflict'))}</strong> between sources · ` +
        `<strong>${h(plural(wrong, 'document'))}</strong> misstating a fact<span aria-hidden="true"> →</span></a>`
      : '<p class="alert ok">The sources agree on every fact they share.</p>';
  return `<header class="hero" id="${h(`agreement-${a.id}`)}">
<p class="eyebrow">Agreement dossier</p>
<h1>${h(a.title)}</h1>
${a.aliases.length ? `<p class="aka">Also known as ${a.aliases.map((x) => `<span>${h(x)}</span>`).join(', ')}</p>` : ''}
<div class="status tone-${status.tone}">
<p class="status-badge">${h(status.headline)}</p>
<div class="status-text">
${latestHtml}
${next.length ? `<p>Expected next: ${next.join('; ')}</p>` : ''}
</div>
</div>
${progress(ctx, a)}
${alert}
${facts(ctx, a)}
</header>`;
}
