import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './language.ts';

const EN =
  'Arland and Borvia on Friday signed a treaty that commits each country to come to the other’s aid if its territory or state ships in the strait are attacked.';
const RU = 'Федеральный сейм Остмарка в среду одобрил Договор о морском сотрудничестве и взаимной безопасности с Республикой Валдория, подписанный 14 марта.';
const DE =
  'Die Präsidentin der Republik Arland hat am Dienstag das Gesetz zur Ratifizierung des Vertrags über maritime Zusammenarbeit und gegenseitige Sicherheit unterzeichnet.';

test('language: trigrams of the body, as ISO 639-1', () => {
  assert.equal(detectLanguage(EN, {}).value, 'en');
  assert.equal(detectLanguage(RU, {}).value, 'ru');
  assert.equal(detectLanguage(DE, {}).value, 'de');
});

test('language: a declared language agrees or is overruled by enough text; it decides for short texts', () => {
  assert.match(detectLanguage(EN, { language: 'en-US' }).evidence, /as the page declares/);
  assert.equal(detectLanguage(`${EN} ${EN} ${EN}`, { language: 'de' }).value, 'en');
  assert.equal(detectLanguage('Treaty signed', { language: 'en_GB' }).value, 'en');
});

test('language: short texts fall back to a single-language script, else null', () => {
  assert.equal(detectLanguage('Договор подписан', {}).value, 'ru');
  assert.equal(detectLanguage('조약 서명', {}).value, 'ko');
  assert.equal(detectLanguage('معاهدة', {}).value, 'ar');
  assert.equal(detectLanguage('Treaty signed', {}).value, null);
});
