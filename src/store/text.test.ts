import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pgSafe, toPgJson } from './text.ts';

test('NUL and unpaired surrogates become U+FFFD, one code unit for one; pairs stay', () => {
  assert.equal(pgSafe('A\u0000B \uD800 tail \uDC00.'), 'A\uFFFDB \uFFFD tail \uFFFD.');
  assert.equal(pgSafe('\uDC00\uD800x\uD83C'), '\uFFFD\uFFFDx\uFFFD');
  assert.equal(pgSafe('wave 🌊 Договор'), 'wave 🌊 Договор');
});

test('toPgJson is the JSON of the pgSafe value, escaped backslashes left alone', () => {
  const values = ['A\u0000B \uD800 tail \uDC00.', 'ok 🌊', '\uDC00\uD800', 'x\uD83C', '\\u0000 is text', '\\\u0000', 'tab\there \u0001', 'Договор'];
  for (const value of values) {
    const json = toPgJson({ value, list: [value] });
    assert.deepEqual(JSON.parse(json), { value: pgSafe(value), list: [pgSafe(value)] }, JSON.stringify(value));
    assert.doesNotMatch(json, /(?<!\\)(\\\\)*\\u(0000|d[89a-f])/i);
  }
});
