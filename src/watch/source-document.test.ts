import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atom, jsonFeed, newsSitemap, rdf, rss, sitemapIndex } from './feeds.fixture.ts';
import { readSourceDocument } from './source-document.ts';

const BASE = 'https://courier.example';
const PATHS = ['/news/strait-treaty-signed', '/news/fisheries-accord'];
const URLS = PATHS.map((p) => `${BASE}${p}`);

test('each feed format lists its items as page addresses, with their titles and dates', () => {
  for (const [make, format] of [
    [rss, 'rss'],
    [atom, 'atom'],
    [rdf, 'rdf'],
    [jsonFeed, 'json'],
  ] as const) {
    const doc = readSourceDocument(make(BASE, PATHS), `${BASE}/feed`);
    assert.equal(doc.kind, 'feed', format);
    assert.equal(doc.kind === 'feed' && doc.format, format);
    const entries = doc.kind === 'feed' ? doc.entries : [];
    assert.deepEqual(
      entries.map((e) => e.url),
      URLS,
      format,
    );
    assert.equal(entries[0].title, 'Varnessa and Tollund sign Lumen Strait treaty', format);
    assert.ok(entries[0].version?.includes('2031'), format);
  }
});

test('an Atom entry is its alternate HTML link, resolved against the feed address; the enclosure is not an entry', () => {
  const doc = readSourceDocument(atom(BASE, ['/news/strait-treaty-de']), `${BASE}/feeds/atom.xml`);
  assert.deepEqual(doc.kind === 'feed' && doc.entries.map((e) => e.url), [`${BASE}/news/strait-treaty-de`]);
});

test('a news sitemap lists its pages with the news title and publication date; an index lists its sitemaps', () => {
  const doc = readSourceDocument(newsSitemap(BASE, PATHS), `${BASE}/news-sitemap.xml`);
  assert.equal(doc.kind, 'sitemap');
  const entries = doc.kind === 'sitemap' ? doc.entries : [];
  assert.deepEqual(
    entries.map((e) => [e.url, e.title, e.version]),
    [
      [URLS[0], 'Varnessa and Tollund sign Lumen Strait treaty', '2031-06-01'],
      [URLS[1], 'Norhaven and Brevland agree on herring quotas', '2031-06-01'],
    ],
  );
  const index = readSourceDocument(sitemapIndex(BASE, ['/sitemap-1.xml', '/sitemap-2.xml']), `${BASE}/sitemap.xml`);
  assert.deepEqual(index.kind === 'sitemap-index' && index.sitemaps.map((s) => s.url), [`${BASE}/sitemap-1.xml`, `${BASE}/sitemap-2.xml`]);
});

test('links that are not http(s) pages are left out; a page listed twice is one entry', () => {
  const feed = `<rss version="2.0"><channel><title>x</title><link>${BASE}</link><description>d</description>
    <item><title>a</title><link>javascript:alert(1)</link></item>
    <item><title>b</title><link>ftp://files.example/report.txt</link></item>
    <item><title>c</title><link>${BASE}/news/a#comments</link></item>
    <item><title>d</title><link>${BASE}/news/a</link></item></channel></rss>`;
  const doc = readSourceDocument(feed, BASE);
  assert.deepEqual(doc.kind === 'feed' && doc.entries.map((e) => e.url), [`${BASE}/news/a`]);
});

test('malformed XML and text that is no feed fail with one clear sentence', () => {
  assert.throws(() => readSourceDocument('<rss version="2.0"><channel><item><title>cut off</item>', BASE), /not a readable feed or sitemap/);
  assert.throws(() => readSourceDocument('<html><body>Hello</body></html>', BASE), /not a readable feed or sitemap: Unrecognized/);
  assert.throws(() => readSourceDocument('<urlset><url><loc>x</loc></urlset>', BASE), /malformed XML/);
});
