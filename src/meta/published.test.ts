import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../clean/index.ts';
import type { MetaHints } from '../types.ts';
import { buildContext } from './context.ts';
import { findPublished } from './published.ts';

const published = (text: string, hints: MetaHints = {}, language = 'en') => findPublished(buildContext({ ...cleanText(text), hints }, language));
const LEAD = 'The two countries on Friday signed a treaty that commits each to come to the other’s aid.';

test('published: page metadata as written (no time-zone shift), then a date in the URL', () => {
  assert.equal(published(LEAD, { published: '2031-07-31T23:15:00-05:00' }).value, '2031-07-31');
  assert.equal(published(LEAD, { url: 'https://example.org/world/2024/06/20/pact-signed/' }).value, '2024-06-20');
});

test('published: date lines and byline dates under the headline', () => {
  assert.equal(published(`N. Korea & Russia Sign Treaty for Strategic Stability\n\nSun 23 Jun 2024 | 11:20 PM\nJ-Doe\n\n${LEAD}`).value, '2024-06-23');
  assert.equal(
    published(`Factbox-Key points of the treaty between the two\n\nBy Thomson Reuters Jun 20, 2024 | 12:19 AM\n\nSEOUL (Reuters) – ${LEAD}`).value,
    '2024-06-20',
  );
  assert.equal(
    published(`Pact signed with defence clause\nMarch 14, 2031 10:42 AM UTC Updated 3 hours ago\n\nPORT HERON, March 14 (Agency) - ${LEAD}`).value,
    '2031-03-14',
  );
});

test('published: dated datelines in Russian and German', () => {
  assert.equal(
    published('Парламент одобрил договор\n\nЛИНДЕНБУРГ, 11 июня 2031 года. Федеральный сейм в среду одобрил договор о морском сотрудничестве.', {}, 'ru').value,
    '2031-06-11',
  );
  assert.equal(
    published('Arland ratifiziert Vertrag\n\nPort Heron, 27. Mai 2031 – Die Präsidentin hat am Dienstag das Gesetz zur Ratifizierung unterzeichnet.', {}, 'de')
      .value,
    '2031-05-27',
  );
});

test('published: a year-less dateline takes the year of the latest full date in the body', () => {
  const p = published(`MOSCOW, November 6. /TASS/. ${LEAD}\nThe treaty was signed on June 19, 2024. It supersedes the treaty of February 9, 2000.`);
  assert.equal(p.value, '2024-11-06');
  assert.match(p.evidence, /June 19, 2024/);
  // The dateline's day falls earlier in the year than the latest mention: the next year.
  assert.equal(published(`MOSCOW, February 3. /TASS/. ${LEAD}\nThe treaty was signed on June 19, 2024.`).value, '2025-02-03');
});

test('published: null without a year, and null when only the body has dates (events are not publication)', () => {
  const yearless = published(`MOSCOW, November 6. /TASS/. ${LEAD}`);
  assert.equal(yearless.value, null);
  assert.match(yearless.evidence, /no year/);
  assert.equal(published(`Russia is preparing to ratify the agreement\n${LEAD} It was signed in Pyongyang on June 19, 2024.`).value, null);
});

test('published: relative expressions ("ten days after") never lend a year; a year-less dateline alone stays null', () => {
  const p = published(
    `OSLO, Oct 24 (Fjord Wire) - ${LEAD} The vote came ten days after the bill was tabled, and the pact enters into force 30 days after ratification.`,
  );
  assert.equal(p.value, null);
});

test('published: a year-less dateline takes the year of the page’s own copyright line', () => {
  const text = `OSLO, Oct 24 (Fjord Wire) - ${LEAD} The vote came ten days after the bill was tabled.\n© 2023 Fjord Wire. All rights reserved.`;
  assert.equal(published(text).value, '2023-10-24');
});

test('published: a year-less dateline takes the year of the URL', () => {
  assert.equal(published(`OSLO, Oct 24 (Fjord Wire) - ${LEAD}`, { url: 'https://fjord.example/2022/world/pact-ratified' }).value, '2022-10-24');
});

test('published: the nearest plausible year of the body’s dates, not a future date the report announces', () => {
  const text = `BERLIN, 3. März (Ostsee-Dienst) – Der Bundestag hat das Abkommen gebilligt. Unterzeichnet wurde es am 14. Februar 2025 in Riga. Es tritt am 1. Januar 2027 in Kraft.`;
  assert.equal(published(text, {}, 'de').value, '2025-03-03');
  const fr = `PARIS, 12 mars (Agence Rhône) – Le Sénat a adopté le texte, signé le 9 février 2000 par les deux pays et révisé le 20 janvier 2025.`;
  assert.equal(published(fr, {}, 'fr').value, '2025-03-12');
});

test('published: a header line that is a date, in each language', () => {
  const cases: [string, string, string, string][] = [
    ['de', 'Mittwoch, 4. Juni 2025', '2025-06-04', 'Der Bundestag hat am Mittwoch das Abkommen über die Fischerei im Ostseeraum gebilligt.'],
    ['ru', '14 марта 2025 г.', '2025-03-14', 'Государственная дума в пятницу ратифицировала соглашение о рыболовстве на Каспии.'],
    ['fr', 'jeudi 6 mars 2025', '2025-03-06', 'Le Sénat a adopté jeudi le projet de loi autorisant la ratification de l’accord sur la pêche.'],
    ['es', 'martes, 11 de marzo de 2025', '2025-03-11', 'El Senado aprobó el martes el acuerdo de pesca con Marruecos por amplia mayoría.'],
    ['en', 'Friday, 7 March 2025 | 16 Esfand 1403', '2025-03-07', 'The upper house on Friday approved the fisheries accord with its northern neighbour.'],
  ];
  for (const [lang, date, iso, lead] of cases)
    assert.equal(published(`Parliament approves the fisheries accord\n${date}\n\n${lead}`, {}, lang).value, iso, date);
});

test('published: a masthead line with a full date, and a dated dateline with an agency, in other languages', () => {
  assert.equal(
    published(
      'Дума одобрила соглашение\n\nКамский обозреватель, 3 мая 2025\n\nГосударственная дума в пятницу ратифицировала соглашение о рыболовстве.',
      {},
      'ru',
    ).value,
    '2025-05-03',
  );
  assert.equal(
    published('Le Sénat adopte l’accord\n\nDakar, 3 février 2025 (L’Écho du Sahel) – Le Sénat a adopté lundi le projet de loi.', {}, 'fr').value,
    '2025-02-03',
  );
  assert.equal(
    published('Дума одобрила соглашение\n\nКАЗАНЬ, 14 марта 2025 г. /Волжское агентство/. Государственная дума в пятницу ратифицировала соглашение.', {}, 'ru')
      .value,
    '2025-03-14',
  );
});

test('published: a date stated only in a footer line or in an agency trailer, in several languages', () => {
  const body: Record<string, string> = {
    en: LEAD,
    de: 'Die beiden Staaten haben am Freitag einen Vertrag über gegenseitigen Beistand unterzeichnet.',
    ru: 'Две страны в пятницу подписали договор о взаимной помощи.',
  };
  const cases: [string, string][] = [
    ['en', 'This story was published on 9 October 2019.'],
    ['de', 'Erschienen am 09.10.2019, 07:45 Uhr'],
    ['ru', 'Дата публикации: 09.10.2019'],
    ['en', '/NTV/ 09.10.2019 mk/pl'],
    ['ru', 'АК/ОС 09.10.2019'],
  ];
  for (const [lang, line] of cases) assert.equal(published(`${body[lang]}\n\n${line}`, {}, lang).value, '2019-10-09', line);
});
