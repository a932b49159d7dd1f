// The dossier as a readable Markdown report: status first, then the record, the conflicts and who got what
// wrong; every fact carries GFM footnotes ([^n]) that quote the cited sentence with its document and offsets.
import type { Agreement, ConflictValue, DocumentRecord, Dossier, FactStanding, LifecycleEvent } from '../types.ts';
import { Citations } from './cite.ts';
import { markdownUrl, escapeMarkdown as md } from './markdown/escape.ts';
import {
  claimsPerDoc,
  conflictAgreement,
  describeEvent,
  docLabel,
  formatDate,
  isResolvedValue,
  type Lookup,
  latestEvent,
  lookup,
  type Misstatement,
  misstatements,
  OBLIGATIONS,
  opinionsByDoc,
  partyName,
  partyProgress,
  pileSize,
  plural,
  ruleLabel,
  SCHEDULE_LABELS,
  SHOWN_SOURCES,
  STEP_LABELS,
  sourceTypeLabel,
  standingLabel,
  statusHeadline,
  stepLabel,
  supportLabel,
  valueLabel,
} from './view.ts';

/** Footnote references for a fact's claims (and documents not covered by a claim). */
type Cite = (claims?: readonly string[], docs?: readonly string[]) => string;

const OBLIGATION_VALUE = { true: '**Yes**', false: 'No', null: 'Unknown' } as const;

/** A fact's status and support with the reason: "**Confirmed** · 2 of 3 independent (the official text states it)". */
function standing(f: FactStanding | undefined): string {
  const label = standingLabel(f);
  if (!label) return '';
  const [status, ...rest] = label.split(' · ');
  const head = f?.status ? `**${status}**` : status;
  return [head, ...rest].join(' · ') + (f?.status_reason ? ` (${md(f.status_reason)})` : '');
}

/** " — *Confirmed · 2 of 3 independent (…)*" after a fact in a list, or nothing. */
function standingAfter(f: FactStanding | undefined): string {
  const text = standing(f);
  return text ? ` — ${text}` : '';
}

/** A source's type badge in prose: "state media · RU"; empty when unknown. */
function badge(doc: DocumentRecord | undefined): string {
  const label = sourceTypeLabel(doc);
  return label ? md(label) : '';
}

/** "Projected: 30 days after … («…»)" for an event computed from the agreement's rule. */
function projectedNote(e: LifecycleEvent): string {
  return e.projected ? `projected from the rule: ${md(ruleLabel(e.rule))}` : '';
}

function table(head: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line), ''];
}

function summary(d: Dossier, a: Agreement, cite: Cite): string[] {
  const status = statusHeadline(a);
  const latest = latestEvent(a);
  const out = [`# ${md(a.title)}`, ''];
  out.push(`> **Status: ${md(status.headline)}.**` + (latest ? ` Latest step: ${md(describeEvent(latest))}.${cite(latest.claims, latest.docs)}` : ''));
  const progress = partyProgress(a).map(
    ({ party, event }) => `${md(partyName(party))}: ${event ? `${md(describeEvent(event, false))}${cite(event.claims, event.docs)}` : 'no step reported'}`,
  );
  if (progress.length) out.push('>', `> ${progress.join(' · ')}`);
  const wrong = pileSize(d).misstating ?? new Set(misstatements(d).map((m) => m.doc.id)).size;
  const next = a.expected.map((x) => `${STEP_LABELS[x.step]}${x.condition ? ` ${md(x.condition)}` : ''}${cite(x.claims)}`);
  if (next.length) out.push('>', `> Expected next: ${next.join('; ')}`);
  out.push('>', `> ${plural(d.conflicts.length, 'conflict')} between sources; ${plural(wrong, 'document')} misstating a fact.`, '');
  const facts: string[] = [];
  if (a.aliases.length) facts.push(`**Also known as:** ${a.aliases.map((x) => md(x)).join('; ')}`);
  facts.push(`**Parties:** ${a.parties.map((p) => md(partyName(p))).join(', ') || 'not reported'}`);
  const place = a.signed.place ? ` in ${md(a.signed.place)}` : '';
  facts.push(
    `**Signed:** ${a.signed.date ? formatDate(a.signed.date) : 'date not reported'}${place}${cite(a.signed.claims)}${standingAfter(a.standing?.signed_date)}`,
  );
  if (a.signed.place && a.standing?.signed_place) facts.push(`**Signing place:** ${md(a.signed.place)}${standingAfter(a.standing.signed_place)}`);
  facts.push(`**Articles:** ${a.article_count ?? 'number not reported'}${standingAfter(a.standing?.article_count)}`);
  const dur = a.duration;
  if (dur.kind) {
    const what = dur.kind === 'fixed' ? `${dur.years ?? '?'} years` : 'indefinite';
    const renewal = dur.renewal_years ? `, renewed for ${dur.renewal_years} years` : '';
    facts.push(`**Duration:** ${what}${renewal}${dur.notice ? `; notice: ${md(dur.notice)}` : ''}${cite(dur.claims)}`);
  }
  for (const [label, list] of [
    ['Supersedes', a.supersedes],
    ['Related', a.related],
  ] as const) {
    if (list.length) facts.push(`**${label}:** ${list.map((i) => `${md(i.title)}${i.date ? ` (${formatDate(i.date)})` : ''}${cite(i.claims)}`).join('; ')}`);
  }
  return [...out, ...facts.map((f) => `- ${f}`), ''];
}

