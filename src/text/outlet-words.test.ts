import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOutletName, mastheadName } from './outlet-words.ts';

test('isOutletName: names made with an outlet word, in several languages and scripts', () => {
  for (const name of ['Lakeshore Policy Digest', 'Уральский телеграф', 'Ostsee-Rundschau', 'Le Courrier des Deux Rives', 'El Heraldo del Sur', 'صحيفة الوادي'])
    assert.ok(isOutletName(name), name);
  for (const name of ['Press freedom', 'Нижний Новгород', 'The treaty was signed', 'Port Kestrel']) assert.ok(!isOutletName(name), name);
});

test('mastheadName: the name part of a masthead line', () => {
  assert.equal(mastheadName('Уральский телеграф — государственное информационное агентство'), 'Уральский телеграф');
  assert.equal(mastheadName('Caspian Wire Service - Regional Desk'), 'Caspian Wire Service');
  assert.equal(mastheadName('Press freedom — what the fisheries accord says about journalists'), null);
});
