import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findArticleRefs } from './index.ts';

const read = (text: string) => findArticleRefs(text, { language: 'ru', previous: [] });
const ours = (text: string) => read(text).refs.map((r) => r.number);

test('ru article in every case', () => {
  assert.deepEqual(ours('Статья 4'), [4]);
  assert.deepEqual(ours('Об этом говорится в статье 4 договора.'), [4]);
  assert.deepEqual(ours('Согласно статье 5, в случае вооружённого нападения'), [5]);
  assert.deepEqual(ours('предусмотренные статьёй 5'), [5]);
  assert.deepEqual(ours('предусмотренные статьей 5 и статьею 6'), [5, 6]);
  assert.deepEqual(ours('положения статьи 7'), [7]);
  assert.deepEqual(ours('ст. 8 договора'), [8]);
});

test('ru lists, ranges, paragraphs and ordinals', () => {
  assert.deepEqual(ours('статьи 3 и 4 договора'), [3, 4]);
  assert.deepEqual(ours('статьями 3–5'), [3, 4, 5]);
  const [ref] = read('пункт 2 статьи 4').refs;
  assert.deepEqual([ref.number, ref.paragraph], [4, 2]);
  assert.deepEqual(ours('в четвёртой статье договора'), [4]);
  assert.deepEqual(ours('Третья статья гласит'), [3]);
  assert.deepEqual(ours('в пяти статьях'), []);
});

test('ru other instruments: "статьёй 51 Устава ООН", dated agreements', () => {
  const r = read('другая сторона оказывает ей помощь, включая военную, в соответствии со статьёй 51 Устава ООН.');
  assert.deepEqual(r.refs, []);
  assert.deepEqual(r.foreign.map((f) => `${f.number}@${f.instrument}`), ['51@Устава ООН']);
  assert.deepEqual(ours('статья 5 соглашения 2009 года'), []);
  assert.deepEqual(ours('статья 2 Вашингтонского договора'), []);
  assert.deepEqual(ours('статья 4 настоящего Договора'), [4]);
  assert.deepEqual(ours('статья 1 российско-корейского договора'), [1]);
});
