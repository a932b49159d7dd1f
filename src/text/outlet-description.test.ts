import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOutletDescription } from './outlet-description.ts';

test('isOutletDescription: an outlet saying what it is and whom it serves, in every language', () => {
  for (const line of [
    'The official news agency of the Democratic Republic of the Congo',
    'Государственное информационное агентство Республики Таджикистан',
    'Staatliche Nachrichtenagentur Usbekistans',
    'L’agence de presse officielle de la Guinée',
    'Agencia oficial de noticias del Paraguay',
    'وكالة الأنباء الرسمية لدولة الكويت',
    'Quotidien régional de l’Ouest',
  ]) {
    assert.ok(isOutletDescription(line), line);
  }
});

test('isOutletDescription: headlines about an agency and sentences are not descriptions', () => {
  for (const line of [
    'State news agency reports the treaty vote',
    'Государственное агентство сообщило о ратификации',
    'The national news agency said the treaty was signed on 3 May.',
    'Agencia oficial de noticias confirma la firma',
  ]) {
    assert.ok(!isOutletDescription(line), line);
  }
});
