// An agency's sentence about itself at its foot ("X — federal state news agency", "X - the official news agency of
// Y"), written for these tests: invented agencies, agreements outside the eval cases. It decides state media even
// when nothing else names the outlet, and when the clean stage cut it together with a list of related headlines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../../clean/index.ts';
import type { RawDocument } from '../../types.ts';
import { extractMeta } from '../index.ts';
import { retypeSource } from './index.ts';

function typed(text: string, outlet?: string): [string | null, string | null] {
  const raw: RawDocument = { file: 'x.txt', sha256: 'x', format: 'text', text, html: null, hints: {}, charset: 'UTF-8', warnings: [] };
  const cleaned = cleanDocument(raw);
  const doc = { ...extractMeta(raw, cleaned), url: null, body: cleaned.body, removed: cleaned.removed };
  if (outlet !== undefined) assert.equal(doc.outlet, outlet);
  const found = retypeSource(doc, { register: { outlets: [], defaults: false } });
  return [found.source_type, found.source_state];
}

test('ru: «X — федеральное государственное информационное агентство» at the foot, the state from the dateline', () => {
  const text = [
    'ГЛАВНАЯ | ПОЛИТИКА | ОБЩЕСТВО | СПОРТ',
    '',
    'Совет Федерации одобрил соглашение о рыболовстве',
    '',
    'МОСКВА, 3 марта. /Агентство «Волжский вестник»/. Совет Федерации в среду одобрил закон о ратификации соглашения о сотрудничестве в области рыболовства в северной части Тихого океана.',
    '',
    'Соглашение вступит в силу через тридцать дней после обмена нотами.',
    '',
    'Агентство «Волжский вестник» — федеральное государственное информационное агентство.',
    'Перепечатка материалов только с разрешения редакции.',
  ].join('\n');
  assert.deepEqual(typed(text, 'Агентство «Волжский вестник»'), ['state-media', 'RU']);
});

test('ar: the official agency line cut with the related headlines above it still describes the outlet', () => {
  const text = [
    'الرئيسية | سياسة | اقتصاد | رياضة',
    'وكالة أنباء الواحة',
    '',
    'مجلس الشورى يقر اتفاقية الصيد البحري',
    '',
    'مسقط في 4 مارس - أقر مجلس الشورى اليوم الأربعاء اتفاقية التعاون في مجال الصيد البحري الموقعة مع الجمهورية اليمنية، على أن تدخل حيز التنفيذ بعد تبادل وثائق التصديق.',
    '',
    'اقرأ أيضا:',
    '- وزير الزراعة يفتتح معرض التمور',
    '- ارتفاع أسعار النفط في الأسواق',
    'وكالة أنباء الواحة - الوكالة الرسمية للأنباء في سلطنة عمان',
    'جميع الحقوق محفوظة © وكالة أنباء الواحة',
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'OM']);
});

test('en: "X - the official news agency of Y" as the last line, with no masthead', () => {
  const text = [
    'Parliament ratifies the Tanganyika fisheries convention',
    '',
    'DODOMA, March 4 - The National Assembly on Wednesday ratified the convention on the sustainable management of the fisheries of Lake Tanganyika, which the four riparian states signed in Dar es Salaam.',
    '',
    'The convention enters into force on the ninetieth day after the fourth ratification.',
    '',
    'Kilima Press Service - the official news agency of the United Republic of Tanzania',
  ].join('\n');
  assert.deepEqual(typed(text, 'Kilima Press Service'), ['state-media', 'TZ']);
});

test('a report that quotes another agency describing itself keeps its own type', () => {
  const text = [
    'Parliament ratifies the Tanganyika fisheries convention',
    '',
    'GENEVA, March 4 (Harrow News Agency) - The National Assembly of Tanzania on Wednesday ratified the convention on the fisheries of Lake Tanganyika, a spokesman told the official news agency of the country.',
    '',
    'The convention enters into force on the ninetieth day after the fourth ratification, officials said in a long statement that listed every step.',
  ].join('\n');
  assert.deepEqual(typed(text), ['wire', null]);
});