function articles(a: Agreement, cite: Cite): string[] {
  if (!a.articles.length) return ['## Articles', '', 'No source describes an article.', ''];
  return [
    '## Articles',
    '',
    ...table(
      ['Article', 'Topics', 'Summary', 'Sources', 'Status'],
      a.articles.map((r) => [String(r.number), r.topics.map((x) => md(x)).join(', '), md(r.summary), cite(r.claims, r.docs), standing(r)]),
    ),
  ];
}

function obligations(a: Agreement, cite: Cite): string[] {
  const rows = OBLIGATIONS.map(({ key, label, gloss }) => {
    const o = a.obligations[key] ?? { value: null };
    const notes = [...(o.conditions ?? []).map((x) => md(x)), ...(o.basis ? [`basis: ${md(o.basis)}`] : [])];
    return [`${label} (${gloss})`, OBLIGATION_VALUE[String(o.value) as 'true' | 'false' | 'null'], notes.join('; '), cite(o.claims), standing(o)];
  });
  return ['## Obligations (ATOP)', '', ...table(['Obligation', 'Value', 'Conditions / basis', 'Sources', 'Status'], rows)];
}

function lifecycle(a: Agreement, cite: Cite): string[] {
  const out = ['## Lifecycle', ''];
  if (a.lifecycle.length) {
    out.push(
      ...table(
        ['Date', 'Party', 'Step', 'Body', 'Reference', 'Sources', 'Status'],
        a.lifecycle.map((e) => [
          formatDate(e.date) + (e.projected ? ' (projected)' : ''),
          md(partyName(e.party)),
          md(stepLabel(e)) + (e.place ? ` (${md(e.place)})` : '') + (e.projected ? `; ${projectedNote(e)}` : ''),
          md(e.body ?? ''),
          md(e.ref ?? ''),
          cite(e.claims, e.docs),
          standing(e),
        ]),
      ),
    );
  } else out.push('No lifecycle event reported.', '');
  if (a.schedule?.length) {
    out.push('### Schedule (dates the agreement’s rules imply; projected, not reported)', '');
    for (const x of a.schedule) {
      const who = x.party ? ` for ${md(partyName(x.party))}` : '';
      out.push(`- ${formatDate(x.date)} (projected): ${SCHEDULE_LABELS[x.what]}${who}; rule: ${md(ruleLabel(x.rule))}${cite(x.rule.claims, x.rule.docs)}`);
    }
    out.push('');
  }
  if (a.expected.length) {
    out.push('### Expected steps', '');
    for (const x of a.expected) out.push(`- ${STEP_LABELS[x.step]}${x.condition ? `: ${md(x.condition)}` : ''}${cite(x.claims)}`);
    out.push('');
  }
  if (a.disputed_events?.length) {
    out.push('### Disputed events (kept out of the lifecycle)', '');
    for (const e of a.disputed_events) out.push(`- ${md(describeEvent(e))}: ${md(e.reason)}${cite(e.claims, e.docs)}${standingAfter(e)}`);
    out.push('');
  }
  return out;
}

function conflicts(d: Dossier, cite: Cite): string[] {
  if (!d.conflicts.length) return ['## Conflicts between sources', '', 'The sources agree on every fact they share.', ''];
  const look = lookup(d);
  const out = ['## Conflicts between sources', ''];
  d.conflicts.forEach((c, i) => {
    const about = conflictAgreement(d, c);
    out.push(`### ${i + 1}. ${md(c.about)} (${c.slot})${about ? ` — ${md(about)}` : ''}`, '');
    // The independence column only where the dossier counts it (older dossiers have no `support`).
    const counted = c.values.some((v) => v.support);
    out.push(
      ...table(
        ['Value', 'Sources', ...(counted ? ['Independent'] : []), 'Verdict'],
        c.values.map((v) => [
          `**${md(valueLabel(c, v.value))}**`,
          sourcesCell(v, look, cite),
          ...(counted ? [supportLabel(v.support) ?? ''] : []),
          !c.resolved ? 'unresolved' : isResolvedValue(c, v) ? '✓ resolution' : '✗ contradicts the resolution',
        ]),
      ),
    );
    out.push(
      c.resolved
        ? `**Resolution:** ${md(valueLabel(c, c.resolved.value))}; basis: ${md(c.resolved.basis)}.`
        : '**Unresolved:** no official text and no majority of independent sources decides.',
    );
    if (standing(c)) out.push(`**Status:** ${standing(c)}`);
    out.push('');
  });
  return out;
}

