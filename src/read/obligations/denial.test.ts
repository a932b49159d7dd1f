// Sentences of my own saying (or not saying) that an agreement holds no defence clause, in each language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defenseDenial } from './index.ts';

test('a report that says there is no defence clause or alliance (en, ru, de, fr, es)', () => {
  const cases: [string, string][] = [
    ['The accord does not include a mutual defence clause.', 'not include a mutual defence clause'],
    ['Diplomats said the text creates no military alliance.', 'no military alliance'],
    ['It stops short of a collective defence commitment.', 'stops short of a collective defence commitment'],
    ['The text does not oblige either side to help the other against an aggressor.', 'not oblige either side to help'],
    ['Соглашение не предусматривает взаимной военной помощи.', 'не предусматривает взаимной военной помощи'],
    ['Речь не идет о создании военного союза, подчеркнул министр.', 'не идет о создании военного союза'],
    ['Das Abkommen enthält kein Beistandsversprechen.', 'kein beistandsversprechen'],
    ['Eine Beistandspflicht im Kriegsfall sieht der Vertrag nicht vor.', 'beistandspflicht im kriegsfall sieht der vertrag nicht'],
    ['Le traité ne prévoit pas de défense mutuelle entre les deux pays.', 'pas de défense mutuelle'],
    ["Ce n'est pas une alliance militaire, a insisté le ministre.", 'pas une alliance militaire'],
    ['El pacto no incluye una cláusula de defensa mutua.', 'no incluye una cláusula de defensa mutua'],
  ];
  for (const [text, words] of cases) assert.equal(defenseDenial(text), words, text);
});

test('a clause against alliances with third states, a pledge of help, or a reported defence clause is no denial', () => {
  for (const text of [
    'Neither party will join any military alliance directed against the other.',
    'Each side undertakes not to join a bloc hostile to the other.',
    'The partner will not hesitate to provide military assistance if attacked.',
    'The treaty contains a mutual defence clause modelled on older pacts.',
    'Стороны не вступают в военные союзы, направленные против другой стороны.',
    'Keine Seite wird einem Bündnis beitreten, das sich gegen die andere richtet.',
    "Aucune des parties n'adhérera à une alliance dirigée contre l'autre.",
    'Ninguna de las partes se unirá a alianzas dirigidas contra la otra.',
  ])
    assert.equal(defenseDenial(text), null, text);
});
