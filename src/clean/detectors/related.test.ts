import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { related } from './related.ts';

test('related: the heading and the short items under it are cut, nothing after them', () => {
  const text = [
    'The treaty has twelve articles.',
    'Related news',
    '- Borvia fishing fleet reports record spring catch',
    '- Federal Diet to debate port investment law',
    '- Weather: storm warning for the northern coast',
    '(c) 2031 OSA. All rights reserved.',
  ].join('\n');
  const out = cleanText(text, [related]);
  assert.equal(out.body, 'The treaty has twelve articles.\n(c) 2031 OSA. All rights reserved.');
  assert.equal(out.removed[0].text.split('\n').length, 4);
});

test('related: other-language headings and one-line teasers', () => {
  const text =
    'Читайте также\nПарламент обсудит закон о портах\n\nRead also: Ferry timetable changes for August\nThe treaty entered into force on Thursday, thirty days after the exchange.';
  assert.equal(cleanText(text, [related]).body, 'The treaty entered into force on Thursday, thirty days after the exchange.');
});

test('related: a list stops at the first sentence of the report', () => {
  const text = 'Most read\nThe two sides will consult without delay when either of them sees a threat to its security, officials said.';
  assert.equal(cleanText(text, [related]).body, 'The two sides will consult without delay when either of them sees a threat to its security, officials said.');
});

test('related: teaser bars of headlines after a heading and a colon, in any language', () => {
  const lines = [
    'Top headlines:  Grain exports rise  |  Parliament recess begins  |  Storm hits the coast',
    'Главные новости: Рубль укрепился | В Казани открылся новый мост',
    'Últimas noticias: Sube el precio del pan | Huelga en el puerto',
    'Most popular this month: Ten rivers to kayak before you die',
  ];
  const text = [...lines, 'The accord on river shipping was signed in Vienna on Tuesday by the two ministers.'].join('\n');
  assert.equal(cleanText(text, [related]).body, 'The accord on river shipping was signed in Vienna on Tuesday by the two ministers.');
});

test('related: one-line teasers in six languages', () => {
  const teasers = [
    'Related: City council approves new cycling budget',
    'Lea también: El Senado aprueba el presupuesto de defensa',
    'Читайте также: В Казани открылся новый мост через Волгу',
    'À lire aussi : Le port de Brest modernise ses quais',
    'Mehr zum Thema: Bahnstreik legt den Verkehr im Norden lahm',
    'اقرأ أيضاً: افتتاح معرض الكتاب في عمّان',
  ];
  for (const t of teasers) {
    const text = `The accord enters into force in May.\n${t}\nIt was ratified by both parliaments.`;
    assert.equal(cleanText(text, [related]).body, 'The accord enters into force in May.\nIt was ratified by both parliaments.', t);
  }
});

test('related: a teaser glued to the end of the last paragraph is cut from it, the sentence kept', () => {
  const text = 'The accord will be submitted to the senate next month. Read also: Grain corridor reopens | Port strike ends';
  assert.equal(cleanText(text, [related]).body, 'The accord will be submitted to the senate next month.');
  const fr = 'Le texte sera soumis au Sénat le mois prochain. À lire aussi : Les dockers reprennent le travail';
  assert.equal(cleanText(fr, [related]).body, 'Le texte sera soumis au Sénat le mois prochain.');
});

test('related: reporting sentences that open with the same words stay', () => {
  const text = [
    'Latest figures show that trade between the two countries rose by four percent, the ministry said.',
    'Related talks on fisheries will continue in Geneva next week.',
    'Top officials of both ministries attended the ceremony in the capital.',
    'Latest count: 192 votes in favour, 5 against',
  ].join('\n');
  assert.equal(cleanText(text, [related]).body, text);
});

test('related: a heading naming any kind of related item, and "explore more" links, then their items', () => {
  const text = [
    'The two states signed the river treaty on Friday in the capital.',
    '',
    'Related podcasts',
    '- The river that two states share',
    '- Why dams divide neighbours',
  ].join('\n');
  assert.equal(cleanText(text, [related]).body, 'The two states signed the river treaty on Friday in the capital.');
  const topics = 'The two states signed the river treaty on Friday in the capital.\nExplore more on these topics\nRivers | Treaties | Asia';
  assert.equal(cleanText(topics).body, 'The two states signed the river treaty on Friday in the capital.');
});

test('related: "more from" a section as a list heading, in several languages', () => {
  for (const heading of [
    'More from Europe',
    'Mehr aus der Region',
    'D’autres actualités en région',
    'Más noticias de Galicia',
    'Другие новости рубрики',
    'المزيد من الأخبار',
  ]) {
    const text = `The two states signed the river treaty on Friday in the capital.\n\n${heading}\n- Bridge repairs delayed again\n- New bus line to the border`;
    assert.equal(cleanText(text, [related]).body, 'The two states signed the river treaty on Friday in the capital.', heading);
  }
});
