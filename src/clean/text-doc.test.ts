import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDoc, wholeLine } from './text-doc.ts';

const TEXT = 'OPINION\nThe treaty is a promise we cannot keep\n\nWhen the president signed the maritime pact, the mood was one of celebration.\nShare';

test('TextDoc: zones — header above the first paragraph, tail after the last live line', () => {
  const doc = new TextDoc(TEXT);
  assert.equal(doc.bodyStart(), 3);
  assert.ok(doc.inHeader(0) && doc.inHeader(1) && !doc.inHeader(3));
  assert.ok(!doc.inTail(3) && doc.inTail(4));
  doc.cut(wholeLine(doc, 4, 'share'));
  assert.ok(doc.inTail(3), 'cutting the last line puts the one above it in the tail');
});

test('TextDoc: result keeps the header, groups consecutive removals, leaves no gap for removed lines', () => {
  const doc = new TextDoc('Home | World | Sport\nEN | DE\nTitle of the report here\nThe sides agreed on Friday to consult each other without delay.');
  doc.cut(wholeLine(doc, 0, 'navigation'));
  doc.cut(wholeLine(doc, 1, 'navigation'));
  const r = doc.result();
  assert.equal(r.body, 'Title of the report here\nThe sides agreed on Friday to consult each other without delay.');
  assert.deepEqual(r.removed, [{ text: 'Home | World | Sport\nEN | DE', why: 'navigation' }]);
  assert.deepEqual(r.header, ['Home | World | Sport', 'EN | DE', 'Title of the report here']);
});

test('TextDoc: a span cut joins what is left with one space and never touches the sentences', () => {
  const doc = new TextDoc('The leaders met on Friday (Photo: AP) and signed it.');
  assert.ok(doc.cut({ line: 0, start: 25, end: 37, why: 'caption' }));
  assert.ok(!doc.cut({ line: 0, start: 26, end: 30, why: 'caption' }), 'a cut inside an earlier one adds nothing');
  assert.equal(doc.text(0), 'The leaders met on Friday and signed it.');
  assert.deepEqual(doc.result().removed, [{ text: '(Photo: AP)', why: 'caption' }]);
});
