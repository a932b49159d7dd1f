import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { dateStamp, isDateStamp } from './date-stamp.ts';

test('date-stamp: stamp lines of the eval pages', () => {
  for (const line of ['Sun 23 Jun 2024 | 11:20 PM', 'March 14, 2031 10:42 AM UTC Updated 3 hours ago', 'Saturday, March 15, 2031', 'June 20, 2031']) {
    assert.ok(isDateStamp(line), line);
  }
});

test('date-stamp: relative and other-language stamps', () => {
  for (const line of [
    'Updated 3 hours ago',
    'Published: 20.06.2024, 12:19',
    'Обновлено 11 июня 2031, 10:42',
    'Aktualisiert am 27. Mai 2031, 14:05 Uhr',
    'Mis à jour le 27 mai 2031 à 14h05',
  ]) {
    assert.ok(isDateStamp(line), line);
  }
});

test('date-stamp: headings, sentences and timeline items with dates are not stamps', () => {
  for (const line of ['Article 5', 'The treaty was signed on June 19, 2024.', 'June 19, 2024 – Putin and Kim sign the treaty', 'Draft law No. 31/118']) {
    assert.ok(!isDateStamp(line), line);
  }
});

test('date-stamp: the stamp line under a headline is cut, the headline kept', () => {
  const out = cleanText('Arland and Borvia sign maritime security pact with defence clause\nMarch 14, 2031 10:42 AM UTC Updated 3 hours ago', [dateStamp]);
  assert.equal(out.body, 'Arland and Borvia sign maritime security pact with defence clause');
  assert.equal(out.removed[0].why, 'date');
});

test('date-stamp: a header line that is a date, in each language', () => {
  for (const line of [
    'الخميس ٦ مارس ٢٠٢٥',
    'Actualizado el 11 de marzo de 2025, 10:42',
    'Mittwoch, 4. Juni 2025',
    '14 марта 2025 г.',
    'jeudi 6 mars 2025',
    'martes, 11 de marzo de 2025',
    'Friday, 7 March 2025',
  ]) {
    assert.ok(isDateStamp(line), line);
  }
});

test('date-stamp: a stamp bar with a date in another calendar, an editor or a byline', () => {
  for (const line of [
    'Tuesday, 4 March 2025 | 13 Esfand 1403',
    'Friday, 7 March 2025 - 7 Ramadan al-Mubarak 1446',
    '2024-05-14 09:12 | Editor: Ana Ruiz',
    '12.03.2025 | Von Klaus Berger',
  ]) {
    assert.ok(isDateStamp(line), line);
  }
  for (const line of ['Signed: 14 March 2031 | Parties: Arland, Borvia', 'March 14, 2031 | Treaty signed in the port city']) {
    assert.ok(!isDateStamp(line), line);
  }
});

test('date-stamp: a stamp with a byline, an e-mail header’s date, a release’s label with its date', () => {
  for (const line of [
    'Posted on 12 May 2025 by Hannah Ito',
    'Publié le 3 mars 2025 par Julien Roux',
    'Sent: Thursday, 6 March 2025 07:00',
    'Gesendet: Donnerstag, 6. März 2025 07:00',
    'Отправлено: 6 марта 2025 г. 7:00',
    'News release — 3 April 2025',
    'Pressemitteilung vom 3. April 2025',
    'Пресс-релиз от 15 апреля 2025 г.',
    'Comunicado de prensa del 14 de marzo de 2025',
  ]) {
    assert.ok(isDateStamp(line), line);
  }
  // A heading that names who made a statement, and a stamp followed by a sentence, are not stamps.
  for (const line of ['Statement by the ministers, 3 April 2025', 'Posted on 12 May 2025 by the parties to the accord']) {
    assert.ok(!isDateStamp(line), line);
  }
});

test('date-stamp: times written with "h" or a dot ("9 h 05", "18h40", "9.05 Uhr") beside the date', () => {
  for (const line of ['4 avril 2024 – Mis à jour à 9 h 05', 'Publié le 4 avril 2024 à 18h40', '4. April 2024, 9.05 Uhr']) assert.ok(isDateStamp(line), line);
});

test('date-stamp: a time followed by "h" or "Uhr" at the foot', () => {
  assert.ok(isDateStamp('03/04/2025 09:30 h'));
});