/** A conflict value's sources: the first few named and cited, the rest counted. */
function sourcesCell(v: ConflictValue, look: Lookup, cite: Cite): string {
  const shown = v.docs.slice(0, SHOWN_SOURCES);
  const perDoc = claimsPerDoc(look, v.claims);
  const more = v.docs.length - shown.length;
  return (
    shown
      .map(
        (id) =>
          `${md(docLabel(look.doc(id)))} (${[md(id), badge(look.doc(id))].filter(Boolean).join(', ')})${cite(
            (perDoc.get(id) ?? []).map((c) => c.id),
            [id],
          )}`,
      )
      .join(', ') + (more > 0 ? ` and ${plural(more, 'more source')}` : '')
  );
}

function misstated(d: Dossier, cite: Cite): string[] {
  const list = misstatements(d);
  if (!list.length) return [];
  const out = ['## Misstatements by document', ''];
  const byDoc = new Map<string, Misstatement[]>();
  for (const m of list) byDoc.set(m.doc.id, [...(byDoc.get(m.doc.id) ?? []), m]);
  for (const group of byDoc.values()) {
    const doc = group[0].doc;
    out.push(`### ${md(docLabel(doc))}: ${md(doc.title ?? doc.file)} (${[md(doc.id), badge(doc)].filter(Boolean).join(', ')})`, '');
    for (const m of group) {
      const resolved = m.conflict.resolved!;
      out.push(
        `- On ${md(m.conflict.about)}: says **${md(valueLabel(m.conflict, m.value.value))}**, ` +
          `resolved as **${md(valueLabel(m.conflict, resolved.value))}**; basis: ${md(resolved.basis)}` +
          cite(
            m.claims.map((c) => c.id),
            [doc.id],
          ),
      );
    }
    out.push('');
  }
  return out;
}

function opinions(d: Dossier, cite: Cite): string[] {
  const groups = opinionsByDoc(d);
  if (!groups.length) return [];
  const out = ['## Opinion passages by source', ''];
  for (const { doc, claims } of groups) {
    out.push(`### ${md(docLabel(doc))}: ${md(doc.title ?? doc.file)} (${doc.id})`, '');
    for (const c of claims) out.push(`> ${md(c.text, true)}${c.speaker ? ` (${md(c.speaker)})` : ''}${cite([c.id])}`, '');
  }
  return out;
}

function sources(d: Dossier): string[] {
  const out = ['## Sources', ''];
  const pile = pileSize(d);
  if (!pile.listed) out.push(`The ${plural(d.documents.length, 'document')} the facts above cite, of ${pile.documents}.`, '');
  const repeats = new Map(d.agreements.flatMap((a) => a.repeats ?? []).map((r) => [r.doc, r]));
  for (const doc of d.documents) {
    const type = sourceTypeLabel(doc);
    const repeat = repeats.get(doc.id);
    const parts = [
      `**${doc.id}**`,
      type ? `**\\[${md(type)}\\]**${doc.source_evidence ? ` (${md(doc.source_evidence)})` : ''}` : '',
      doc.title ? `*${md(doc.title)}*` : '',
      md(doc.outlet ?? ''),
      doc.author ? `by ${md(doc.author)}` : '',
      doc.published ? formatDate(doc.published) : 'undated',
      `${doc.kind}, ${doc.language ?? 'language unknown'}`,
      `file ${md(doc.file)}`,
      doc.url ? markdownUrl(doc.url) : '',
      doc.near_duplicate_of ? `near duplicate of ${doc.near_duplicate_of}` : '',
      repeat ? `counted with ${md(repeat.source)}: ${md(repeat.why)}` : '',
    ];
    out.push(`- ${parts.filter(Boolean).join(' · ')}`);
  }
  if (d.warnings.length) {
    out.push('', '### Warnings', '');
    for (const w of d.warnings) out.push(`- ${w.level}: ${md(w.file)}: ${md(w.message)}`);
  }
  return [...out, ''];
}

export function toMarkdown(d: Dossier): string {
  const look = lookup(d);
  const cites = new Citations(look);
  const cite: Cite = (claims = [], docs = []) =>
    cites
      .cite(claims, docs)
      .map((c) => `[^${c.n}]`)
      .join('');
  const out: string[] = [];
  for (const a of d.agreements) out.push(...summary(d, a, cite), ...articles(a, cite), ...obligations(a, cite), ...lifecycle(a, cite));
  if (!d.agreements.length) out.push('# Pactwatch dossier', '', 'No agreement was found in the sources.', '');
  out.push(...conflicts(d, cite), ...misstated(d, cite), ...opinions(d, cite), ...sources(d));
  const pile = pileSize(d);
  out.push(`*Generated by Pactwatch on ${formatDate(d.generated)} from ${plural(pile.documents, 'document')} and ${plural(pile.claims, 'claim')}.*`, '');
  for (const c of cites.all()) {
    const where =
      `${c.doc.id}, ${c.doc.title ? `*${md(c.doc.title)}*, ` : ''}${md(docLabel(c.doc))}, file ${md(c.doc.file)}` +
      (c.doc.published ? `, ${formatDate(c.doc.published)}` : '');
    out.push(
      c.claim
        ? `[^${c.n}]: "${md(c.claim.text)}" (${where}; claim ${c.claim.id}, characters ${c.claim.start}–${c.claim.end})`
        : `[^${c.n}]: The whole document (${where})`,
    );
  }
  return out.join('\n') + '\n';
}
