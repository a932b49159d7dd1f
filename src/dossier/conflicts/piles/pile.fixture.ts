// Test helper (used by *.test.ts only): invented reports taken through the whole pipeline (clean, meta, read,
// dossier), so a pile's conflicts are what a user would get from the same files. A report may carry what a
// JSONL item or a page header gives (outlet, publication date, language, section).

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { assembleDossier, prepareDocument } from '../../../pipeline/index.ts';
import type { Conflict, Dossier, MetaHints, RawDocument } from '../../../types.ts';

export interface Report {
  file: string;
  text: string;
  /** The report's language, as a feed item or a page declares it (short invented texts are too short to detect). */
  lang?: string;
  hints?: MetaHints;
}

/** The dossier of a pile of reports (ids d1, d2, … in the order given). */
export function dossierOf(reports: Report[]): Dossier {
  const raw = reports.map(
    (r): RawDocument => ({
      file: r.file,
      sha256: createHash('sha256')
        .update(r.file + r.text)
        .digest('hex'),
      format: 'text',
      text: r.text,
      html: null,
      hints: { ...(r.lang ? { language: r.lang } : {}), ...r.hints },
      charset: 'UTF-8',
      warnings: [],
    }),
  );
  return assembleDossier(raw.map(prepareDocument), [], { generated: new Date('2040-01-01T00:00:00Z') });
}

/** A conflict in the compact form tests compare: [slot, [value, files][], resolved value, misstating files]. */
export type Shown = [string, [string, string[]][], string | null, string[]];

/** The pile's conflicts of the given slots, each as files rather than document ids, values sorted. */
export function conflictsOf(reports: Report[], slots: string[] = ['article', 'date', 'place']): Shown[] {
  return shown(dossierOf(reports), slots);
}

function shown(dossier: Dossier, slots: string[]): Shown[] {
  const file = new Map(dossier.documents.map((d) => [d.id, d.file]));
  const files = (docs: string[]) => docs.map((d) => file.get(d)!).sort();
  return dossier.conflicts
    .filter((c: Conflict) => slots.includes(c.slot))
    .map(
      (c): Shown => [c.slot, c.values.map((v): [string, string[]] => [v.value, files(v.docs)]).sort(), c.resolved?.value ?? null, files(c.misstated_by ?? [])],
    );
}

/** Asserts the pile has exactly the given conflicts about articles, dates and places. */
export function assertConflicts(reports: Report[], want: Shown[]): void {
  const dossier = dossierOf(reports);
  assert.deepEqual(
    shown(dossier, ['article', 'date', 'place']),
    want.map(([s, v, r, m]): Shown => [s, [...v].sort(), r, [...m].sort()]),
    readings(dossier),
  );
}

/** What the reading gave each claim that cites an article or tells of a step, and the lifecycle: what a
 *  failing pile shows, to tell a reading that missed from a comparison that did. */
function readings(dossier: Dossier): string {
  const lines = dossier.documents.map((d) => `${d.id} ${d.file} ${d.language} ${d.kind} published ${d.published}`);
  for (const c of dossier.claims) {
    const events = (c.events ?? []).map((e) => `${e.step}/${e.status}/${e.date}(${e.date_from})/${e.party}/${e.body}`);
    if (c.articles.length || events.length) lines.push(`  ${c.doc} [${c.articles}] ${events.join(' ')} | ${c.text.slice(0, 100)}`);
  }
  for (const a of dossier.agreements) for (const e of a.lifecycle ?? []) lines.push(`life ${e.step} ${e.date} ${e.party} ${e.body} ${e.docs}`);
  return lines.join('\n');
}
