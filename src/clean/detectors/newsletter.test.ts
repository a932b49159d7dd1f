import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { newsletter } from './newsletter.ts';

const LEAD = 'The accord on river shipping was signed in Vienna on Tuesday by the two ministers.';

test('newsletter: e-mail footers in six languages are cut', () => {
  const footers = [
    'To unsubscribe from these updates, click here.',
    'Forward this newsletter to a friend.',
    'Newsletter abbestellen',
    'Se désabonner',
    'Darse de baja',
    'Отписаться от рассылки',
    'إلغاء الاشتراك',
  ];
  for (const f of footers) {
    const out = cleanText(`${LEAD}\n${f}`, [newsletter]);
    assert.equal(out.body, LEAD, f);
    assert.equal(out.removed[0].why, 'newsletter');
  }
});

test('newsletter: the footer sentences glued to the last paragraph are cut, with the publication note before them', () => {
  const text = `${LEAD}\nHarbour Notes is published every Friday. To unsubscribe, reply STOP. Forward to a colleague.`;
  assert.equal(cleanText(text, [newsletter]).body, LEAD);
  const glued = `${LEAD} To unsubscribe from this list, click here.`;
  assert.equal(cleanText(glued, [newsletter]).body, LEAD);
});

test('newsletter: a report that uses the words stays', () => {
  const text = `${LEAD}\nThe ministry said it would unsubscribe from the cable-sharing scheme and forward the file to a colleague in Bern.`;
  assert.equal(cleanText(text, [newsletter]).body, text);
});

test('newsletter: forwarding, SMS opt-out and unsubscribe lines of other wordings', () => {
  const footers = [
    'Pass this digest on to a co-worker | Unsubscribe',
    'Text STOP to opt out.',
    'Reply STOP to unsubscribe',
    'Répondez STOP pour ne plus recevoir nos alertes.',
  ];
  for (const f of footers) assert.equal(cleanText(`${LEAD}\n${f}`, [newsletter]).body, LEAD, f);
});
