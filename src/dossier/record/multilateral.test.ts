import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../types.ts';
import { isMultilateral } from './multilateral.ts';

const claim = (doc: string, text: string) => ({ id: `${doc}-${text.length}`, doc, text }) as Claim;

test('a threshold of instruments and a depositary, in two sources, make an agreement multilateral', () => {
  const claims = [
    claim('d1', 'The convention enters into force ninety days after the deposit of the fortieth instrument of ratification.'),
    claim('d2', 'Die Konvention tritt nach der 40. Ratifikation in Kraft; Uruguay hat als Vertragsstaat unterzeichnet.'),
    claim('d3', 'Uruguay signed the convention in Montevideo.'),
  ];
  assert.equal(isMultilateral(claims, {}), true);
});

test('Russian, French and Spanish wording counts', () => {
  for (const text of [
    'Конвенция открыта для подписания всеми государствами.',
    "Les États parties se réuniront l'an prochain.",
    'El convenio quedó abierto a la firma en Ginebra.',
  ]) {
    assert.equal(isMultilateral([claim('d1', text)], {}), true, text);
  }
});

test('a count of parties or states that join makes it multilateral; a union of member states does not', () => {
  const claims = [claim('d1', 'At least 40 parties must ratify the accord.'), claim('d2', 'Bis Freitag hatten 38 Staaten das Abkommen ratifiziert.')];
  assert.equal(isMultilateral(claims, {}), true);
  const union = [claim('d1', 'The bloc’s 27 member states approved the trade deal with Chile.'), claim('d2', 'The 27 member states must now sign it.')];
  assert.equal(isMultilateral(union, {}), false);
});

test('a bilateral treaty whose reports mention one multilateral forum in passing stays bilateral', () => {
  const claims = [
    claim('d1', 'Chile and Peru signed the border treaty in Lima on Tuesday.'),
    claim('d2', 'The two presidents met on the sidelines of a multilateral summit.'),
    claim('d3', 'The border treaty between Chile and Peru now goes to both parliaments.'),
  ];
  assert.equal(isMultilateral(claims, {}), false);
});

test('copies of one source count once', () => {
  const claims = [claim('d1', 'The pact is open for signature.'), claim('d2', 'The pact is open for signature.'), claim('d3', 'Two states signed the pact.')];
  assert.equal(isMultilateral(claims, { d2: 'd1' }), false);
});
