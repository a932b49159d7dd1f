// The page's download links and source links, built in a DOM made by linkedom (no browser needed).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { FORMATS } from '../../src/export/index.ts';

before(() => {
  const { document, Node } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document, Node });
});

test('a download link for every export format, each a same-origin file download', async () => {
  const { DOWNLOADS, downloadsSection } = await import('../../web/src/downloads.ts');
  assert.deepEqual(
    DOWNLOADS.map((d) => d.format),
    [...FORMATS],
  );
  const nav = downloadsSection((format, full) => `/api/dossier?format=${format}${full ? '&full=1' : ''}&collection=x`);
  const links = Array.from(nav.querySelectorAll('a'));
  assert.equal(links.length, FORMATS.length);
  for (const a of links) {
    assert.ok(a.hasAttribute('download'));
    assert.match(a.getAttribute('href')!, /^\/api\/dossier\?format=[\w-]+(&full=1)?&collection=x$/);
  }
  assert.equal(links.find((a) => a.dataset.format === 'json')!.getAttribute('href'), '/api/dossier?format=json&full=1&collection=x');
  assert.equal(links.find((a) => a.dataset.format === 'ics')!.textContent, 'Calendar (ICS)');
});

test("a source's address is a link only for http and https, with noopener, noreferrer and nofollow", async () => {
  const { externalLink } = await import('../../web/src/dom.ts');
  const link = externalLink('https://harbour-wire.example/a?b=1&c=<2>', 'url');
  assert.equal(link.tagName, 'A');
  assert.equal(link.getAttribute('href'), 'https://harbour-wire.example/a?b=1&c=<2>');
  assert.equal(link.getAttribute('rel'), 'noopener noreferrer nofollow');
  assert.equal(link.textContent, 'https://harbour-wire.example/a?b=1&c=<2>');
  assert.equal(externalLink('http://example.test/').tagName, 'A');
  for (const hostile of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/x',
    'not a url',
  ]) {
    const node = externalLink(hostile, 'url');
    assert.equal(node.tagName, 'SPAN', hostile);
    assert.equal(node.getAttribute('href'), null);
    assert.equal(node.textContent, hostile);
  }
});
