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

test('published: a year-less dateline takes the year of the latest past month the body names, with or without a day', () => {
  const ru =
    'ВИЛЬНЮС, 18 марта. /Балтинформ/. Литва и Латвия подписали соглашение о совместном использовании реки Лиелупе. ' +
    'Прежнее соглашение, подписанное 2 апреля 1999 года, утратило силу в ноябре 2024 года.';
  assert.equal(published(ru, {}, 'ru').value, '2025-03-18');
  const es = 'QUITO, 9 jun (Agencia Andes Sur) - Ecuador y Perú renovaron el convenio pesquero de 1998, que expiró en enero de 2025.';
  assert.equal(published(es, {}, 'es').value, '2025-06-09');
});

test('published: a stamp line that ends with a byline ("Posted on … by …"), in several languages', () => {
  const cases: [string, string, string][] = [
    ['en', 'Posted on 12 May 2025 by Hannah Ito', 'The two countries on Friday signed a treaty on the joint patrol of their shared river.'],
    ['fr', 'Publié le 3 mars 2025 par Julien Roux', 'Les deux pays ont signé vendredi un traité sur la surveillance commune du fleuve.'],
    [
      'de',
      'Veröffentlicht am 4. Juni 2025 von Jana Keller',
      'Die beiden Staaten haben am Freitag einen Vertrag über die gemeinsame Überwachung des Flusses unterzeichnet.',
    ],
    ['es', 'Publicado el 9 de julio de 2024 por Marta Gil', 'Los dos países firmaron el viernes un tratado sobre la vigilancia conjunta del río.'],
  ];
  for (const [lang, line, lead] of cases) {
    const p = published(`A river treaty at last\n${line}\n\n${lead}`, {}, lang);
    assert.match(p.value ?? '', /^20\d\d-\d\d-\d\d$/, line);
    assert.match(p.evidence, /date line/, line);
  }
});

test('published: the date of an e-mail header ("Sent:", "Date:", "Gesendet:", "Envoyé :", "Отправлено:")', () => {
  const cases: [string, string, string][] = [
    ['en', 'Date: Tue, 4 Mar 2025 09:15:00 +0100', '2025-03-04'],
    ['de', 'Gesendet: Donnerstag, 6. März 2025 07:00', '2025-03-06'],
    ['fr', 'Envoyé : jeudi 6 mars 2025 07:00', '2025-03-06'],
    ['ru', 'Отправлено: 6 марта 2025 г. 7:00', '2025-03-06'],
  ];
  for (const [lang, line, iso] of cases) {
    const text = `From: Harbour Digest <digest@example.org>\n${line}\nSubject: This week in river diplomacy\n\nThe two riparian states agreed on Monday to share flood data in real time.`;
    assert.equal(published(text, {}, lang).value, iso, line);
  }
});

test('published: a release’s label with its date ("News release — 3 April 2025", "Пресс-релиз от 15 апреля 2025 г.")', () => {
  const cases: [string, string, string][] = [
    ['en', 'News release — 3 April 2025', '2025-04-03'],
    ['ru', 'Пресс-релиз от 15 апреля 2025 г.', '2025-04-15'],
    ['es', 'Comunicado de prensa del 14 de marzo de 2025', '2025-03-14'],
    ['de', 'Pressemitteilung vom 3. April 2025', '2025-04-03'],
    ['fr', 'Communiqué du 5 mars 2025', '2025-03-05'],
  ];
  for (const [lang, line, iso] of cases) {
    const text = `Department of Rivers and Ports\n${line}\n\nRiver states sign a flood-warning protocol\n\nThe protocol commits each state to warn the others within an hour of a forecast flood peak.`;
    assert.equal(published(text, {}, lang).value, iso, line);
  }
});

test('published: a letter’s place and date on a line of its own, with its article ("Genève, le 5 mars 2025")', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Genève, le 5 mars 2025', '2025-03-05'],
    ['de', 'Berlin, den 3. März 2025', '2025-03-03'],
    ['es', 'Madrid, a 14 de marzo de 2025', '2025-03-14'],
    ['ru', 'г. Минск, 15 апреля 2025 г.', '2025-04-15'],
  ];
  for (const [lang, line, iso] of cases) {
    const text = `Office of the Envoy\n${line}\n\nSignature of the river protocol\n\nThe two states signed the protocol today on the joint management of the river.`;
    assert.equal(published(text, {}, lang).value, iso, line);
  }
});

