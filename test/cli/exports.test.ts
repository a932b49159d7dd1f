// The research exports of a real run (the example treaty's reports), each read back with the parser of the
// kind its users' programs use, and the ClaimReview publisher page taken from the flag or the environment.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { analyze } from '../../src/cli/analyze.ts';
import { runAnalyze } from '../../src/cli/commands/analyze.ts';
import { render } from '../../src/export/index.ts';
import type { Dossier } from '../../src/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
let dossier: Dossier;
let dir: string;

before(async () => {
  dossier = (await analyze({ paths: [EXAMPLES], quiet: true, cache: null })).dossier;
  dir = mkdtempSync(join(tmpdir(), 'pactwatch-exports-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const rows = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true });

test('claims-csv of the example pile: every claim once, its offsets cutting its text out of the body', () => {
  const read = rows(render(dossier, 'claims-csv'));
  assert.equal(read.length, dossier.claims.length);
  const bodies = new Map(dossier.documents.map((d) => [d.id, d.body]));
  const files = new Map(dossier.documents.map((d) => [d.id, d.file]));
  for (const row of read) {
    const text = /^'[=+\-@\t\r]/.test(row.text) ? row.text.slice(1) : row.text;
    assert.equal(bodies.get(row.doc)!.slice(Number(row.start), Number(row.end)), text, row.claim);
    assert.equal(row.file, files.get(row.doc));
  }
  assert.ok(read.some((r) => r.articles !== ''));
  assert.ok(read.some((r) => r.dates !== ''));
});

test('atop-csv of the example pile: the river treaty, its parties, and ATOP codes of 1, 0 or blank', () => {
  const read = rows(render(dossier, 'atop-csv'));
  assert.equal(read.length, dossier.agreements.length);
  const [treaty] = read;
  assert.equal(treaty.title, dossier.agreements[0].title);
  assert.equal(treaty.parties, dossier.agreements[0].parties.join('; '));
  for (const v of ['DEFENSE', 'OFFENSE', 'NEUTRAL', 'NONAGG', 'CONSUL']) assert.match(treaty[v], /^[01]?$/, v);
  // A river-sharing treaty is no alliance: no defence pledge.
  assert.equal(treaty.DEFENSE, '0');
});

test('ics of the example pile: one event per dated lifecycle step, as a calendar reads it', () => {
  const calendar = new ICAL.Component(ICAL.parse(render(dossier, 'ics')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const dated = dossier.agreements.flatMap((a) => [...a.lifecycle.filter((e) => e.date), ...(a.schedule ?? [])]);
  assert.equal(events.length, dated.length);
  assert.ok(events.length > 0);
  assert.ok(events.some((e) => /Entered into force/.test(e.summary)));
  for (const e of events) assert.ok(e.startDate.isDate, 'all-day events');
});

test('claimreview from the CLI: the page from --publisher-url, else PACTWATCH_PUBLISHER_URL', async () => {
  const out = join(dir, 'reviews.jsonld');
  const saved = process.env.PACTWATCH_PUBLISHER_URL;
  try {
    process.env.PACTWATCH_PUBLISHER_URL = 'https://env.example/velna';
    assert.equal(await runAnalyze([EXAMPLES], { format: 'claimreview', out, 'no-store': true, quiet: true }), 0);
    const fromEnv = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(fromEnv.length > 0);
    for (const r of fromEnv) assert.match(r.url, /^https:\/\/env\.example\/velna#review-/);
    assert.equal(await runAnalyze([EXAMPLES], { format: 'claimreview', out, 'no-store': true, quiet: true, 'publisher-url': 'https://flag.example/p' }), 0);
    for (const r of JSON.parse(readFileSync(out, 'utf8'))) assert.match(r.url, /^https:\/\/flag\.example\/p#review-/);
  } finally {
    if (saved === undefined) delete process.env.PACTWATCH_PUBLISHER_URL;
    else process.env.PACTWATCH_PUBLISHER_URL = saved;
  }
});

test('a publisher URL that is no web address is a usage error, before any file is read', () => {
  const run = spawnSync(
    process.execPath,
    ['bin/pactwatch.mjs', 'analyze', EXAMPLES, '--no-store', '--format', 'claimreview', '--publisher-url', 'ftp://x.example/'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /publisher-url.*http or https/);
  const unknown = spawnSync(process.execPath, ['bin/pactwatch.mjs', 'analyze', EXAMPLES, '--no-store', '--format', 'xlsx'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /atop-csv, claims-csv, ics/);
});
