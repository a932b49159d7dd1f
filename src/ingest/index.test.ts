// ingestBytes, one test per input format (by extension and, for unknown extensions, by sniffing).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sha256Hex } from './hash.ts';
import { ingestBytes } from './index.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');
const harbour = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'practice-harbour', 'docs');

test('format .txt: a real report, text kept verbatim, sha256 of the raw bytes', async () => {
  const bytes = readFileSync(join(harbour, '02_meridian_wire_signing.txt'));
  const { docs, warnings } = await ingestBytes('reports/02.txt', bytes);
  assert.deepEqual(warnings, []);
  assert.equal(docs.length, 1);
  const d = docs[0];
  assert.equal(d.file, 'reports/02.txt');
  assert.equal(d.format, 'text');
  assert.equal(d.text, bytes.toString('utf8'));
  assert.equal(d.html, null);
  assert.equal(d.charset, 'UTF-8');
  assert.equal(d.sha256, sha256Hex(bytes));
  assert.match(d.sha256, /^[0-9a-f]{64}$/);
});

test('format .md: Markdown read to plain text (marks and link targets out), format markdown, links kept', async () => {
  const md = '# Treaty signed\n\nThe two states signed the [treaty](https://example.org/t) on Tuesday.\n';
  const { docs } = await ingestBytes('note.md', Buffer.from(md));
  assert.equal(docs[0].format, 'markdown');
  assert.equal(docs[0].text, 'Treaty signed\n\nThe two states signed the treaty on Tuesday.');
  assert.deepEqual(docs[0].links, [{ text: 'treaty', href: 'https://example.org/t' }]);
});

test('format .html: a real page, kept as HTML for the clean stage', async () => {
  const bytes = readFileSync(join(harbour, '07_entry_into_force.html'));
  const { docs, warnings } = await ingestBytes('07.html', bytes);
  assert.deepEqual(warnings, []);
  assert.equal(docs[0].format, 'html');
  assert.equal(docs[0].text, null);
  assert.match(docs[0].html!, /^<!DOCTYPE html>/);
  assert.equal(docs[0].charset, 'UTF-8');
});

test('format .htm with unclosed tags: still decoded as HTML, no warning while it has text', async () => {
  const { docs, warnings } = await ingestBytes('broken.htm', Buffer.from('<html><body><div><p>The treaty was signed<p>Parliament approved it<div>'));
  assert.deepEqual(warnings, []);
  assert.equal(docs[0].format, 'html');
  assert.equal(docs[0].html, '<html><body><div><p>The treaty was signed<p>Parliament approved it<div>');
});

test('format .json: one object with text and hints', async () => {
  const item = {
    title: 'Treaty signed',
    text: 'The treaty was signed.\r\nIt has 12 articles.',
    url: 'https://example.org/a',
    outlet: 'Example Wire',
    published: '2029-04-12',
    author: 'A. Writer',
    language: 'en',
  };
  const { docs, warnings } = await ingestBytes('one.json', Buffer.from(JSON.stringify(item, null, 2)));
  assert.deepEqual(warnings, []);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].file, 'one.json#1');
  assert.equal(docs[0].format, 'json');
  assert.equal(docs[0].text, 'The treaty was signed.\nIt has 12 articles.');
  assert.deepEqual(docs[0].hints, {
    title: 'Treaty signed',
    outlet: 'Example Wire',
    author: 'A. Writer',
    published: '2029-04-12',
    url: 'https://example.org/a',
    language: 'en',
  });
});

test('format .json: an array of objects, one with html', async () => {
  const items = [{ text: 'First report about the treaty.' }, { html: '<p>Second report.</p>', title: 'Two' }];
  const { docs } = await ingestBytes('many.json', Buffer.from(JSON.stringify(items)));
  assert.deepEqual(
    docs.map((d) => d.file),
    ['many.json#1', 'many.json#2'],
  );
  assert.equal(docs[1].html, '<p>Second report.</p>');
  assert.equal(docs[1].text, null);
});

test('format .jsonl: one report per line; a bad line is a warning naming file and line, the rest continue', async () => {
  const lines = ['{"text": "Report one.", "outlet": "Wire A"}', '{"text": "Report two", oops}', '', '{"text": "Report three."}'];
  const { docs, warnings } = await ingestBytes('feed.jsonl', Buffer.from(lines.join('\n')));
  assert.deepEqual(
    docs.map((d) => [d.file, d.text]),
    [
      ['feed.jsonl#1', 'Report one.'],
      ['feed.jsonl#3', 'Report three.'],
    ],
  );
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].level, 'warning');
  assert.equal(warnings[0].file, 'feed.jsonl');
  assert.match(warnings[0].message, /^line 2: invalid JSON/);
});

test('format .pdf: the text layer of a hand-made PDF, with the Info title and author as hints', async () => {
  const bytes = readFileSync(join(fixtures, 'text-layer.pdf'));
  const { docs, warnings } = await ingestBytes('treaty.pdf', bytes);
  assert.deepEqual(warnings, []);
  assert.equal(docs[0].format, 'pdf');
  assert.equal(docs[0].sha256, sha256Hex(bytes));
  assert.match(docs[0].text!, /^Treaty on the Waters of a Shared River\nArticle 1\nThe Parties shall use the waters/);
  assert.match(docs[0].text!, /Article 2\nEach Party shall notify the other of any planned dam six months in advance\.$/);
  assert.deepEqual(docs[0].hints, { title: 'Treaty on the Waters of a Shared River', author: 'Depositary Office' });
});

test('unknown extension: sniffed as PDF, HTML, JSON, JSONL, markdown or text', async () => {
  const cases: [Uint8Array, string][] = [
    [readFileSync(join(fixtures, 'text-layer.pdf')), 'pdf'],
    [Buffer.from('<!doctype html><title>t</title><p>The treaty.</p>'), 'html'],
    [Buffer.from('[{"text": "The treaty."}]'), 'json'],
    [Buffer.from('{"text": "One."}\n{"text": "Two."}\n'), 'json'],
    [Buffer.from('## Treaty\n\nSigned on Tuesday.'), 'markdown'],
    [Buffer.from('[Updated] The treaty was signed on Tuesday.'), 'text'],
  ];
  for (const [bytes, format] of cases) {
    const { docs } = await ingestBytes('download', bytes);
    assert.equal(docs[0]?.format, format, new TextDecoder().decode(bytes.subarray(0, 40)));
  }
});

test('examples/: every demo file ingests without a warning, the French page from windows-1252', async () => {
  const dir = join(import.meta.dirname, '..', '..', 'examples');
  const docs = [];
  for (const f of readdirSync(dir).sort()) {
    const result = await ingestBytes(f, readFileSync(join(dir, f)));
    assert.deepEqual(result.warnings, [], f);
    docs.push(...result.docs);
  }
  assert.deepEqual(
    docs.map((d) => [d.format, d.charset]),
    [
      ['text', 'UTF-8'],
      ['text', 'UTF-8'],
      ['html', 'windows-1252'],
      ['text', 'UTF-8'],
      ['json', 'UTF-8'],
      ['json', 'UTF-8'],
    ],
  );
  assert.match(docs[2].html!, /<h1>L’Assemblée nationale approuve le traité sur les eaux de la Velna<\/h1>/);
});