test('published: an update date yields to the publication date, and lends only its year to a year-less dateline', () => {
  const en = 'Ports treaty signed\nUpdated: 6 March 2025 | Published: 5 March 2025\n\nThe two states signed the ports treaty on Wednesday.';
  assert.equal(published(en).value, '2025-03-05');
  const ru = 'Договор подписан\nОбновлено 13.05.2025 08:00, опубликовано 12.05.2025 14:30\n\nСтороны подписали договор о портах в среду.';
  assert.equal(published(ru, {}, 'ru').value, '2025-05-12');
  const fr = 'LYON, 2 mars (Agence Rhône-Alpes) – Les deux États ont signé dimanche l’accord portuaire.\n\nMis à jour le 03/03/2025 à 08h15';
  assert.equal(published(fr, {}, 'fr').value, '2025-03-02');
  // Only an update date: it is the best the page gives.
  assert.equal(published('Ports treaty signed\nLast updated 6 March 2025\n\nThe two states signed the ports treaty on Wednesday.').value, '2025-03-06');
});

test('published: an Arabic dateline with «في» before the date and the agency between slashes', () => {
  const text = 'الدوحة في 5 يونيو /وكالة أنباء الساحل/ وقعت الدولتان اليوم اتفاقية للتعاون في مجال الموانئ.\n\nجميع الحقوق محفوظة © 2025';
  assert.equal(published(text, {}, 'ar').value, '2025-06-05');
});

test('published: a compact date in the URL’s slug ("…-20240611.html", "/20240611/")', () => {
  assert.equal(published(LEAD, { url: 'https://example.net/economy/accord-vote-20240611.html' }).value, '2024-06-11');
  assert.equal(published(LEAD, { url: 'https://example.net/20240611/accord-vote' }).value, '2024-06-11');
  // A long number that only looks like a date is not one: an article id, a month 13.
  assert.equal(published(LEAD, { url: 'https://example.net/news/item-1202406119' }).value, null);
  assert.equal(published(LEAD, { url: 'https://example.net/news/item-20241311' }).value, null);
});

test('published: a header bar with the publication’s name, its issue and its date', () => {
  const cases: [string, string, string][] = [
    ['en', 'Weekly Sea Notes | No. 14 | 20 March 2025', '2025-03-20'],
    ['ru', 'Вестник региона | № 12 | 20 марта 2025', '2025-03-20'],
    ['es', 'Boletín del Estrecho · Número 7 · 2 de abril de 2025', '2025-04-02'],
  ];
  for (const [lang, line, iso] of cases) {
    const text = `${line}\n\nPort states agree on a common inspection regime\n\nThe agreement lets each state's inspectors board ships registered in the others.`;
    assert.equal(published(text, {}, lang).value, iso, line);
  }
});

test('published: a date announced later in its clause ("will be reviewed at the meeting in October 2025") lends no year', () => {
  const text =
    'GENEVA, Nov 14 (Lakeside Wire) - The commission kept the catch limit set in 2010. The limit will be reviewed at the commission’s annual meeting in October 2026.';
  assert.equal(published(text).value, null);
  const de = 'WIEN, 14. Nov. (Alpenwire) – Die Kommission, die 2010 gegründet wurde, wird ihre Quoten auf der Jahrestagung im Oktober 2026 überprüfen.';
  assert.equal(published(de, {}, 'de').value, null);
});

test('published: a year-less dateline takes the year of a "(c) Copyright X 2024" line', () => {
  const text = `OSLO, Feb 3 (Boreal Wire) - ${LEAD}\n\n(c) Copyright Boreal Wire 2024. Click for restrictions.`;
  assert.equal(published(text).value, '2024-02-03');
});

