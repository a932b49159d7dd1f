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
  assertError(await ingestBytes('report', docx), 'report', /ZIP archive \(also \.docx/);
  const windows = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), Buffer.from('This program cannot be run in DOS mode.')]);
  assertError(await ingestBytes('setup', windows), 'setup', /^binary file \(Windows executable\)/);
  const tar = Buffer.alloc(1024, 0x20);
  tar.write('report.txt', 0);
  tar.write('ustar', 257);
  assertError(await ingestBytes('bundle', tar), 'bundle', /^binary file \(tar archive\)/);
});

test('bad input: a file type Pactwatch does not read is named by its extension, with what to do', async () => {
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
  assertError(
    await ingestBytes('report.docx', zip),
    'report.docx',
    /^unsupported file type: Word document \(\.docx\); save the report as PDF, HTML, Markdown or plain text$/,
  );
  assertError(await ingestBytes('pile.zip', zip), 'pile.zip', /^unsupported file type: ZIP archive \(\.zip\); unpack it/);
  // Text bytes under an image's or a program's name: the name says what the file is meant to be.
  assertError(
    await ingestBytes('chart.PNG', Buffer.from('not really an image')),
    'chart.PNG',
    /^unsupported file type: PNG image \(\.PNG\); only text is read/,
  );
  assertError(await ingestBytes('tool.exe', Buffer.from('MZ')), 'tool.exe', /^unsupported file type: Windows program/);
  assertError(
    await ingestBytes('minutes.rtf', Buffer.from('{\\rtf1\\ansi The treaty was signed.}')),
    'minutes.rtf',
    /^unsupported file type: RTF document \(\.rtf\)/,
  );
});

test('bad input: a text format that is not a report is refused by its first characters, whatever its name', async () => {
  assertError(await ingestBytes('minutes.txt', Buffer.from('{\\rtf1\\ansi The treaty was signed.}')), 'minutes.txt', /^unsupported file type: RTF document;/);
  assertError(await ingestBytes('print.txt', Buffer.from('%!PS-Adobe-3.0\n(The treaty) show')), 'print.txt', /^unsupported file type: PostScript document;/);
  const rss = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Wire</title></channel></rss>';
  assertError(await ingestBytes('feed', Buffer.from(rss)), 'feed', /^unsupported file type: RSS feed, not a page;/);
  const svg = '<?xml version="1.0"?><!-- chart --><svg xmlns="http://www.w3.org/2000/svg"><text>Treaty</text></svg>';
  assertError(await ingestBytes('chart', Buffer.from(svg)), 'chart', /^unsupported file type: SVG image, not a page;/);
  const xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html><body><p>The treaty was signed.</p><p>More.</p></body></html>';
  assert.equal((await ingestBytes('page.xhtml', Buffer.from(xhtml))).docs[0].format, 'html', 'XHTML is a page');
});

test('bad input: a media type Pactwatch does not read is refused when the name says nothing', async () => {
  const bytes = Buffer.from('The treaty was signed on Tuesday.');
  const sent = (mediaType: string) => ingestBytes('upload', bytes, { maxBytes: DEFAULT_MAX_BYTES, mediaType });
  assertError(await sent('image/png'), 'upload', /^unsupported file type: image, audio, video or font \(image\/png\)/);
  assertError(
    await sent('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'upload',
    /^unsupported file type: word-processor document/,
  );
  assert.equal((await sent('text/plain; charset=utf-8')).docs.length, 1);
});

test('bad input: unsupported files beside good ones: each its own error, the good ones read', async () => {
  const files: [string, Uint8Array][] = [
    ['a.txt', Buffer.from('The parliament approved the accord.')],
    ['b.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['c.md', Buffer.from('# Accord\n\nThe accord enters into force in May.')],
    ['d.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['e', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01])],
  ];
  const results = await Promise.all(files.map(([name, bytes]) => ingestBytes(name, bytes)));
  assert.deepEqual(
    results.map((r) => [r.docs.length, r.warnings.map((w) => w.level).join()]),
    [
      [1, ''],
      [0, 'error'],
      [1, ''],
      [0, 'error'],
      [0, 'error'],
    ],
  );
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
