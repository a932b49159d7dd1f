import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { subscribe } from './subscribe.ts';

const BIO = 'Miriam Castell is a former naval officer and a columnist for the Arlandian Review.';

test('subscribe: a column footer is cut, the columnist bio above it kept', () => {
  const text = `${BIO}\n\nEnjoyed this column? Subscribe to the Arlandian Review for unlimited access from 1 euro a week. Already a subscriber? Log in.`;
  assert.equal(cleanText(text, [subscribe]).body, BIO);
});

test('subscribe: a paywall paragraph in the tail is cut', () => {
  const text =
    'The treaty is a further sign that the international scenario is moving.\nA free subscription option is available, with capacity to read, send, and share all posts. A paid subscription ($5 per month or $40 per year) enables you to make comments and to support the costs of the column; paid subscribers also receive a free PDF copy of my book. Ten percent of income generated through subscriptions to the column is donated to a society.';
  assert.equal(cleanText(text, [subscribe]).body, 'The treaty is a further sign that the international scenario is moving.');
});

test('subscribe: short prompts anywhere; reported speech and news about subscriptions are kept', () => {
  const text = [
    'More from Harbour Gazette: Sign up for our morning briefing | Follow us',
    'Subscribe now',
    '"We will sign up to this treaty," the minister told our reporter.',
    'Subscriptions to state television rose after the summit, the ministry said in a statement on Friday.',
  ].join('\n');
  const out = cleanText(text, [subscribe]);
  assert.equal(out.removed.length, 1);
  assert.equal(out.removed[0].text, 'More from Harbour Gazette: Sign up for our morning briefing | Follow us\nSubscribe now');
});

test('subscribe: prompts in other languages, in the reader-address of the language', () => {
  const text = 'Подписывайтесь на наш канал в Telegram\nAbonnieren Sie unseren Newsletter\nДоговор вступит в силу через тридцать дней.';
  assert.equal(cleanText(text, [subscribe]).body, 'Договор вступит в силу через тридцать дней.');
});

test('subscribe: a subheading that uses the vocabulary is not a button', () => {
  const text = 'NATO membership\nThe treaty does not affect either side’s other alliances, the ministry said.';
  assert.equal(cleanText(text, [subscribe]).body, text);
  assert.equal(cleanText('Sign up\nLog in\nNewsletter', [subscribe]).body, '');
});

test('subscribe: a pitch that opens with a question about the piece', () => {
  const text =
    'The accord enters into force in May.\nLiked this analysis? Subscribe to the Weekly Sounder for full access to all of our reporting and analysis.';
  assert.equal(cleanText(text, [subscribe]).body, 'The accord enters into force in May.');
});

test('subscribe: prompts in Spanish, French, German and Arabic', () => {
  const prompts = [
    'Suscríbete a nuestro boletín y recibe lo más importante del día',
    'Abonnez-vous à notre lettre d’information',
    'Jetzt Abo abschließen und unseren Newsletter erhalten',
    'اشترك في نشرتنا البريدية',
  ];
  for (const p of prompts) assert.equal(cleanText(`${p}\nDer Vertrag tritt im Mai in Kraft.`, [subscribe]).body, 'Der Vertrag tritt im Mai in Kraft.', p);
});

test('subscribe: calls to follow the site on a network, in several languages', () => {
  const calls = [
    'Follow Harbour Ledger on Instagram and X',
    'Folgen Sie uns auf Instagram',
    'Suivez-nous sur Facebook',
    'Síguenos en X y Telegram',
    'Читайте нас в Telegram',
  ];
  for (const c of calls) assert.equal(cleanText(`${c}\nThe accord enters into force in May.`, [subscribe]).body, 'The accord enters into force in May.', c);
});

test('subscribe: newsletter invitations asked as questions or set as a German infinitive, in five languages', () => {
  const lead = 'The agreement on fishing quotas was initialled in Nouakchott on Friday.';
  const prompts = [
    'Want more like this? Get the evening digest delivered to your inbox.',
    'Cet article vous a intéressé ? Recevez chaque matin notre sélection.',
    '¿Le interesa la diplomacia? Reciba cada viernes nuestro resumen.',
    'Jetzt den Newsletter „Weltlage“ abonnieren',
    'Get unlimited digital access for $3 a month',
  ];
  for (const p of prompts) assert.equal(cleanText(`${lead}\n${p}`, [subscribe]).body, lead, p);
});

test('subscribe: a parliament that subscribed and a ministry newsletter in a report stay', () => {
  const text = [
    'Parliament subscribed to the declaration in a vote on Thursday.',
    'In a newsletter sent to members, the union urged lawmakers to reject the pact.',
    'Die Regierung will den Vertrag bis Ende des Jahres ratifizieren.',
  ].join('\n');
  assert.equal(cleanText(text, [subscribe]).body, text);
});

test('subscribe: the site telling the reader its name beside its pitch, or left alone once a paywall cut the pitch', () => {
  const lead = 'The agreement on fishing quotas was initialled in Nouakchott on Friday.';
  for (const line of ['You are now reading The Fenland Courier. Sign up free to keep reading.', 'Vous lisez La Gazette de Brabant.']) {
    assert.equal(cleanText(`${lead}\n${line}`, [subscribe]).body, lead, line);
  }
});

test('subscribe: a newsletter pitch in the imperative, in French, Spanish and German', () => {
  for (const line of [
    'Newsletter : recevez chaque soir le meilleur de nos analyses',
    'Boletín: recibe cada mañana lo esencial de la actualidad',
    'Newsletter: Erhalten Sie jeden Morgen die wichtigsten Nachrichten',
  ]) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [subscribe]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});

test('subscribe: a newsletter pitch whose only address to the reader is its imperative verb', () => {
  for (const line of [
    'Newsletter : retrouvez chaque semaine l’essentiel de la diplomatie',
    'Newsletter: holen Sie sich jeden Freitag das Wichtigste zur Außenpolitik',
  ]) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [subscribe]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});

test('subscribe: a newsletter pitch addressing the reader by "Ihrem"', () => {
  const pitch = 'Newsletter abonnieren: Die wichtigsten Nachrichten des Tages, jeden Abend in Ihrem Postfach.';
  assert.equal(cleanText(`Der Vertrag wurde am Montag unterzeichnet.\n${pitch}`, [subscribe]).body, 'Der Vertrag wurde am Montag unterzeichnet.');
});