test('published: an edition’s date line ("Édition du …", "Ausgabe vom …", "Выпуск от …"), and a stamp of today beside it', () => {
  const cases: [string, string][] = [
    ['fr', 'Édition du jeudi 6 mars 2025\n\nLes deux pays signent un accord\n\nPublié aujourd’hui à 9h15'],
    ['de', 'Ausgabe vom 6. März 2025\n\nZwei Staaten unterzeichnen ein Abkommen\n\nVeröffentlicht heute um 9:15 Uhr'],
    ['en', 'Edition of Thursday, 6 March 2025\n\nTwo states sign a river accord\n\nPublished today at 9:15'],
    ['es', 'Edición del jueves 6 de marzo de 2025\n\nDos países firman un acuerdo\n\nPublicado hoy a las 9:15'],
    ['ru', 'Выпуск от 6 марта 2025 г.\n\nДве страны подписали соглашение\n\nОпубликовано сегодня в 9:15'],
  ];
  for (const [lang, head] of cases) {
    const text = `${head}\n\nThe two states signed the river accord in the capital on Wednesday, the ministers said.`;
    assert.equal(published(text, {}, lang).value, '2025-03-06', head.split('\n')[0]);
  }
});

test('published: an Arabic dateline with the place and the date apart only by a space', () => {
  const text = 'الدوحة 5 يونيو 2025 (وكالة أنباء الساحل) -- وقعت الدولتان اليوم اتفاقية للتعاون في مجال الموانئ.';
  assert.equal(published(text, {}, 'ar').value, '2025-06-05');
});

test('published: a numeric date whose day and month could swap is read day-first outside English, left out in English', () => {
  assert.equal(published(LEAD, { published: '04/03/2025' }, 'en').value, null);
  assert.equal(published(LEAD, { published: '04/03/2025' }, 'fr').value, '2025-03-04');
  assert.equal(published(LEAD, { published: '25/03/2025' }, 'en').value, '2025-03-25');
  assert.equal(published(LEAD, { published: '2025-03-04T10:00:00Z' }, 'en').value, '2025-03-04');
});

test('published: a header line with a series number and a date apart by a dash', () => {
  assert.equal(published(`Policy Brief No. 7 — 12 May 2025\n\nWhat the river accord changes\n\n${LEAD}`).value, '2025-05-12');
  const es =
    'Nota de análisis 9/2025 — 2 de abril de 2025\n\nLo que cambia el acuerdo\n\nLos dos países firmaron el acuerdo sobre el río el martes en la capital.';
  assert.equal(published(es, {}, 'es').value, '2025-04-02');
});

test('published: a year-less dateline takes, near the body’s year, the year in which its day falls on the weekday the lead names', () => {
  // 7 March was a Tuesday in 2023; the body's latest date (January 2024, a deadline told in the past tense) would give 2024.
  const es = 'LIMA, 7 mar (Agencia Andina de Prensa).- El Congreso peruano aprobó este martes el acuerdo pesquero, cuyo plazo vencía en enero de 2024.';
  assert.equal(published(es, {}, 'es').value, '2023-03-07');
  const de = 'WIEN, 14. Oktober (Alpenpresse) - Der Nationalrat hat am Dienstag das Fischereiabkommen gebilligt, das am 3. Mai 2026 ausgelaufen war.';
  assert.equal(published(de, {}, 'de').value, '2025-10-14');
  // No weekday named: the body's year stands.
  const en = 'LIMA, March 7 (Andean Wire) - The Congress approved the fisheries accord, whose deadline lapsed in January 2024.';
  assert.equal(published(en).value, '2024-03-07');
});

test('published: a header bar the clean stage kept (the publication describing itself, its issue and date)', () => {
  const text = [
    'Harbour Notes',
    '',
    'A fortnightly bulletin on shipping and the ports of the north · No. 41 · 9 May 2024',
    '',
    'The quota accord is a year old',
    '',
    'The two states signed the fisheries accord in Tallinn on 4 March 2023, and it entered into force on 1 June 2023 after both parliaments approved it.',
  ].join('\n');
  assert.equal(published(text).value, '2024-05-09');
});

test('published: a bar right under the headline with the outlet, the date and the section', () => {
  const cases: [string, string, string][] = [
    ['ru', 'Северный наблюдатель | 14 апреля 2024 | Политика', '2024-04-14'],
    ['de', 'Donau-Kurier | 3. Mai 2022 | Politik', '2022-05-03'],
    ['fr', "L'Écho des Alpes · 12 février 2023 · Monde", '2023-02-12'],
  ];
  for (const [lang, line, iso] of cases) {
    const text = `Port states agree on a common inspection regime\n\n${line}\n\nThe agreement lets each state's inspectors board ships registered in the others, and it enters into force in the spring.`;
    assert.equal(published(text, {}, lang).value, iso, line);
  }
});
