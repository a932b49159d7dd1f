// The top of the dossier: what the agreement is, whether it is in force, who has done what, and how many
// facts the sources dispute. What a first-time reader must take in within the first minute.

import { formatDate, misstatements, partyName, partyProgress, plural, STEP_LABELS, unsupported } from '../../src/export/view.ts';
import type { Agreement, Duration } from '../../src/types.ts';
import type { Capped } from './api.ts';
import { cite, withCite } from './cite.ts';
import { type Child, h } from './dom.ts';
import type { Model } from './model.ts';
import { sourceFilter } from './source-filter.ts';
import { standingBadge } from './standing.ts';
import { agreementStatus } from './status.ts';

/** Aliases shown in the header before "and N more": names in several languages pile up fast. */
const ALIASES_SHOWN = 4;

function durationText(d: Duration): string | null {
  if (!d.kind) return null;
  const base = d.kind === 'fixed' ? `${d.years ?? '?'} years` : 'Indefinite';
  const renewal = d.renewal_years ? `, renews for ${d.renewal_years}-year periods` : '';
  return `${base}${renewal}${d.notice ? `; notice: ${d.notice}` : ''}`;
}

function fact(label: string, value: Child, ...standing: Child[]): HTMLElement {
  return h('div', 'fact', h('dt', null, label), h('dd', null, value, standing.filter(Boolean).length ? h('span', 'fact-standing', standing) : null));
}

function facts(m: Model, a: Agreement): HTMLElement {
  const signed = [a.signed.date ? formatDate(a.signed.date) : 'date not reported', a.signed.place ? ` in ${a.signed.place}` : ''].join('');
  const duration = durationText(a.duration);
  const totals = m.d.totals ?? { documents: m.d.documents.length, claims: m.d.claims.length };
  const instruments = (label: string, list: Agreement['supersedes']) =>
    list.length
      ? fact(
          label,
          list.map((i) =>
            h(
              'span',
              'instrument',
              withCite(`${i.title}${i.date ? ` (${formatDate(i.date)})` : ''}`, cite(m, `${label}: ${i.title}`, i.claims, [], i as Capped)),
            ),
          ),
        )
      : null;
  return h(
    'dl',
    'facts',
    fact('Parties', a.parties.map(partyName).join(' · ') || 'not reported'),
    fact(
      'Signed',
      withCite(signed, cite(m, `Signed: ${signed}`, a.signed.claims, [], a.signed as Capped)),
      standingBadge(a.standing?.signed_date),
      a.signed.place && a.standing?.signed_place ? h('span', 'standing-of', 'place: ', standingBadge(a.standing.signed_place)) : null,
    ),
    fact('Articles', a.article_count === null ? 'not reported' : String(a.article_count), standingBadge(a.standing?.article_count)),
    fact('Duration', duration ? withCite(duration, cite(m, `Duration: ${duration}`, a.duration.claims, [], a.duration as Capped)) : 'not reported'),
    instruments('Supersedes', a.supersedes),
    instruments('Related', a.related),
    fact('Sources', `${plural(totals.documents, 'document')}, ${plural(totals.claims, 'sentence')} read`),
  );
}

function progress(m: Model, a: Agreement): HTMLElement | null {
  const rows = partyProgress(a);
  if (!rows.length || !a.lifecycle.length) return null;
  return h(
    'ul',
    { class: 'progress', attrs: { 'aria-label': "Each party's furthest step" } },
    rows.map(({ party, event }, i) =>
      h(
        'li',
        `lane-${(i % 6) + 1}`,
        h('span', 'party', partyName(party)),
        event
          ? withCite(
              h(
                'span',
                null,
                h('strong', null, STEP_LABELS[event.step]),
                event.body ? ` (${event.body})` : '',
                event.date ? `, ${formatDate(event.date)}` : '',
              ),
              cite(m, `${partyName(party)}: ${STEP_LABELS[event.step]}`, event.claims, event.docs, event as Capped),
            )
          : h('span', 'muted', 'no step reported'),
      ),
    ),
  );
}

/** The alert that sends the reader to the conflicts, or says there are none. */
function alert(m: Model): HTMLElement {
  const n = m.d.conflicts.length;
  // The served dossier names a few of the sources that misstate a fact; its totals count them all.
  const wrong = m.d.totals?.misstating ?? new Set([...misstatements(m.d), ...unsupported(m.d)].map((x) => x.doc.id)).size;
  if (!n && !wrong) return h('p', 'alert ok', 'The sources agree on every fact they share.');
  const parts = [n ? plural(n, 'conflict') + ' between sources' : null, wrong ? `${plural(wrong, 'source')} misstating a fact` : null].filter(Boolean);
  return h('a', { class: 'alert', attrs: { href: '#conflicts' } }, h('strong', null, parts.join(' · ')), h('span', { attrs: { 'aria-hidden': 'true' } }, ' →'));
}

export function summary(m: Model, a: Agreement): HTMLElement {
  const status = agreementStatus(a);
  const latest = [...a.lifecycle].reverse().find((e) => e.date) ?? a.lifecycle[a.lifecycle.length - 1];
  const aliases = a.aliases.filter((x) => x !== a.title);
  const next = a.expected.filter((x) => !a.lifecycle.some((e) => e.step === x.step));
  return h(
    'header',
    { class: 'hero', attrs: { id: `agreement-${a.id}` } },
    h('p', 'eyebrow', 'Agreement dossier'),
    h('h1', null, a.title),
    aliases.length
      ? h(
          'p',
          { class: 'aka', attrs: { title: aliases.join('\n') } },
          'Also known as ',
          aliases.slice(0, ALIASES_SHOWN).map((x, i) => [i ? ', ' : '', h('span', 'alias', x)]),
          aliases.length > ALIASES_SHOWN ? ` and ${aliases.length - ALIASES_SHOWN} more` : '',
        )
      : null,
    h(
      'div',
      { class: `status tone-${status.tone}`, attrs: { 'data-testid': 'status' } },
      h('span', 'badge', status.badge),
      h(
        'p',
        'sentence',
        withCite(
          status.sentence,
          latest ? cite(m, status.sentence, latest.claims, latest.docs, latest as Capped) : cite(m, status.sentence, a.signed.claims, [], a.signed as Capped),
        ),
      ),
    ),
    next.length
      ? h(
          'p',
          'expected',
          'Expected next: ',
          next.map((x, i) => [
            i ? '; ' : '',
            withCite(`${STEP_LABELS[x.step]}${x.condition ? ` ${x.condition}` : ''}`, cite(m, STEP_LABELS[x.step], x.claims, [], x as Capped)),
          ]),
        )
      : null,
    progress(m, a),
    alert(m),
    facts(m, a),
    sourceFilter(m),
  );
}
