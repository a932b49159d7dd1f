import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { htmlHints, siteFromTitle, stripSiteFromTitle } from './hints.ts';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

test('htmlHints: meta tags, <html lang> and <title> of the eval page', () => {
  const hints = htmlHints(
    doc(`<html lang="en"><head><title>Harbour Treaty enters into force | The Channel Times Online</title>
      <meta name="author" content="Lukas Aaro"><meta property="article:published_time" content="2031-07-31T09:15:00+02:00">
      <meta property="og:site_name" content="The Channel Times Online"></head><body></body></html>`),
  );
  assert.deepEqual(hints, {
    title: 'Harbour Treaty enters into force',
    outlet: 'The Channel Times Online',
    author: 'Lukas Aaro',
    published: '2031-07-31T09:15:00+02:00',
    url: null,
    language: 'en',
    section: null,
  });
});

test('htmlHints: JSON-LD NewsArticle in a @graph, broken JSON-LD skipped, author URL ignored', () => {
  const ld = JSON.stringify({
    '@graph': [
      { '@type': 'WebSite', name: 'x' },
      {
        '@type': 'OpinionNewsArticle',
        headline: 'Pact signed',
        datePublished: '2024-06-20',
        author: [{ name: 'Jane Roe' }, { name: 'John Doe' }],
        publisher: { name: 'Daily Planet' },
        inLanguage: 'fr-FR',
      },
    ],
  });
  const hints = htmlHints(
    doc(
      `<html><head><meta name="author" content="https://example.org/jane"><script type="application/ld+json">{broken</script><script type="application/ld+json">${ld}</script></head><body></body></html>`,
    ),
  );
  assert.equal(hints.title, 'Pact signed');
  assert.equal(hints.author, 'Jane Roe, John Doe');
  assert.equal(hints.outlet, 'Daily Planet');
  assert.equal(hints.published, '2024-06-20');
  assert.equal(hints.language, 'fr-FR');
  assert.equal(hints.section, 'Opinion');
});

test('stripSiteFromTitle: the site part goes, by name or as a short last part', () => {
  assert.equal(stripSiteFromTitle('Pact signed in the capital | Daily Planet', 'Daily Planet'), 'Pact signed in the capital');
  assert.equal(stripSiteFromTitle('Daily Planet - Pact signed in the capital', 'Daily Planet'), 'Pact signed in the capital');
  assert.equal(stripSiteFromTitle('Pact signed in the capital – Planet', null), 'Pact signed in the capital');
  assert.equal(stripSiteFromTitle('Pact signed', null), 'Pact signed');
});

test('siteFromTitle: the part of the title beside the stated headline is the site', () => {
  assert.equal(siteFromTitle('Two states sign a lake treaty | Great Lakes Dispatch', 'Two states sign a lake treaty'), 'Great Lakes Dispatch');
  assert.equal(siteFromTitle('Deux États signent un traité - Le Phare', 'Deux États signent un traité'), 'Le Phare');
  // A title that is not the headline plus one part names no site.
  assert.equal(siteFromTitle('World | Two states sign a lake treaty | Dispatch', 'Two states sign a lake treaty'), null);
  assert.equal(siteFromTitle('Two states sign a lake treaty', 'Two states sign a lake treaty'), null);
});
