// Bad input: each kind yields no document and one error naming the file and the reason (or, for HTML
// without text, a warning), never an exception.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_MAX_BYTES, type IngestResult, ingestBytes } from './index.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');

function assertError(result: IngestResult, file: string, reason: RegExp): void {
  assert.deepEqual(result.docs, []);
  assert.equal(result.warnings.length, 1);
  assert.equal(result.warnings[0].level, 'error');
  assert.equal(result.warnings[0].file, file);
  assert.match(result.warnings[0].message, reason);
}

test('bad input: empty file', async () => {
  assertError(await ingestBytes('empty.txt', new Uint8Array()), 'empty.txt', /^empty file \(0 bytes\)$/);
});

test('bad input: only whitespace (also in UTF-16) is empty', async () => {
  assertError(await ingestBytes('blank.txt', Buffer.from(' \r\n\t\n')), 'blank.txt', /^empty: only whitespace/);
  assertError(await ingestBytes('blank16.txt', Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])), 'blank16.txt', /^empty/);
});

test('bad input: binary with NUL bytes', async () => {
  const bytes = Buffer.concat([Buffer.from('The treaty was signed'), Buffer.from([0, 1, 2, 0, 0xff, 0x10, 0x80, 0x00, 0x7f])]);
  assertError(await ingestBytes('data.txt', bytes), 'data.txt', /^binary file \(contains NUL bytes at offset 21\)/);
});

test('bad input: binary by a high share of control bytes', async () => {
  const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))));
  assertError(await ingestBytes('data', bytes), 'data', /^binary file \(25% control bytes\)/);
});

test('bad input: a known binary format is named', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  assertError(await ingestBytes('photo.txt', png), 'photo.txt', /^binary file \(PNG image\)/);
  const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
  assertError(await ingestBytes('report.docx', docx), 'report.docx', /ZIP archive \(also \.docx/);
});

test('bad input: over the size limit, naming the limit', async () => {
  assertError(await ingestBytes('big.txt', Buffer.from('x'.repeat(2048)), { maxBytes: 1024 }), 'big.txt', /^over the size limit: 2048 bytes > 1024 bytes/);
  assertError(await ingestBytes('huge.txt', new Uint8Array(DEFAULT_MAX_BYTES + 1)), 'huge.txt', /> 20 MB/);
});

test('bad input: undecodable bytes (replacement characters beyond 1%)', async () => {
  let seed = 12345;
  const junk = Uint8Array.from({ length: 2000 }, () => 0x80 + (((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 128));
  const result = await ingestBytes('mangled.txt', Buffer.concat([Buffer.from('Treaty report: '), junk]));
  assertError(result, 'mangled.txt', /^undecodable: \d+\.\d% of characters could not be decoded \(best guess [\w-]+, by /);
});

test('bad input: HTML with nothing textual is kept with a warning', async () => {
  const html = '<html><head><title>x</title><script>var a = "<p>no</p>";</script></head><body><div><img src="a.png"><!-- empty --></div>';
  const { docs, warnings } = await ingestBytes('shell.html', Buffer.from(html));
  assert.equal(docs.length, 1);
  assert.equal(docs[0].html, html);
  assert.deepEqual(warnings, [{ level: 'warning', file: 'shell.html', message: 'HTML has no visible text (only markup, styles or scripts)' }]);
  assert.deepEqual(docs[0].warnings, [warnings[0].message]);
});

test('bad input: PDF without a text layer, truncated PDF, and a .pdf that is not one', async () => {
  assertError(await ingestBytes('scan.pdf', readFileSync(join(fixtures, 'no-text-layer.pdf'))), 'scan.pdf', /^PDF has no text layer \(1 page\(s\)/);
  const truncated = readFileSync(join(fixtures, 'text-layer.pdf')).subarray(0, 300);
  assertError(await ingestBytes('cut.pdf', truncated), 'cut.pdf', /^unreadable PDF: /);
  assertError(await ingestBytes('fake.pdf', Buffer.from('just text')), 'fake.pdf', /^not a PDF: no %PDF- header$/);
});

test('bad input: JSON that is invalid, or has no report field', async () => {
  assertError(await ingestBytes('bad.json', Buffer.from('{"text": ')), 'bad.json', /^invalid JSON: /);
  assertError(await ingestBytes('none.json', Buffer.from('[]')), 'none.json', /^no report read: no JSON entry found$/);
  const noField = await ingestBytes('meta.json', Buffer.from('{"title": "x", "tags": ["a"]}'));
  assertError(noField, 'meta.json', /no text or html field and no single array of reports \(keys: title, tags\)/);
  const { docs, warnings } = await ingestBytes('items.json', Buffer.from('[{"title": "no body"}, 7]'));
  assert.deepEqual(docs, []);
  assert.deepEqual(
    warnings.map((w) => [w.level, w.file, w.message]),
    [
      ['warning', 'items.json#1', 'report 1: no text or html field (keys: title); skipped'],
      ['warning', 'items.json', 'report 2: not a JSON object; skipped'],
      ['error', 'items.json', 'no report read: no entry has a text or html field'],
    ],
  );
});
