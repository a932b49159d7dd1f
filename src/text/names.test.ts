import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOrganisationName } from './names.ts';

test('isOrganisationName: names in several languages and scripts', () => {
  for (const name of [
    'Some Press',
    'Agence France-Presse',
    "L'Écho d'Afrique",
    'La Gazette rhodanienne',
    'Волжское агентство',
    'وكالة أنباء النيل',
    'Institute of Maritime Law',
  ])
    assert.ok(isOrganisationName(name), name);
});

test('isOrganisationName: phrases of prose and notes are not names', () => {
  for (const name of ['file photo', 'Updated throughout', 'The treaty was signed', 'Press freedom']) assert.ok(!isOrganisationName(name), name);
});

test('isOrganisationName: German names with their contracted particles', () => {
  for (const name of ['Kurier am Sonntag', 'Bote vom Bodensee', 'Stimme aus Franken']) assert.ok(isOrganisationName(name), name);
});
