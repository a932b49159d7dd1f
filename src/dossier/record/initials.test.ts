import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialsOf, writesInitials } from './initials.ts';

test('the initials of a name, joining words and hyphens as initials are written, in several languages', () => {
  assert.equal(initialsOf('Southern African Development Community'), 'SADC');
  assert.equal(initialsOf('Accord de libre-échange centre-européen'), 'ALECE');
  assert.equal(initialsOf('Tratado de Libre Comercio de Centroamérica'), 'TLCC');
  assert.equal(initialsOf("Convention sur l'interdiction des mines"), 'CIM');
  assert.equal(initialsOf('Treaty of Rome'), null);
  assert.ok(writesInitials('SADC, signed in 1992, was amended twice.', 'SADC'));
  assert.ok(!writesInitials('The SADCC summit', 'SADC'));
});
