import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { related } from './related.ts';

test('related: the heading and the short items under it are cut, nothing after them', () => {
  const text = [
    'The treaty has twelve articles.',
    'Related news',
    '- Borvia fishing fleet reports record spring catch',
    '- Federal Diet to debate port investment law',
    '- Weather: storm warning for the northern coast',
    '(c) 2031 OSA. All rights reserved.',
  ].join('\n');
  const out = cleanText(text, [related]);
  assert.equal(out.body, 'The treaty has twelve articles.\n(c) 2031 OSA. All rights reserved.');
  assert.equal(out.removed[0].text.split('\n').length, 4);
});

test('related: other-language headings and one-line teasers', () => {
  const text = 'Читайте также\nПарламент обсудит закон о портах\n\nRead also: Ferry timetable changes for August\nThe treaty entered into force on Thursday, thirty days after the exchange.';
  assert.equal(cleanText(text, [related]).body, 'The treaty entered into force on Thursday, thirty days after the exchange.');
});

test('related: a list stops at the first sentence of the report', () => {
  const text = 'Most read\nThe two sides will consult without delay when either of them sees a threat to its security, officials said.';
  assert.equal(cleanText(text, [related]).body, 'The two sides will consult without delay when either of them sees a threat to its security, officials said.');
});
