import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { credit } from './credit.ts';

test('credit: wire credit lines of the eval reports', () => {
  const lines = [
    '(Reporting by Mina Park. Editing by Gerry Doyle)',
    'Reporting by Dana Ilves in Port Heron; additional reporting by Piet Amsel in Lindenburg; Editing by Mark Oyelaran',
    'Compiled by Dana Ilves; Editing by Mark Oyelaran',
    'Distributed by Compass Press',
  ];
  const out = cleanText(lines.join('\n'), [credit]);
  assert.equal(out.body, '');
  assert.ok(out.removed.every((r) => r.why === 'credit'));
});

test('credit: a bracketed credit glued to the last paragraph is cut, the sentence kept whole', () => {
  const out = cleanText('The treaty will take effect after ratification. (Writing by Jane Doe; Editing by John Roe)', [credit]);
  assert.equal(out.body, 'The treaty will take effect after ratification.');
  assert.deepEqual(out.removed, [{ text: '(Writing by Jane Doe; Editing by John Roe)', why: 'credit' }]);
});

test('credit: "contributed to this report" lines go; sentences that mention reporting stay', () => {
  const text = 'The Associated Press contributed to this report.\nReporting by state media suggested the vote was close.';
  assert.equal(cleanText(text, [credit]).body, 'Reporting by state media suggested the vote was close.');
});

test('credit: "originally published" syndication notes', () => {
  assert.equal(cleanText('This article was originally published on The Conversation.\nThe treaty was signed.', [credit]).body, 'The treaty was signed.');
});

test('credit: a sentence that opens with "Reporting by" and goes on to report is kept', () => {
  const text = 'Reporting by The Daily Planet suggested the treaty had a secret annex.';
  assert.equal(cleanText(text, [credit]).body, text);
});

test('credit: bracketed wire credits in other languages, on their own line or closing the last paragraph', () => {
  const lines = [
    '(Información de Carla Ibáñez; edición de Tomás Vidal)',
    '(Rédigé par Claire Moreau ; édité par Paul Girard)',
    '(Übersetzung von Jonas Weber; Redigiert von Lea Krause)',
    '(Подготовила Анна Орлова; редактор Сергей Белов)',
  ];
  for (const l of lines) assert.equal(cleanText(`The treaty was ratified.\n${l}`, [credit]).body, 'The treaty was ratified.', l);
  const glued = 'El Senado ratificó el tratado. (Reportaje adicional de Lucía Mora)';
  assert.equal(cleanText(glued, [credit]).body, 'El Senado ratificó el tratado.');
});

test('credit: a bracketed sentence of the report stays', () => {
  const text = 'The treaty was ratified.\n(The agreement was signed in 2019 by Foreign Minister Dag Holm.)\n(Редакция Договора от 2010 года утратила силу.)';
  assert.equal(cleanText(text, [credit]).body, text);
});

test('a bracketed credit with colons, in four languages, is a credit; a bracketed aside is not', () => {
  for (const line of [
    '(Redacción: Lucía Benítez; edición: Tomás Aranda)',
    '(Rédaction : Claire Dumas ; édition : Paul Meunier)',
    '(Redaktion: Jana Vogt; Bearbeitung: Uwe Kramer)',
    '(Reporting: Ana Lima; Editing: Tom Reed)',
  ])
    assert.equal(cleanText(`The treaty was signed.\n${line}`, [credit]).body, 'The treaty was signed.', line);
  const aside = '(Redacción: la agencia no respondió a las preguntas de este diario sobre el tratado)';
  assert.equal(cleanText(`El tratado fue firmado.\n${aside}`, [credit]).body, `El tratado fue firmado.\n${aside}`);
});
