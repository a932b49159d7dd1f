import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { separator } from './separator.ts';

test('separator: "§" section breaks between paragraphs of a column are cut', () => {
  const text = 'The agreement builds on earlier treaties.\n§\nOne wonders if the agreement is a coming out party.\n§\nThe treaty is a further sign.';
  const out = cleanText(text, [separator]);
  assert.equal(out.body, 'The agreement builds on earlier treaties.\nOne wonders if the agreement is a coming out party.\nThe treaty is a further sign.');
  assert.deepEqual(
    out.removed.map((r) => r.why),
    ['separator', 'separator'],
  );
});

test('separator: asterisk and dash rules go, lines with letters or digits stay', () => {
  const out = cleanText('* * *\n---\n- Point one\n2024\n***', [separator]);
  assert.equal(out.body, '- Point one\n2024');
});
