import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { isHeadline, label } from './label.ts';

test('label: outlet and section labels above the headline go; the headline stays first', () => {
  const text =
    'HARBOUR GAZETTE | World\nArland, Borvia seal defence pact for the strait\n\nPORT HERON, March 14 (Compass Press) - Arland and Borvia on Friday signed a treaty.';
  const out = cleanText(text, [label]);
  assert.ok(out.body.startsWith('Arland, Borvia seal defence pact for the strait\n'));
  assert.deepEqual(out.removed, [{ text: 'HARBOUR GAZETTE | World', why: 'label' }]);
});

test('label: a handle under the headline goes; a standfirst stays', () => {
  const text = [
    'OPINION',
    'N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation',
    'J-Doe',
    'The pact commits both sides to help each other in case of attack',
    'Kim Jong Un and Vladimir Putin signed the treaty on June 19 in the capital of the north.',
  ].join('\n');
  const out = cleanText(text, [label]);
  assert.deepEqual(
    out.removed.map((r) => r.text),
    ['OPINION', 'J-Doe'],
  );
  assert.ok(out.body.includes('The pact commits both sides'));
});

test('label: a short headline is kept when no line reads as one; list items are never labels', () => {
  const out = cleanText('Treaty ratified\n- Defence pact\n- Trade\nThe parliament approved the treaty on Wednesday by a large majority.', [label]);
  assert.equal(out.body, 'Treaty ratified\n- Defence pact\n- Trade\nThe parliament approved the treaty on Wednesday by a large majority.');
});

test('label: a report without a header zone loses nothing', () => {
  const text = 'MOSCOW, November 6. /TASS/. The Federation Council has approved a bill.\nAreas of cooperation\nThe sides agree to develop cooperation.';
  assert.equal(cleanText(text, [label]).body, text);
});

test('isHeadline: phrases with lowercase words or six words; names and labels are not', () => {
  assert.ok(isHeadline('Chancellor Brecht: Harbour Treaty guarantees peace on our shores'));
  assert.ok(isHeadline('TREATY ON MARITIME COOPERATION AND MUTUAL SECURITY'));
  assert.ok(!isHeadline('OSA Borvia State Agency'));
  assert.ok(!isHeadline('HARBOUR GAZETTE | World'));
});

test('label: a title set in capitals over several lines stays whole', () => {
  const text = 'TREATY\nBETWEEN THE REPUBLIC OF A\nAND THE UNION OF B\n\nThe Republic of A and the Union of B, hereinafter referred to as "the Parties",';
  assert.equal(cleanText(text, [label]).body, text);
});

test('label: "key: value" lines of a fact sheet are content, not labels', () => {
  const text =
    'Key facts:\nSigned: June 19, 2024\nParties: A, B\nArticles: 23\nThe treaty was signed in the capital after two days of talks between the leaders.';
  assert.equal(cleanText(text, [label]).body, text);
});

test('label: a masthead line with its date is a label, not the headline, however long', () => {
  const text =
    'Дума одобрила соглашение\n\nКамский обозреватель, 3 мая 2025\n\nГосударственная дума в пятницу ратифицировала соглашение о рыболовстве на Каспии.';
  const out = cleanText(text, [label]);
  assert.ok(out.body.startsWith('Дума одобрила соглашение'));
  assert.deepEqual(out.removed, [{ text: 'Камский обозреватель, 3 мая 2025', why: 'label' }]);
});

test('label: a masthead with its desk is not the headline (a dash between parts is not a word)', () => {
  const text =
    'Caspian Wire Service - Regional Desk\n\nParliament approves the fisheries accord\n\nThe upper house on Tuesday approved the fisheries accord with its northern neighbour by a wide margin.';
  const out = cleanText(text, [label]);
  assert.ok(out.body.startsWith('Parliament approves'));
});

test('label: a masthead line with its date under the headline is a label, however many words its name has', () => {
  const text =
    'Le Sénat adopte l’accord sur la pêche\n\nLe Courrier des Deux Rives – jeudi 6 mars 2025, 08:30\n\nLe Sénat a adopté jeudi le projet de loi autorisant la ratification de l’accord sur la pêche.';
  const out = cleanText(text, [label]);
  assert.deepEqual(out.removed, [{ text: 'Le Courrier des Deux Rives – jeudi 6 mars 2025, 08:30', why: 'label' }]);
});

test('label: a press office’s name under its body is a label, not the headline', () => {
  const text =
    'Parlement de Wallonie\nService de la communication\n\nLe Parlement approuve l’accord sur la Meuse\n\nLe Parlement a approuvé mercredi l’accord de coopération sur la gestion de la Meuse.';
  const out = cleanText(text);
  assert.ok(out.body.startsWith('Le Parlement approuve l’accord sur la Meuse'), out.body);
  assert.ok(out.removed.some((r) => r.text.includes('Service de la communication')));
});
