import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdown, markdownUrl } from './escape.ts';

/** What a CommonMark renderer shows for backslash escapes: the character itself. */
const shown = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

test('escapeMarkdown neutralises emphasis, links, footnotes, tables, code and raw HTML', () => {
  const raw = 'a *b* _c_ [d](e) [^1] f|g `h` <script>x</script> ~~i~~ &amp; #j';
  const out = escapeMarkdown(raw);
  assert.equal(out, 'a \\*b\\* \\_c\\_ \\[d\\](e) \\[^1\\] f\\|g \\`h\\` \\<script\\>x\\</script\\> \\~\\~i\\~\\~ \\&amp; \\#j');
  assert.equal(shown(out), raw);
});

test('escapeMarkdown folds newlines so a value cannot break out of its table cell or line', () => {
  assert.equal(escapeMarkdown('first\n\n# second\r\nthird'), 'first \\# second third');
});

test('escapeMarkdown at a line start stops list and quote markers', () => {
  assert.equal(escapeMarkdown('- Signed in May.', true), '\\- Signed in May.');
  assert.equal(escapeMarkdown('12. Article', true), '12\\. Article');
  assert.equal(escapeMarkdown('> quoted', true), '\\> quoted');
  assert.equal(escapeMarkdown('- inline', false), '- inline');
});

test('markdownUrl links only plain http(s) addresses', () => {
  assert.equal(markdownUrl('https://example.org/a?b=1&c=2'), '<https://example.org/a?b=1&c=2>');
  assert.equal(markdownUrl('javascript:alert(1)'), 'javascript:alert(1)');
  assert.equal(markdownUrl('https://x.org/<b>'), 'https://x.org/\\<b\\>');
});
