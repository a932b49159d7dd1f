import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArticleRefs } from './index.ts';

const read = (text: string, title: string | null = null) => findArticleRefs(text, { language: 'de', previous: [], title });
const ours = (text: string, title: string | null = null) => read(text, title).refs.map((r) => r.number);

test('de "Artikel 4", "Art. 4", "nach Artikel 12"', () => {
  assert.deepEqual(ours('Nach Artikel 5 leisten die Vertragsparteien einander Hilfe'), [5]);
  assert.deepEqual(ours('dass der Vertrag nach Artikel 12 automatisch um jeweils fünf Jahre verlängert wird'), [12]);
  assert.deepEqual(ours('gemäß Art. 4 des Vertrags'), [4]);
  assert.deepEqual(ours('die Artikel 3 und 4'), [3, 4]);
  assert.deepEqual(ours('Artikel 3 bis 5'), [3, 4, 5]);
});

test('de paragraphs and ordinals', () => {
  const [a] = read('Art. 4 Abs. 2 des Vertrags').refs;
  assert.deepEqual([a.number, a.paragraph], [4, 2]);
  const [b] = read('Absatz 2 des Artikels 4').refs;
  assert.deepEqual([b.number, b.paragraph], [4, 2]);
  assert.deepEqual(ours('im vierten Artikel des Vertrags'), [4]);
});

test('de other instruments', () => {
  assert.deepEqual(
    read('Artikel 5 des Abkommens von 2009').foreign.map((f) => f.number),
    [5],
  );
  assert.deepEqual(ours('Artikel 5 des Abkommens von 2009'), []);
  assert.deepEqual(ours('Artikel 51 der UN-Charta'), []);
  assert.deepEqual(ours('Artikel 51 der Charta der Vereinten Nationen'), []);
  assert.deepEqual(ours('Artikel 5 des Nordatlantikvertrags'), []);
  assert.deepEqual(ours('Artikel 5 des Washingtoner Vertrags'), []);
  assert.deepEqual(ours('Artikel 5 des Vertrags'), [5]);
  assert.deepEqual(ours('Artikel 5 dieses Abkommens'), [5]);
  assert.deepEqual(ours('Artikel 5 des Seesicherheitsvertrags', 'Valdoria ratifiziert Seesicherheitsvertrag mit Ostmark'), [5]);
});

test('de Roman numerals and lists', () => {
  assert.deepEqual(ours('Artikel XIV regelt die Laufzeit des Vertrags.'), [14]);
  assert.deepEqual(ours('gemäß Art. XII des Abkommens'), [12]);
  assert.deepEqual(ours('Die Artikel V und VI betreffen Inspektionen.'), [5, 6]);
  assert.deepEqual(ours('Artikel II bis IV'), [2, 3, 4]);
  assert.deepEqual(ours('Seit dem Zweiten Weltkrieg und seit Ludwig XIV.'), []);
});

test('de ordinals without a determiner and number words', () => {
  assert.deepEqual(ours('Ein vierter Artikel regelt die Konsultationen.'), [4]);
  assert.deepEqual(ours('Vierter Artikel: Konsultationen'), [4]);
  assert.deepEqual(ours('Artikel vier des Abkommens sieht Konsultationen vor.'), [4]);
  assert.deepEqual(ours('In einem Artikel vier Tage später hieß es anders.'), []);
  assert.deepEqual(ours('Der Vertrag hat acht Artikel.'), []);
});

test('de other instruments: compounds, Roman numerals, relative clauses', () => {
  assert.deepEqual(ours('Artikel VI des Atomwaffensperrvertrags verpflichtet zur Abrüstung.'), []);
  assert.deepEqual(ours('nach Artikel 76 des Seerechtsübereinkommens'), []);
  assert.deepEqual(
    read('Anders als der Rio-Pakt, dessen Artikel 3 einen Angriff auf einen als Angriff auf alle wertet, fehlt hier eine Beistandsklausel.').foreign.map(
      (f) => f.number,
    ),
    [3],
  );
  assert.deepEqual(ours('Anders als im Warschauer Vertrag, dessen Artikel 4 Beistand vorsah, bleibt der neue Pakt vage.'), []);
  assert.deepEqual(ours('Anders als der Vertrag von 1961, dessen Artikel 2 die Grenze zog, regelt das Abkommen die Fischerei.'), []);
  assert.deepEqual(ours('Die UN-Charta, deren Artikel 51 die Selbstverteidigung erlaubt, wird zitiert.'), []);
  assert.deepEqual(ours('Der Vertrag, dessen Artikel 4 Konsultationen vorsieht, wurde ratifiziert.'), [4]);
});

test('de a treaty "über" a named thing, and hyphenated names, are other instruments', () => {
  assert.deepEqual(ours('wie es Artikel 3 des Montreal-Protokolls verlangt'), []);
  assert.deepEqual(ours('nach Artikel 42 Absatz 7 des Vertrags über die Europäische Union'), []);
  assert.deepEqual(ours('gemäß Artikel 3 des Vertrags über die Zusammenarbeit zwischen der Republik Ostmark und Valdorien'), [3]);
  assert.deepEqual(ours('Artikel 3 des Vertrags über die umfassende Partnerschaft'), [3]);
});

test('de "der mit X geschlossene Vertrag, dessen Artikel" under a title about other states', () => {
  const text = 'Der Vertrag mit Bolivien, dessen Artikel 6 eine Kommission schuf, gilt weiter.';
  assert.deepEqual(ours(text, 'Peru und Ecuador unterzeichnen Flussvertrag'), []);
  assert.deepEqual(ours(text, 'Peru und Bolivien unterzeichnen Flussvertrag'), [6]);
});

test('de "die Konvention" ohne Namen ist das besprochene Abkommen; eine benannte Konvention ein anderes', () => {
  assert.deepEqual(ours('Artikel 4 der Konvention verbietet neue Staudämme.'), [4]);
  assert.deepEqual(ours('Nach Artikel 12 der Konvention berichten die Staaten alle zwei Jahre.'), [12]);
  assert.deepEqual(ours('Artikel 6 der Basler Konvention regelt solche Transporte.'), []);
});

test('de "des EU-Vertrags", eine Konvention mit Adjektiv und eine Liste mit einem Instrument am Ende', () => {
  assert.deepEqual(ours('Er verweist auf Artikel 42 Absatz 7 des EU-Vertrags.'), []);
  assert.deepEqual(ours('nach Artikel 3 und Artikel 8 der Europäischen Menschenrechtskonvention'), []);
  assert.deepEqual(ours('Artikel 3 des deutsch-polnischen Vertrags regelt die Grenze.'), [3]);
});
