import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publisherName } from './publisher-name.ts';

test('publisherName: public bodies and civic groups, in every language, with their lowercase words', () => {
  for (const name of [
    'Office of the High Commissioner for Refugees',
    'Landesregierung Kärnten',
    'Ministère de la Transition écologique',
    'Consejo Nacional de la Magistratura',
    'Правительство Республики Армения',
    'هيئة الموانئ والنقل البحري',
    'Observatoire des traités africains',
  ]) {
    assert.equal(publisherName(name), name);
  }
});

test('publisherName: the name before a description or a section; headlines and menus are no names', () => {
  assert.equal(publisherName('Secretariat of the Pacific Community | Newsroom'), 'Secretariat of the Pacific Community');
  assert.equal(publisherName('Agence béninoise de presse, l’agence officielle du Bénin'), 'Agence béninoise de presse');
  for (const line of [
    'Ministry of Health warns of shortages',
    'Правительство одобрило проект соглашения',
    'Le ministère dément tout accord',
    'هيئة الموانئ تعلن عن خطة جديدة',
    'Home | Institute | Contact',
    'Press release',
  ]) {
    assert.equal(publisherName(line), null, line);
  }
});
