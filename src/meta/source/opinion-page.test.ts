// Op-eds and columns written for these tests (invented writers, agreements outside the eval cases): a newspaper's
// opinion page says so in its disclaimer, its letters desk or its opinion newsletter, with no outlet named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../../clean/index.ts';
import type { RawDocument } from '../../types.ts';
import { extractMeta } from '../index.ts';
import { retypeSource } from './index.ts';

function typed(text: string): string | null {
  const raw: RawDocument = { file: 'x.txt', sha256: 'x', format: 'text', text, html: null, hints: {}, charset: 'UTF-8', warnings: [] };
  const cleaned = cleanDocument(raw);
  const doc = { ...extractMeta(raw, cleaned), url: null, body: cleaned.body, removed: cleaned.removed };
  return retypeSource(doc, { register: { outlets: [], defaults: false } }).source_type;
}

const column = (label: string, title: string, by: string, date: string, prose: string, end: string[]) =>
  [label, '', title, '', by, date, '', prose, '', prose, '', ...end].join('\n');

test('en: "the views expressed are the author\'s own" and a letters page make an op-ed press', () => {
  const text = column(
    'OPINION',
    'The Paris climate pledges need teeth',
    'By Harriet Cole',
    'March 3, 2021',
    'I have watched three rounds of pledges come and go, and each time the gap between promise and delivery grew. Governments should publish yearly progress reports that an independent panel can check.',
    ['Harriet Cole is a former diplomat. The views expressed are the author’s own.', 'Write to the letters editor | More opinion'],
  );
  assert.equal(typed(text), 'press');
});

test('de: "Gastbeiträge geben die Meinung der Autoren wieder" makes a column press', () => {
  const text = column(
    'GASTBEITRAG',
    'Warum der Atomwaffensperrvertrag eine Reform braucht',
    'Von Klaus Berger',
    '4. Mai 2022',
    'Ich halte es für einen Fehler, die Überprüfungskonferenz ohne gemeinsames Schlussdokument enden zu lassen. Die Vertragsstaaten sollten sich endlich auf verbindliche Abrüstungsschritte einigen.',
    ['Gastbeiträge geben die Meinung der Autoren wieder, nicht die der Redaktion.', 'Alle Meinungen | Leserbriefe schreiben'],
  );
  assert.equal(typed(text), 'press');
});

test("fr: « les opinions exprimées n'engagent que leur auteur » makes a tribune press", () => {
  const text = column(
    'TRIBUNE',
    "L'accord de Cotonou méritait mieux",
    'Par Hélène Garnier',
    '12 avril 2021',
    "À mon sens, l'Union européenne a négocié trop longtemps un texte qui ne change presque rien pour les pays du Pacifique. Il faudrait enfin associer les parlements nationaux au suivi de l'accord.",
    ["Les opinions exprimées dans cette tribune n'engagent que leur auteur.", 'Écrire au courrier des lecteurs'],
  );
  assert.equal(typed(text), 'press');
});

test('es: «las opiniones expresadas son responsabilidad de su autor» makes a column press', () => {
  const text = column(
    'OPINIÓN',
    'El T-MEC y la cláusula de revisión',
    'Por Andrés Molina',
    '8 de julio de 2022',
    'Creo que la revisión conjunta de 2026 será la verdadera prueba del tratado. México debería preparar desde ahora una posición clara sobre las reglas de origen del sector automotor.',
    ['Las opiniones expresadas son responsabilidad exclusiva de su autor.', 'Cartas al director'],
  );
  assert.equal(typed(text), 'press');
});

test('ru: «мнение автора может не совпадать с позицией редакции» makes a column press', () => {
  const text = column(
    'МНЕНИЕ',
    'Почему ДРСМД нельзя было спасти',
    'Игорь Седов',
    '2 августа 2019',
    'На мой взгляд, обе стороны давно перестали верить в договор и искали лишь повод выйти из него. Европе следовало бы предложить собственный механизм проверки.',
    ['Мнение автора может не совпадать с позицией редакции.'],
  );
  assert.equal(typed(text), 'press');
});

test('an unsigned analysis with none of these words stays untyped', () => {
  const text = [
    'Why the Antarctic Treaty endures',
    '',
    'The treaty freezes territorial claims and opens every station to inspection by observers of any consultative party, a rule still without parallel in other regimes.',
    '',
    'Its consultative meetings decide by consensus, which slows change but keeps every claimant inside.',
  ].join('\n');
  assert.equal(typed(text), null);
});

test('fr: a copyright sentence after another in the footer line shows a publication', () => {
  const text = [
    'REPÈRES — La convention de Ramsar en dates',
    '',
    '- 2 février 1971 : signature à Ramsar.',
    '- 21 décembre 1975 : entrée en vigueur.',
    '- 1986 : la France ratifie la convention.',
    '',
    'Chronologie établie par la rédaction. © La Voix du Marais — Reproduction interdite.',
  ].join('\n');
  assert.equal(typed(text), 'press');
});
