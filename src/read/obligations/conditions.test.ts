// Assistance clauses of my own wording: the attack that triggers them, their legal frame, offensive action.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attackTrigger, legalFrame, namesAttack, offensiveAction } from './index.ts';

test('the trigger of an assistance clause names an attack, in each language', () => {
  const cases: [string, string][] = [
    ['Should either state suffer an armed attack on its soil, the other shall assist it at once.', 'Should either state suffer an armed attack on its soil'],
    ['В случае нападения на одну из сторон, другая сторона окажет ей помощь.', 'В случае нападения на одну из сторон'],
    ['Falls eine Vertragspartei angegriffen wird, leistet die andere ihr Beistand.', 'Falls eine Vertragspartei angegriffen wird'],
    ["En cas d'agression contre l'une des parties, l'autre lui porte secours.", "En cas d'agression contre l'une des parties"],
    ['En caso de ataque armado contra una de las partes, la otra le prestará asistencia.', 'En caso de ataque armado contra una de las partes'],
  ];
  for (const [text, trigger] of cases) assert.equal(attackTrigger(text), trigger, text);
  assert.equal(attackTrigger('If a threat of attack arises, the parties shall consult.'), null, 'a threat is not the attack');
});

test('the legal frame, defensive wording and offensive action', () => {
  assert.equal(legalFrame('Each will help the other, consistent with Article 51 of the Charter.'), 'consistent with Article 51 of the Charter');
  assert.equal(legalFrame('La otra parte prestará ayuda de conformidad con el artículo 51 de la Carta.'), 'de conformidad con el artículo 51 de la Carta');
  assert.equal(namesAttack('Help is due if either party is attacked.'), true);
  assert.equal(namesAttack('They consult on any threat of an attack.'), false);
  assert.equal(offensiveAction('The two armies would launch a joint offensive against the neighbour.'), 'joint offensive');
  assert.equal(offensiveAction('Ambos ejércitos emprenderían una ofensiva conjunta.'), 'ofensiva conjunta');
});
