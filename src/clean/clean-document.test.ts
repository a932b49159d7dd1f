// cleanText's passes and cleanDocument's own steps: space runs collapsed with a warning, the container's hints
// over the page's, a plain text left as it is when nothing is junk.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MetaHints, RawDocument } from '../types.ts';
import { cleanDocument, cleanText, MAX_SPACE_RUN } from './index.ts';

const raw = (text: string | null, html: string | null = null, hints: MetaHints = {}): RawDocument => ({
  file: 'x',
  sha256: 'x',
  format: html ? 'html' : 'text',
  text,
  html,
  hints,
  charset: 'UTF-8',
  warnings: [],
});

const LEAD = 'The ferry accord between Velland and Ostria was signed in Kessa on Tuesday by the two transport ministers.';

test('cleanText: a line that only ends the page once the junk under it is cut goes in a later pass', () => {
  // A reproduction notice with a full stop is cut only as the page's last line; the comment prompt under it is
  // cut by a detector that runs after the copyright one.
  const notice = 'Reproduction of this report is permitted only with a link to the Kessa Herald.';
  const out = cleanText([LEAD, notice, 'Leave a comment'].join('\n'));
  assert.equal(out.body, LEAD);
  assert.deepEqual(
    out.removed.map((r) => [r.why, r.text]),
    [
      ['copyright', notice],
      ['comments', 'Leave a comment'],
    ],
  );
  // Above another paragraph, the same notice is the report's.
  assert.equal(cleanText([notice, LEAD].join('\n')).body, [notice, LEAD].join('\n'));
});

test('cleanDocument: every long run of spaces or tabs inside a line becomes one space, and a warning counts them', () => {
  const long = ' '.repeat(MAX_SPACE_RUN);
  const text = `The ferry accord${long}was signed in Kessa${'\t '.repeat(MAX_SPACE_RUN)}on Tuesday.\n\nIt runs for ten years.`;
  const out = cleanDocument(raw(text));
  assert.equal(out.body, 'The ferry accord was signed in Kessa on Tuesday.\n\nIt runs for ten years.');
  assert.deepEqual(out.warnings, [`2 run(s) of ${MAX_SPACE_RUN} or more spaces or tabs inside a line were read as one space`]);
});

test('cleanDocument: a shorter run of spaces is left to the detectors, without a warning', () => {
  const text = `The ferry accord${' '.repeat(MAX_SPACE_RUN - 1)}was signed in Kessa on Tuesday.`;
  const out = cleanDocument(raw(text));
  assert.equal(out.body, text);
  assert.deepEqual(out.warnings, []);
});

test('cleanDocument: a plain text with nothing to cut is kept whole, with its hints and no warning', () => {
  const hints = { title: 'Ferry accord signed', outlet: 'Kessa Herald' };
  const out = cleanDocument(raw(LEAD, null, hints));
  assert.deepEqual(out, { body: LEAD, removed: [], header: [], hints, warnings: [] });
  assert.notEqual(out.hints, hints);
  assert.equal(cleanDocument(raw(null)).body, '');
});

test("cleanDocument: the container's hints win over the page's, except empty ones", () => {
  const html =
    '<html lang="de"><head><title>Fährabkommen unterzeichnet</title><meta property="og:site_name" content="Kessaer Zeitung"><meta name="author" content="Lena Vogt"></head><body><article><h1>Fährabkommen unterzeichnet</h1><p>Velland und Ostria haben am Dienstag in Kessa ein Abkommen über den Fährverkehr zwischen beiden Ländern unterzeichnet, teilten die Verkehrsminister mit.</p></article></body></html>';
  const page = cleanDocument(raw(null, html)).hints;
  assert.equal(page.outlet, 'Kessaer Zeitung');
  assert.equal(page.language, 'de');
  const out = cleanDocument(raw(null, html, { outlet: 'Nordwire', language: '', author: null, section: 'Europa' }));
  assert.deepEqual(out.hints, { ...page, outlet: 'Nordwire', section: 'Europa' });
});
