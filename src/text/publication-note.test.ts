import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aboutNote, publicationNote, readingNote } from './publication-note.ts';

test('publicationNote: a bulletin names itself, in several languages', () => {
  assert.equal(publicationNote('Harbour Notes is published every Friday.'), 'Harbour Notes');
  assert.equal(publicationNote('Der Ostbrief erscheint wöchentlich.'), 'Der Ostbrief');
  assert.equal(publicationNote('La Lettre du Rhône paraît chaque lundi.'), 'La Lettre du Rhône');
  assert.equal(publicationNote('«Уральский вестник» выходит еженедельно.'), 'Уральский вестник');
  assert.equal(publicationNote('El Boletín Andino se publica cada martes.'), 'El Boletín Andino');
});

test('publicationNote: sentences of a report are not notes', () => {
  assert.equal(publicationNote('The treaty is published in the official gazette.'), null);
  assert.equal(publicationNote('the bulletin is published weekly.'), null);
});

test('publicationNote: a bulletin that says what it is', () => {
  assert.equal(publicationNote('Harbour Notes is a free briefing on shipping in the Baltic.'), 'Harbour Notes');
  assert.equal(publicationNote('Der Ostbrief ist ein unabhängiger Informationsdienst.'), 'Der Ostbrief');
  assert.equal(publicationNote('The minister is a former diplomat.'), null);
});

test('readingNote: a site telling the reader its name, in six languages; a sentence about reading is none', () => {
  assert.equal(readingNote('You are now reading The Fenland Courier.'), 'The Fenland Courier');
  assert.equal(readingNote('Vous lisez La Gazette de Brabant'), 'La Gazette de Brabant');
  assert.equal(readingNote('Estás leyendo El Heraldo Austral.'), 'El Heraldo Austral');
  assert.equal(readingNote('Вы читаете «Уральский курьер»'), 'Уральский курьер');
  assert.equal(readingNote('Sie lesen den Alpenboten.'), 'Alpenboten');
  assert.equal(readingNote('أنت تقرأ جريدة الوادي'), 'جريدة الوادي');
  assert.equal(readingNote('You are reading the treaty wrong, the minister said.'), null);
  assert.equal(readingNote('You are reading the protocol.'), null);
});

test('aboutNote: a publisher named with its article ("About the X Institute:", "Über das Institut Y:")', () => {
  assert.equal(aboutNote('About the Varga Institute: an independent research centre on water law.'), 'Varga Institute');
  assert.equal(aboutNote('Über das Nordinstitut: ein unabhängiges Forschungsinstitut in Kiel.'), 'Nordinstitut');
  assert.equal(aboutNote('About the treaty: it was signed in May.'), null);
});
