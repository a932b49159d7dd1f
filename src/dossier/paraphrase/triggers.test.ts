import assert from 'node:assert/strict';
import { test } from 'node:test';
import { triggersIn } from './triggers.ts';

const read = (text: string, language: string | null) => triggersIn(text, language).map((t) => [t.trigger, text.slice(t.start, t.end)]);

test('how an action is set off, in five languages', () => {
  assert.deepEqual(read('It shall be automatically extended for five years', 'en'), [['automatic', 'automatically']]);
  assert.deepEqual(read('consultations at the request of either Party', 'en'), [['on-request', 'at the request']]);
  assert.deepEqual(read('продлевается автоматически на пять лет', 'ru'), [['automatic', 'автоматически']]);
  assert.deepEqual(read('консультации по просьбе любой из сторон', 'ru'), [['on-request', 'по просьбе']]);
  assert.deepEqual(read('verlängert sich stillschweigend um fünf Jahre', 'de'), [['automatic', 'stillschweigend']]);
  assert.deepEqual(read('Konsultationen auf Ersuchen einer Vertragspartei', 'de'), [['on-request', 'auf Ersuchen']]);
  assert.deepEqual(read("prorogé d'un commun accord", 'fr'), [['mutual-agreement', "d'un commun accord"]]);
  assert.deepEqual(read('se prorroga de mutuo acuerdo', 'es'), [['mutual-agreement', 'de mutuo acuerdo']]);
  assert.deepEqual(read('consultas a petición de cualquiera de las partes', 'es'), [['on-request', 'a petición']]);
});

test('words that only contain a trigger phrase are no trigger', () => {
  assert.deepEqual(read('the automaton', 'en'), []);
  assert.deepEqual(read('nonautomatic', 'en'), []);
});
