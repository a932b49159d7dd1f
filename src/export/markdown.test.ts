import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOSTILE_IMG, HOSTILE_SCRIPT, sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { toMarkdown } from './markdown.ts';

const md = toMarkdown(sampleDossier);
const shown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The lines of one `## ` section. */
function section(title: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${title}`));
  assert.ok(start >= 0, `section ${title}`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
  return lines.slice(start, end < 0 ? undefined : end);
}

test('every footnote reference has a definition and every definition is referenced', () => {
  const defs = [...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => m[1]);
  const refs = new Set([...md.replace(/^\[\^\d+\]: /gm, '').matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]));
  assert.ok(defs.length >= 15);
  assert.deepEqual(new Set(defs), refs);
  assert.deepEqual(
    defs,
    defs.map((_, i) => String(i + 1)),
    'numbered in order of first use',
  );
});

test('each footnote quotes a real claim with its document and offsets', () => {
  const claims = new Map(sampleDossier.claims.map((c) => [c.id, c]));
  const defs = [...md.matchAll(/^\[\^\d+\]: "(.*)" \((d\d+), .*; claim (c\d+), characters (\d+)–(\d+)\)$/gm)];
  assert.equal(defs.length, md.match(/^\[\^\d+\]: /gm)!.length, 'every footnote cites a sentence here');
  for (const [, quote, docId, claimId, start, end] of defs) {
    const claim = claims.get(claimId);
    assert.ok(claim, claimId);
    assert.equal(claim.doc, docId);
    assert.equal(shown(quote), claim.text);
    const body = sampleDossier.documents.find((d) => d.id === docId)!.body;
    assert.equal(body.slice(Number(start), Number(end)), claim.text);
  }
});

test('the status line gives the status, the latest step and what comes next', () => {
  assert.match(md, /^> \*\*Status: Not yet in force\.\*\* Latest step: Instruments exchanged in Veltrava, 15 Jan 2031\.\[\^\d+\]$/m);
  assert.match(md, /Brennmark: Ratified \(King\), date unknown\[\^\d+\]/);
  assert.match(md, /Expected next: Entered into force on the thirtieth day/);
  assert.match(md, /2 conflicts between sources; 2 documents misstating a fact/);
});

test('the article table lists every article with topics and summary', () => {
  const rows = section('Articles').filter((l) => /^\| \d+ \|/.test(l));
  assert.deepEqual(
    rows.map((r) => Number(r.split('|')[1])),
    sampleDossier.agreements[0].articles.map((a) => a.number),
  );
  assert.match(rows.find((r) => r.startsWith('| 9 |'))!, /entry-into-force, duration \| In force 30 days/);
});

test('obligations, lifecycle, expected and disputed steps are all there', () => {
  const ob = section('Obligations').join('\n');
  assert.match(ob, /Defense .*\| \*\*Yes\*\* \| an armed attack on either party; in accordance with Article 51/);
  assert.match(ob, /Neutrality .*\| Unknown \|/);
  assert.match(ob, /Offense .*\| No \| basis: no source describes joint offensive action/);
  const life = section('Lifecycle');
  assert.equal(life.filter((l) => /^\| (\d|date unknown|[A-Z][a-z]{2} \d)/.test(l)).length, 7);
  assert.ok(life.some((l) => l.startsWith('| Oct 2030 | Aurelia | Submitted for ratification | National Assembly | 412-7 |')));
  assert.ok(life.some((l) => l.startsWith('- Amended by Brennmark (Riksting), 10 Dec 2030: Only one source')));
});

test('conflicts show each value with sources, the resolution and its basis; misstatements are listed per document', () => {
  const conflicts = section('Conflicts').join('\n');
  assert.match(conflicts, /\| \*\*Article 5\*\* \| Brennmark Today \\& Tonight \(d2\)\[\^\d+\] \| ✗ contradicts the resolution \|/);
  assert.match(conflicts, /\*\*Resolution:\*\* Article 4; basis: majority of independent sources \(2 of 3\)\./);
  const wrong = section('Misstatements').join('\n');
  assert.match(wrong, /### Brennmark Today \\& Tonight: Riksting \\\*approves\\\* defence pact \\\[update\\\] \(d2\)/);
  assert.match(wrong, /### Aurelian Public Radio: .* \(d3\)\n\n- On the date of signature: says \*\*11 Sep 2030\*\*, resolved as \*\*12 Sep 2030\*\*/);
  assert.doesNotMatch(wrong, /\(d1\)/);
});

test('a conflict side with many sources names the first few and counts the rest', () => {
  const d: Dossier = structuredClone(sampleDossier);
  d.conflicts[0].values[0].docs = Array.from({ length: 12 }, () => ['d1', 'd3']).flat();
  const row = toMarkdown(d)
    .split('\n')
    .find((l) => l.startsWith('| **Article 4** |'))!;
  assert.equal(row.match(/\(d[13]\)/g)!.length, 8);
  assert.match(row, / and 16 more sources \|/);
});

test('opinion passages are grouped by source and sources list every document', () => {
  const op = section('Opinion').join('\n');
  assert.match(op, /### Northern Wire: .*\(d1\)\n\n> .*dangerous step.* \(Peter Olsen\)\[\^\d+\]/);
  const src = section('Sources');
  for (const d of sampleDossier.documents)
    assert.ok(
      src.some((l) => l.startsWith(`- **${d.id}**`)),
      d.id,
    );
  assert.ok(src.some((l) => l.includes('<https://northern-wire.example/2030/09/12/pact>')));
});

test('report text never becomes Markdown or HTML', () => {
  assert.ok(!md.includes(HOSTILE_SCRIPT) && !md.includes(HOSTILE_IMG));
  assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
  assert.ok(md.includes('the pact is a \\*triumph\\* \\& \\[a guarantee\\] of peace \\| for\\_all.'));
  const hostile: Dossier = structuredClone(sampleDossier);
  hostile.agreements[0].title = '[^1]: forged\n# heading';
  hostile.documents[0].url = 'javascript:alert(1)';
  const out = toMarkdown(hostile);
  assert.match(out, /^# \\\[\^1\\\]: forged \\# heading$/m);
  assert.doesNotMatch(out, /<javascript:/);
});

test('a dossier without agreements or conflicts still renders', () => {
  const empty: Dossier = { ...sampleDossier, agreements: [], conflicts: [] };
  const out = toMarkdown(empty);
  assert.match(out, /No agreement was found/);
  assert.match(out, /The sources agree on every fact they share/);
});

test('a pile of several agreements names the agreement each conflict is about; a pile of one does not', () => {
  assert.ok(sampleDossier.conflicts.length > 0);
  const slot = new RegExp(`^### \\d+\\. .* \\((${sampleDossier.conflicts.map((c) => c.slot).join('|')})\\)`);
  const headings = (d: Dossier) =>
    toMarkdown(d)
      .split('\n')
      .filter((l) => slot.test(l));
  assert.ok(headings(sampleDossier).every((l) => !l.includes(' — ')));
  const second = { ...sampleDossier.agreements[0], id: 'a2', title: 'Accord on Fisheries', aliases: [] };
  const split: Dossier = {
    ...sampleDossier,
    agreements: [{ ...sampleDossier.agreements[0], id: 'a1' }, second],
    conflicts: sampleDossier.conflicts.map((c) => ({ ...c, agreement: 'a2' })),
  };
  const named = headings(split);
  assert.equal(named.length, sampleDossier.conflicts.length);
  assert.ok(
    named.every((l) => shown(l).endsWith(' — Accord on Fisheries')),
    named.join('\n'),
  );
});
