import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { closeButton } from './close-button.ts';

test('close-button: a stray × above a headline is cut, the headline stays', () => {
  const out = cleanText('×\n\nFactbox-Key points of North Korea, Russia landmark strategic partnership treaty', [closeButton]);
  assert.equal(out.body, 'Factbox-Key points of North Korea, Russia landmark strategic partnership treaty');
  assert.deepEqual(out.removed, [{ text: '×', why: 'close-button' }]);
});

test('close-button: "Close" and "[x]" alone are controls; a sentence starting with Close is not', () => {
  const out = cleanText('Close\n[x]\nClose ties between the two navies were confirmed on Friday.', [closeButton]);
  assert.equal(out.body, 'Close ties between the two navies were confirmed on Friday.');
  assert.equal(out.removed.length, 1);
  assert.equal(out.removed[0].text, 'Close\n[x]');
});
