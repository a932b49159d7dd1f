// The agreement's record: the lifecycle (timeline and table), the articles and the ATOP obligations.
import type { Agreement } from '../../types.ts';
import { describeEvent, formatDate, OBLIGATIONS, partyName, plural, ruleLabel, SCHEDULE_LABELS, STEP_LABELS, stepLabel } from '../view.ts';
import type { Ctx } from './context.ts';
import { escapeHtml as h } from './escape.ts';
import { standingHtml } from './standing.ts';
import { timelineSvg } from './timeline.ts';

/** A table whose rows turn into labelled cards on a phone (the labels come from data-label). */
function table(cls: string, head: string[], rows: string[][]): string {
  const th = head.map((x) => `<th scope="col">${h(x)}</th>`).join('');
  const tr = rows.map(
    (r) => `<tr>${r.map((cell, i) => `<td data-label="${h(head[i])}">${cell ? `<span class="cell">${cell}</span>` : ''}</td>`).join('')}</tr>`,
  );
  return `<table class="stack ${cls}"><thead><tr>${th}</tr></thead><tbody>${tr.join('')}</tbody></table>`;
}

export function lifecycleSection(ctx: Ctx, a: Agreement): string {
  const { svg, undated } = timelineSvg(a, ctx.href);
  const out = [`<section id="${h(`sec-lifecycle-${a.id}`)}"><h2>Lifecycle</h2>`];
  out.push(
    svg
      ? `<div class="timeline-wrap" tabindex="0" aria-label="Timeline (scrolls sideways on small screens)">${svg}</div>` +
          '<p class="legend"><span class="scroll-hint">Scroll the timeline sideways →</span><span><span class="key solid"></span> exact date</span>' +
          '<span><span class="key hollow"></span> month or year only</span><span><span class="key projected"></span> projected from the agreement’s rule</span>' +
          '<span><span class="key disputed"></span> disputed, not in the lifecycle</span></p>'
      : '<p class="muted">No lifecycle event has a date to draw.</p>',
  );
  if (undated.length) {
    out.push(
      `<p class="undated"><strong>Not on the timeline (no date reported):</strong> ${undated.map((e) => `${h(describeEvent(e))}${ctx.cite(e.claims, e.docs)}`).join('; ')}</p>`,
    );
  }
  if (a.lifecycle.length) {
    out.push(
      table(
        'lifecycle',
        ['Date', 'Party', 'Step', 'Body', 'Reference', 'Sources', 'Status'],
        a.lifecycle.map((e) => [
          `<span class="nowrap">${h(formatDate(e.date))}</span>${e.projected ? ' <span class="tag tag-projected">projected</span>' : ''}`,
          h(partyName(e.party)),
          `<strong>${h(stepLabel(e))}</strong>${e.place ? ` <span class="muted">in ${h(e.place)}</span>` : ''}` +
            (e.projected ? `<span class="rule">Projected from the rule: ${h(ruleLabel(e.rule))}${ctx.cite(e.rule?.claims, e.rule?.docs)}</span>` : ''),
          h(e.body ?? ''),
          h(e.ref ?? ''),
          ctx.cite(e.claims, e.docs),
          standingHtml(e),
        ]),
      ),
    );
  }
  if (a.schedule?.length) {
    out.push(
      '<h3>Schedule <span class="muted">(dates the agreement’s rules imply; projected, not reported)</span></h3>' +
        table(
          'schedule',
          ['Date', 'What', 'Rule'],
          a.schedule.map((x) => [
            `<span class="nowrap">${h(formatDate(x.date))}</span> <span class="tag tag-projected">projected</span>`,
            `<strong>${h(SCHEDULE_LABELS[x.what])}</strong>${x.party ? ` <span class="muted">for ${h(partyName(x.party))}</span>` : ''}`,
            `${h(ruleLabel(x.rule))}${ctx.cite(x.rule.claims, x.rule.docs)}`,
          ]),
        ),
    );
  }
  if (a.expected.length) {
    out.push(
      `<h3>Expected steps</h3><ul class="plain">${a.expected
        .map((x) => `<li><strong>${h(STEP_LABELS[x.step])}</strong>${x.condition ? `: ${h(x.condition)}` : ''}${ctx.cite(x.claims)}</li>`)
        .join('')}</ul>`,
    );
  }
  if (a.disputed_events?.length) {
    out.push(
      `<h3>Disputed events <span class="muted">(kept out of the lifecycle)</span></h3><ul class="plain">${a.disputed_events
        .map((e) => `<li class="disputed-item"><strong>${h(describeEvent(e))}</strong>: ${h(e.reason)}${ctx.cite(e.claims, e.docs)} ${standingHtml(e)}</li>`)
        .join('')}</ul>`,
    );
  }
  return out.join('\n') + '</section>';
}

export function articlesSection(ctx: Ctx, a: Agreement): string {
  const out = [`<section id="${h(`sec-articles-${a.id}`)}"><h2>Articles</h2>`];
  const described = new Set(a.articles.map((r) => r.number));
  if (a.article_count) {
    const missing = Array.from({ length: a.article_count }, (_, i) => i + 1).filter((n) => !described.has(n));
    out.push(
      `<p class="lede">${h(plural(a.article_count, 'article'))} in total; the sources describe ${h(described.size)}.` +
        (missing.length ? ` Not described: ${h(missing.join(', '))}.` : '') +
        '</p>',
    );
  }
  out.push(
    a.articles.length
      ? table(
          'articles',
          ['Article', 'Topics', 'Summary', 'Sources', 'Status'],
          a.articles.map((r) => [
            `<span class="art-no">${h(r.number)}</span>`,
            r.topics.map((t) => `<span class="chip">${h(t)}</span>`).join(' '),
            h(r.summary),
            ctx.cite(r.claims, r.docs),
            standingHtml(r),
          ]),
        )
      : '<p class="muted">No source describes an article.</p>',
  );
  return out.join('\n') + '</section>';
}

const VALUE_LABEL = { true: 'Yes', false: 'No', null: 'Unknown' } as const;

export function obligationsSection(ctx: Ctx, a: Agreement): string {
  const cards = OBLIGATIONS.map(({ key, label, gloss }) => {
    const o = a.obligations[key] ?? { value: null };
    const v = String(o.value) as 'true' | 'false' | 'null';
    const conditions = o.conditions?.length ? `<ul class="conditions">${o.conditions.map((c) => `<li>${h(c)}</li>`).join('')}</ul>` : '';
    const basis = o.basis ? `<p class="muted">Basis: ${h(o.basis)}</p>` : '';
    const none = v === 'null' && !o.basis && !o.claims?.length ? '<p class="muted">No source speaks to it.</p>' : '';
    return (
      `<div class="obligation val-${v}"><p class="ob-head"><span class="ob-name">${h(label)}</span>` +
      `<span class="ob-value">${h(VALUE_LABEL[v])}</span></p><p class="gloss">${h(gloss)}</p>${conditions}${basis}${none}` +
      `${o.claims?.length ? `<p class="ob-cites">Sources ${ctx.cite(o.claims)}</p>` : ''}${standingHtml(o) ? `<p class="ob-standing">${standingHtml(o)}</p>` : ''}</div>`
    );
  });
  return (
    `<section id="${h(`sec-obligations-${a.id}`)}"><h2>Obligations <span class="muted">(ATOP coding)</span></h2>` +
    `<div class="obligations">${cards.join('')}</div></section>`
  );
}
