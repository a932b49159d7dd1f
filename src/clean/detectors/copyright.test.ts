import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { copyright } from './copyright.ts';

test('copyright: copyright, reproduction and standards lines are cut', () => {
  const text = [
    'It will replace a 2009 agreement on fisheries and port cooperation.',
    'Our Standards: The Compass Press Trust Principles.',
    '(c) 2031 OSA. All rights reserved. Reproduction only with a hyperlink to OSA.',
    '© 2024 Some Daily. Все права защищены.',
  ].join('\n');
  assert.equal(cleanText(text, [copyright]).body, 'It will replace a 2009 agreement on fisheries and port cooperation.');
});

test('copyright: a sentence of the report about copyright law is kept', () => {
  const text =
    'The treaty also commits both sides to protect copyright and to cooperate against the reproduction of counterfeit goods in their ports.\nThe two sides will meet again in May.';
  assert.equal(cleanText(text, [copyright]).body, text);
});

test('copyright: short sentences that mention the words are kept unless they end the page', () => {
  const text = 'The treaty also covers copyright.\nReproduction of fishing stocks is a shared goal.\nThe sides will meet in May.\nPrivacy policy | Contact';
  assert.equal(
    cleanText(text, [copyright]).body,
    'The treaty also covers copyright.\nReproduction of fishing stocks is a shared goal.\nThe sides will meet in May.',
  );
});

test('copyright: reuse notices in several languages', () => {
  const lines = [
    'Use of materials is permitted only with a hyperlink to Riverside Courier.',
    'При использовании материалов ссылка на «Северный вестник» обязательна.',
    'Prohibida su reproducción total o parcial.',
    'Nachdruck nur mit Genehmigung der Redaktion.',
    'جميع الحقوق محفوظة لموقع النهار اليومي',
  ];
  for (const l of lines) assert.equal(cleanText(`The accord enters into force in May.\n${l}`, [copyright]).body, 'The accord enters into force in May.', l);
});

test('copyright: a wire’s "(c) Copyright X 2025" line with its reuse note', () => {
  const line = '(c) Copyright Boreal Wire 2025. Click for restrictions.';
  const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [copyright]);
  assert.deepEqual(
    out.removed.map((r) => r.text),
    [line],
  );
});
