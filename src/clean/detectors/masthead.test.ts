import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { masthead } from './masthead.ts';

test('masthead: staff lines of a site header are cut together', () => {
  const out = cleanText('Supervisor Elham AbolFateh\nEditor in Chief Mohamed Wadie\n\nN. Korea & Russia Sign Treaty for Strategic Stability and Cooperation', [
    masthead,
  ]);
  assert.equal(out.body, 'N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation');
  assert.deepEqual(out.removed, [{ text: 'Supervisor Elham AbolFateh\nEditor in Chief Mohamed Wadie', why: 'masthead' }]);
});

test('masthead: several roles on one line, and other languages', () => {
  const text = 'Editor-in-Chief: Jane Doe | Publisher: John Roe\nГлавный редактор Иван Петров\nChefredakteurin Anna Weber';
  assert.equal(cleanText(text, [masthead]).body, '');
});

test('masthead: headlines and sentences that open with a role are kept', () => {
  const text = 'Publisher Defends Coverage Of Treaty\nEditor in Chief said the treaty was signed in haste.';
  assert.equal(cleanText(text, [masthead]).body, text);
});
