import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArticleRefs } from './index.ts';

const read = (text: string) => findArticleRefs(text, { language: null, previous: [] });
const ours = (text: string) => read(text).refs.map((r) => r.number);

test('ko "제4조", "제4조 제2항"; "조" alone (trillion) is no article', () => {
  assert.deepEqual(ours('조약 제4조는 상호 원조를 규정한다.'), [4]);
  const [p] = read('제4조 제2항에 따르면').refs;
  assert.deepEqual([p.number, p.paragraph], [4, 2]);
  assert.deepEqual(ours('교역 규모는 4조 원에 이른다.'), []);
  assert.deepEqual(ours('유엔헌장 제51조에 따라'), []);
  assert.deepEqual(
    read('유엔헌장 제51조에 따라').foreign.map((f) => f.number),
    [51],
  );
});

test('ar "المادة 4", "المادة (٤)", "المادتين 3 و4", "المادة الرابعة"', () => {
  assert.deepEqual(ours('تنص المادة 4 من المعاهدة على'), [4]);
  assert.deepEqual(ours('وفقا للمادة (٤)'), [4]);
  assert.deepEqual(ours('المادتين 3 و4'), [3, 4]);
  assert.deepEqual(ours('المادة الرابعة من المعاهدة'), [4]);
  assert.deepEqual(ours('وفقا للمادة 51 من ميثاق الأمم المتحدة'), []);
  assert.deepEqual(
    read('وفقا للمادة 51 من ميثاق الأمم المتحدة').foreign.map((f) => f.number),
    [51],
  );
});

test('ar ordinal words past ten, in the forms reports write them', () => {
  assert.deepEqual(ours('تنص المادة الرابعة عشرة على مدة المعاهدة'), [14]);
  assert.deepEqual(ours('وفقا للمادة الرابعة عشر من المعاهدة'), [14]);
  assert.deepEqual(ours('المادة الحادية والعشرون'), [21]);
  assert.deepEqual(ours('المادة السادسة من معاهدة عدم انتشار الأسلحة النووية'), []);
  assert.deepEqual(ours('المادة الخامسة من حلف شمال الأطلسي'), []);
});
