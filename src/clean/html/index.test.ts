import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../index.ts';
import { extractHtml } from './index.ts';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour Treaty enters into force | The Channel Times Online</title>
<meta property="og:site_name" content="The Channel Times Online"></head><body>
<div id="cookie-banner">We use cookies to improve your experience on our site. <button>Accept all</button></div>
<header><a href="/" class="logo">The Channel Times Online</a><nav><ul><li><a href="/news">News</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
<main><article><h1>Harbour Treaty enters into force</h1><p class="byline">By Lukas Aaro, 31 July 2031</p>
<p>The Treaty on Maritime Cooperation and Mutual Security entered into force on Thursday, thirty days after the two governments exchanged their instruments of ratification.</p>
<p>Fishing associations on both sides of the strait welcomed the treaty's promise of equal access to ports, which they said would end years of disputes over landing fees.</p>
<p>To mark the occasion, the two countries opened the joint maritime information centre that Article 7 of the treaty provides for.</p></article>
<aside><h2>Most read</h2><ul><li>Ferry timetable changes for August</li></ul></aside></main>
<footer><p>&copy; 2031 The Channel Times Online. All rights reserved.</p><p>Privacy policy | Terms of use | Contact us</p></footer></body></html>`;

test('extractHtml: the headline first, the article paragraphs, and every dropped region in removed', () => {
  const out = extractHtml(PAGE);
  const paragraphs = out.text.split('\n\n');
  assert.equal(paragraphs[0], 'Harbour Treaty enters into force');
  assert.ok(out.text.includes('Fishing associations on both sides of the strait'));
  for (const junk of ['We use cookies', 'Subscribe now', 'Ferry timetable', 'Privacy policy']) assert.ok(!out.text.includes(junk), junk);
  assert.deepEqual(
    out.removed.map((r) => r.why),
    ['cookie', 'masthead', 'navigation', 'related', 'footer'],
  );
  assert.equal(out.hints.outlet, 'The Channel Times Online');
});

test('extractHtml: fragments and broken markup still give their text', () => {
  const out = extractHtml('<p>Unclosed <b>bold <div>and a div<p>Second paragraph without closing');
  assert.equal(out.text, 'Unclosed bold\n\nand a div\n\nSecond paragraph without closing');
  assert.equal(extractHtml('').text, '');
});

test('extractHtml: Readability’s byline becomes the author hint; the byline line goes in the clean stage', () => {
  const html = `<html><body><div class="content"><h1>Putin and Kim sign pact</h1><div class="meta"><span class="author">By Jane Roe</span> <span>June 19, 2024</span></div>
    <p>Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact on Wednesday, state media said.</p>
    <p>The treaty obliges each side to provide military assistance if the other is attacked, according to the text published on Thursday.</p></div></body></html>`;
  const out = extractHtml(html);
  assert.equal(out.hints.author, 'Jane Roe');
  const cleaned = cleanDocument({ file: 'x.html', sha256: 'x', format: 'html', text: null, html, hints: {}, charset: 'UTF-8', warnings: [] });
  assert.ok(!cleaned.body.includes('Jane Roe'));
  assert.ok(cleaned.removed.some((r) => r.why === 'byline' && r.text.includes('By Jane Roe')));
});

test('extractHtml: a logo set in an h1 is not the headline', () => {
  const html = `<html><head><meta property="og:title" content="Pact signed in the capital"></head><body><header><h1 class="logo">Daily Planet</h1></header><article><h1>Pact signed in the capital</h1>
    <p>The two countries signed a pact on Thursday that commits them to consult each other whenever either faces a threat, officials said.</p>
    <p>The treaty obliges each side to provide military assistance if the other is attacked, according to the text published on Thursday.</p></article></body></html>`;
  assert.ok(extractHtml(html).text.startsWith('Pact signed in the capital\n\nThe two countries'));
});
