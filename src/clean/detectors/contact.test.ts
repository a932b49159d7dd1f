import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { contact } from './contact.ts';

const LEAD = 'The two states signed the river treaty on Friday in the capital, the ministry said.';

test('contact: a release’s press contacts at its foot, in every language, peeled from the bottom up', () => {
  for (const foot of [
    'For further information: media@rivers-office.example',
    'Pressekontakt: Referat Öffentlichkeitsarbeit, Tel. +49 30 0000 0000',
    'Contact presse : Direction de la communication – 01 00 00 00 00',
    'Contacto de prensa\nprensa@cancilleria.example',
    'Пресс-служба министерства\n+7 (000) 000-00-00',
    'للتواصل: المكتب الإعلامي\ninfo@ministry.example',
    'Press Office\nDepartment of Rivers and Ports\n+61 2 0000 0000\npress@rivers.example',
  ]) {
    const out = cleanText(`${LEAD}\n\n${foot}`, [contact]);
    assert.equal(out.body, LEAD, foot);
  }
});

test('contact: an address or a phone number quoted in the report stays, and so does a last paragraph of prose', () => {
  for (const text of [
    `${LEAD}\n\nReaders can write to the commission at info@commission.example with their questions about the treaty.`,
    `${LEAD}\n\nThe hotline, +1 800 000 0000, opens on Monday.`,
    `Contact: the two delegations met again in June.\n\n${LEAD}`,
  ]) {
    assert.equal(cleanText(text, [contact]).removed.length, 0, text);
  }
});

test('contact: a label with its address stands anywhere in the foot, above the site’s note about itself', () => {
  const text = `${LEAD}\n\nPress contact: media@deltawatch.example\nDelta Watch is a network of fishing communities on the delta.`;
  assert.deepEqual(
    cleanText(text, [contact]).removed.map((r) => r.text),
    ['Press contact: media@deltawatch.example'],
  );
});

test('contact: "for more information, please contact" with its address, in several languages', () => {
  for (const foot of [
    'For more information, please contact: Communications Unit, news@basin.example',
    'Für weitere Informationen wenden Sie sich bitte an: Pressestelle, presse@becken.example',
    'Pour plus d’informations, contactez : Service communication, presse@bassin.example',
    'Para más información, contacte con: Oficina de Comunicación, prensa@cuenca.example',
  ]) {
    const out = cleanText(`${LEAD}\n\n${foot}`, [contact]);
    assert.equal(out.body, LEAD, foot);
  }
});

test('contact: a label with its address glued to the end of a footer’s note is cut from it', () => {
  const out = cleanText(`${LEAD}\n\nThe Atoll Observer is an independent news site. Contact: desk@atoll.example`, [contact]);
  assert.equal(out.body, `${LEAD}\n\nThe Atoll Observer is an independent news site.`);
});

test('contact: a sign-off line with the site’s name and its address goes; a sentence naming a site stays', () => {
  for (const line of ['Вести Заполярья — vesti-north.example', 'The Valley Courier · www.valleycourier.example', 'https://www.valleycourier.example']) {
    assert.equal(cleanText(`${LEAD}\n\n${line}`, [contact]).body, LEAD, line);
  }
  assert.equal(cleanText(`${LEAD}\n\nThe full text is on the commission’s site, commission.example.`, [contact]).removed.length, 0);
});
