import assert from 'node:assert/strict';
import { test } from 'node:test';
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
  assert.deepEqual(
    r.foreign.map((f) => `${f.number}@${f.instrument}`),
    ['51@Устава ООН'],
  );
  assert.deepEqual(ours('статья 5 соглашения 2009 года'), []);
  assert.deepEqual(ours('статья 2 Вашингтонского договора'), []);
  assert.deepEqual(ours('статья 4 настоящего Договора'), [4]);
  assert.deepEqual(ours('статья 1 российско-корейского договора'), [1]);
});

test('ru Roman numerals, including the Cyrillic "Х" typed for X', () => {
  assert.deepEqual(ours('Статья XIV определяет срок действия договора.'), [14]);
  assert.deepEqual(ours('положения статьи V о проверках'), [5]);
  assert.deepEqual(ours('в соответствии со статьёй ХII'), [12]);
  assert.deepEqual(ours('статьи II–IV устанавливают потолки'), [2, 3, 4]);
  assert.deepEqual(ours('статьи V и VI касаются инспекций'), [5, 6]);
  assert.deepEqual(ours('ст. IX договора'), [9]);
  assert.deepEqual(ours('После Второй мировой войны и при Людовике XIV'), []);
});

test('ru ordinals after the noun: "статья четвёртая"', () => {
  assert.deepEqual(ours('Статья четвёртая предусматривает консультации.'), [4]);
  assert.deepEqual(ours('согласно статье седьмой договора'), [7]);
  assert.deepEqual(ours('статьи первой главы договора'), []);
});

test('ru other instruments: named treaties, acronyms, relative clauses', () => {
  assert.deepEqual(ours('статья VI ДНЯО'), []);
  assert.deepEqual(
    read('статья VI ДНЯО обязывает к разоружению').foreign.map((f) => f.number),
    [6],
  );
  assert.deepEqual(ours('согласно статье 76 Конвенции ООН по морскому праву'), []);
  assert.deepEqual(ours('В отличие от Североатлантического договора, статья 5 которого считает нападение на одного нападением на всех, здесь этого нет.'), []);
  assert.deepEqual(ours('В отличие от Варшавского договора, чья статья 4 предусматривала помощь, новый пакт молчит.'), []);
  assert.deepEqual(ours('Договор, статья 4 которого обязывает стороны консультироваться, ратифицирован.'), [4]);
});

test('ru a treaty "о" a named thing is another instrument, unless it names the parties or is an acronym', () => {
  assert.deepEqual(ours('статья 42 Договора о Европейском союзе'), []);
  assert.deepEqual(ours('статья 4 Договора о всеобъемлющем стратегическом партнёрстве между Россией и Ираном'), [4]);
  assert.deepEqual(ours('статья XIV Договора о СНВ'), [14]);
});

test('ru "договор с X, статья которого" under a title about other states', () => {
  const text = 'Договор с Боливией, статья 6 которого учредила комиссию, по-прежнему действует.';
  assert.deepEqual(findArticleRefs(text, { language: 'ru', previous: [], title: 'Перу и Эквадор подписали договор' }).refs, []);
  assert.deepEqual(
    findArticleRefs(text, { language: 'ru', previous: [], title: 'Перу и Боливия подписали договор' }).refs.map((r) => r.number),
    [6],
  );
});

test('ru «конвенции» без названия — обсуждаемое соглашение; названная конвенция — другой документ', () => {
  assert.deepEqual(ours('Статья 4 конвенции запрещает новые плотины.'), [4]);
  assert.deepEqual(ours('Согласно статье 12 Конвенции, государства отчитываются раз в два года.'), [12]);
  assert.deepEqual(ours('статья 6 Базельской конвенции'), []);
  assert.deepEqual(ours('статья 76 Конвенции ООН по морскому праву'), []);
});
