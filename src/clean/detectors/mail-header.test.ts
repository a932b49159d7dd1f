import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { mailHeader } from './mail-header.ts';

const LEAD = 'The two riparian states agreed on Monday to share flood data in real time, the commission said.';

test('mail-header: a forwarded newsletter’s header: the sender and recipients go, the subject stays as the headline', () => {
  const cases: [string, string][] = [
    ['From: Delta Letter <letter@delta.example>\nTo: reader@example.org\nSubject: Delta Letter: a flood-data pact', 'Delta Letter: a flood-data pact'],
    ['Von: Ostsee-Briefing <info@ostsee.example>\nAn: leser@example.org\nBetreff: Ein Abkommen über Hochwasserdaten', 'Ein Abkommen über Hochwasserdaten'],
    ['De : La Lettre du Delta <lettre@delta.example>\nÀ : lecteur@example.org\nObjet : Un accord sur les crues', 'Un accord sur les crues'],
    ['De: Boletín del Delta <boletin@delta.example>\nPara: lector@example.org\nAsunto: Un acuerdo sobre crecidas', 'Un acuerdo sobre crecidas'],
    ['От: Дельта-дайджест <digest@delta.example>\nКому: reader@example.org\nТема: Соглашение о паводках', 'Соглашение о паводках'],
  ];
  for (const [header, subject] of cases) {
    const out = cleanText(`${header}\n\n${LEAD}`, [mailHeader]);
    assert.equal(out.body, `${subject}\n\n${LEAD}`, header);
    assert.ok(out.removed.every((r) => r.why === 'mail-header'));
  }
});

test('mail-header: "From:" or "Subject:" inside the report is no header', () => {
  const text = `${LEAD}\n\nFrom: the first ministerial meeting to the signing, talks took six years.`;
  assert.equal(cleanText(text, [mailHeader]).removed.length, 0);
});
