import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFromExtension, formatFromMediaType, looksLikeHtml, mediaTypeCharset, sniffTextFormat } from './format.ts';

test('format by extension, case-insensitive; unknown or none → null (sniff)', () => {
  assert.equal(formatFromExtension('a/B.TXT'), 'text');
  assert.equal(formatFromExtension('x.htm'), 'html');
  assert.equal(formatFromExtension('x.ndjson'), 'jsonl');
  assert.equal(formatFromExtension('x.markdown'), 'markdown');
  assert.equal(formatFromExtension('x.pdf'), 'pdf');
  assert.equal(formatFromExtension('x.docx'), null);
  assert.equal(formatFromExtension('README'), null);
});

test('HTML sniffing: whole pages and tag-rich fragments, not one stray tag in a scrape', () => {
  assert.ok(looksLikeHtml('<!-- saved page -->\n<!DOCTYPE html><html>'));
  assert.ok(looksLikeHtml('<div class="story"><p>One.</p><p>Two.</p></div>'));
  assert.ok(!looksLikeHtml('Use <b> for bold, the editor said, and the treaty passed.'));
  assert.ok(!looksLikeHtml('Article 5 applies if x < 3 and y > 2.'));
});

test('text sniffing: bracketed text that is not JSON stays text', () => {
  assert.equal(sniffTextFormat('[Updated 10:42] The treaty was signed.'), 'text');
  assert.equal(sniffTextFormat('{"text":"a"}\n{"text":"b"}'), 'jsonl');
  assert.equal(sniffTextFormat('Intro\n\n```\ncode\n```'), 'markdown');
  assert.equal(sniffTextFormat('See [one](http://a.example) and [two](http://b.example).'), 'markdown');
  assert.equal(sniffTextFormat('PORT CITY, May 2 - The treaty was signed.'), 'text');
});

test('format by media type (parameters ignored), for a name without a known extension', () => {
  assert.equal(formatFromMediaType('text/markdown; charset=UTF-8'), 'markdown');
  assert.equal(formatFromMediaType('Application/XHTML+XML'), 'html');
  assert.equal(formatFromMediaType('application/x-ndjson'), 'jsonl');
  assert.equal(formatFromMediaType('application/octet-stream'), null);
  assert.equal(formatFromMediaType(undefined), null);
  assert.equal(mediaTypeCharset('text/plain; charset="windows-1251"'), 'windows-1251');
  assert.equal(mediaTypeCharset('text/plain'), null);
});
