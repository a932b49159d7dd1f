import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { footer } from './footer.ts';

const LEAD = 'The pact on the shared aquifer is a start, but only a start.';

test('footer: editorial disclaimers and letters policy in six languages are cut as footer', () => {
  const notes = [
    'Letters may be edited for length and clarity.',
    'The opinions expressed in this commentary are those of the writer.',
    "— Les propos exprimés dans cette tribune n'engagent que son auteure.",
    'Leserbriefe können aus Platzgründen gekürzt werden.',
    'Las opiniones expresadas en esta columna no representan la línea editorial.',
    'Точка зрения автора может не совпадать с мнением редакции.',
    'المقال يعبر عن رأي كاتبه',
  ];
  for (const n of notes) {
    const out = cleanText(`${LEAD}\n${n}`, [footer]);
    assert.equal(out.body, LEAD, n);
    assert.equal(out.removed[0].why, 'footer');
  }
});

test('footer: reports about views and letters stay', () => {
  const text = [
    LEAD,
    'The views expressed by the delegates differed on the inspection clause.',
    'Letters exchanged between the two leaders were published on Monday.',
    'The opinions expressed at the hearing were mostly favourable, the chairman said.',
  ].join('\n');
  assert.equal(cleanText(text, [footer]).body, text);
});
