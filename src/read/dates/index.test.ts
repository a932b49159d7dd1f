import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './index.ts';

/** "[text]=value..until r" for each date, r when resolved against the publication date. */
const dates = (text: string, language: string | null, published: string | null) =>
  findDates(text, language, published).map((d) => `[${d.text}]=${d.value}${d.until ? `..${d.until}` : ''}${d.relative ? ' r' : ''}`);

test('absolute dates at the precision the text gives', () => {
  assert.deepEqual(dates('The treaty was signed on June 19, 2024 during the visit.', 'en', '2024-11-06'), ['[June 19, 2024]=2024-06-19']);
  assert.deepEqual(dates('the visit of Kim to Russia in September 2023', 'en', null), ['[September 2023]=2023-09']);
  assert.deepEqual(dates('the Treaty of Friendship and Mutual Assistance in 1961; the Treaty of 2000', 'en', null), ['[1961]=1961', '[2000]=2000']);
  assert.deepEqual(dates('It replaces the agreement of September 22, 2009.', 'en', '2031-03-15'), ['[September 22, 2009]=2009-09-22']);
});

test('year-less dates take the publication year; without one, only a full date in the same claim anchors them', () => {
  assert.deepEqual(dates('signed the treaty on June 19.', 'en', '2024-06-23'), ['[June 19]=2024-06-19 r']);
  assert.deepEqual(dates('The Treaty was signed on June 19, 2024, in Pyongyang, during the Russian President’s June 18-19 visit to North Korea.', 'en', null), [
    '[June 19, 2024]=2024-06-19',
    '[June 18-19]=2024-06-18..2024-06-19',
  ]);
  assert.deepEqual(dates('Upon his arrival on June 18, the Russian president was welcomed.', 'en', null), []);
});

test('relative dates resolve against the publication date, and are dropped without one', () => {
  assert.deepEqual(dates('Valdoria and Ostmark on Friday signed a treaty', 'en', '2031-03-14'), ['[on Friday]=2031-03-14 r']);
  assert.deepEqual(dates('North Korea’s state media on Thursday unveiled the full text of a pact signed a day ago', 'en', '2024-06-20'), [
    '[on Thursday]=2024-06-20 r',
    '[a day ago]=2024-06-19 r',
  ]);
  assert.deepEqual(dates('three collisions were recorded last year', 'en', '2031-03-14'), ['[last year]=2030 r']);
  assert.deepEqual(dates('talks last month, and again next year', 'en', '2031-03-14'), ['[last month]=2031-02 r', '[next year]=2032 r']);
  assert.deepEqual(dates('they met on Wednesday', 'en', null), []);
});

test('ranges: "June 18-19", "from 1 to 3 July", Russian, German and French forms', () => {
  assert.deepEqual(dates('talks from 1 to 3 July', 'en', '2031-07-31'), ['[from 1 to 3 July]=2031-07-01..2031-07-03 r']);
  assert.deepEqual(dates('talks between 1 and 3 July 2031', 'en', null), ['[between 1 and 3 July 2031]=2031-07-01..2031-07-03']);
  assert.deepEqual(dates('переговоры 1–3 июля 2031 года', 'ru', null), ['[1–3 июля 2031]=2031-07-01..2031-07-03']);
  assert.deepEqual(dates('vom 1. bis 3. Juli 2031', 'de', null), ['[vom 1. bis 3. Juli 2031]=2031-07-01..2031-07-03']);
  assert.deepEqual(dates('du 1er au 3 juillet 2031', 'fr', null), ['[du 1er au 3 juillet 2031]=2031-07-01..2031-07-03']);
});

test('Russian, German and French dates of the eval reports', () => {
  assert.deepEqual(
    dates('ЛИНДЕНБУРГ, 11 июня 2031 года. Федеральный сейм Остмарка в среду одобрил Договор, подписанный 14 марта в Порт-Кестреле.', 'ru', '2031-06-11'),
    ['[11 июня 2031 года]=2031-06-11', '[в среду]=2031-06-11 r', '[14 марта]=2031-03-14 r'],
  );
  assert.deepEqual(dates('Die Präsidentin hat am Dienstag das Gesetz unterzeichnet.', 'de', '2031-05-27'), ['[am Dienstag]=2031-05-27 r']);
  assert.deepEqual(dates('Die Versammlung der Republik hatte den Vertrag eine Woche zuvor, am 20. Mai, mit großer Mehrheit gebilligt.', 'de', '2031-05-27'), [
    '[eine Woche zuvor]=2031-05-20 r',
    '[am 20. Mai]=2031-05-20 r',
  ]);
  assert.deepEqual(dates('In Ostmark steht die Abstimmung im Föderalen Landtag noch aus; sie wird für Juni erwartet.', 'de', '2031-05-27'), [
    '[Juni]=2031-06 r',
  ]);
  assert.deepEqual(dates('Er ersetzt das Abkommen vom 22. September 2009.', 'de', '2031-05-27'), ['[22. September 2009]=2009-09-22']);
  assert.deepEqual(dates('Le traité a été signé le 14 mars 2031 et ratifié mercredi dernier.', 'fr', '2031-07-01'), [
    '[14 mars 2031]=2031-03-14',
    '[mercredi dernier]=2031-06-25 r',
  ]);
});

test('no false dates: reference numbers, articles, votes, durations, times of day', () => {
  const none = [
    ['Draft law No. 740196-8 was posted on the official website of the State Duma.', 'en'],
    ['Under Article 51 of the 12-article treaty, each side will provide assistance.', 'en'],
    ['Die Regierung hatte den Gesetzentwurf Nr. 31/118 eingebracht.', 'de'],
    ['За документ проголосовали 212 депутатов, против — 31.', 'ru'],
    ["The treaty is valid for 10 years and renews unless terminated with six months' notice.", 'en'],
    ['at least six months before the expiry of the current period', 'en'],
    ['Updated 3 hours ago', 'en'],
    ['A paid subscription ($5 per month or $40 per year) enables you to comment.', 'en'],
    ['a 2000-strong force', 'en'],
  ];
  for (const [text, lang] of none) assert.deepEqual(dates(text, lang, '2031-03-14'), [], text);
});

test('spans are offsets into the claim text', () => {
  const text = 'PORT KESTREL, March 14 (Meridian Press) - Valdoria and Ostmark on Friday signed a treaty';
  for (const d of findDates(text, 'en', '2031-03-14')) assert.equal(text.slice(d.start, d.end), d.text);
});

test('bare years need a word that makes them a date', () => {
  assert.deepEqual(dates('between 2000 and 2001; в 2000 году', null, null), ['[2000]=2000', '[2001]=2001', '[2000 году]=2000']);
  assert.deepEqual(dates('about 2000 soldiers; No. 2001', null, null), []);
});

test('Spanish and Arabic dates: absolute, year-less and weekdays looking back from the publication date', () => {
  assert.deepEqual(dates('El Senado de Chile aprobó el tratado el 21 de mayo de 2025.', 'es', '2025-05-23'), ['[21 de mayo de 2025]=2025-05-21']);
  assert.deepEqual(dates('El presidente firmó el decreto el martes.', 'es', '2025-05-23'), ['[martes]=2025-05-20 r']);
  // A weekday's bare abbreviation is a word: "el Mar Caribe", "Mar" as a sea.
  assert.deepEqual(dates('El acuerdo sobre el Mar Caribe fue firmado.', 'es', '2025-05-23'), []);
  assert.deepEqual(dates('La ratificación llegó en marzo de 2024.', 'es', null), ['[marzo de 2024]=2024-03']);
  assert.deepEqual(dates('صادق البرلمان على الاتفاقية في 21 مايو 2025', 'ar', null), ['[في 21 مايو 2025]=2025-05-21']);
  assert.deepEqual(dates('وقع الرئيس المرسوم يوم الأربعاء', 'ar', '2025-05-23'), ['[يوم الأربعاء]=2025-05-21 r']);
});

test('a year-less date "of the same year" or "that September" takes the year of the date before it, in every language', () => {
  const values = (text: string, language: string) => findDates(text, language, '2021-03-01').map((d) => d.value);
  assert.deepEqual(values('The convention was adopted on 10 October 2013 and opened for signature on 12 October of the same year.', 'en'), [
    '2013-10-10',
    '2013-10-12',
  ]);
  assert.deepEqual(values('The accord was adopted in July 2016 and opened for signature that September.', 'en'), ['2016-07', '2016-09']);
  assert.deepEqual(values('Соглашение приняли 7 июля 2016 года и открыли для подписания 20 сентября того же года.', 'ru'), ['2016-07-07', '2016-09-20']);
  assert.deepEqual(values('Das Abkommen wurde am 7. Juli 2016 angenommen und am 20. September desselben Jahres aufgelegt.', 'de'), [
    '2016-07-07',
    '2016-09-20',
  ]);
  assert.deepEqual(values("L'accord a été adopté le 7 juillet 2016 et ouvert à la signature le 20 septembre de la même année.", 'fr'), [
    '2016-07-07',
    '2016-09-20',
  ]);
  assert.deepEqual(values('El acuerdo fue adoptado el 7 de julio de 2016 y abierto a la firma el 20 de septiembre del mismo año.', 'es'), [
    '2016-07-07',
    '2016-09-20',
  ]);
  // Without such words, a year-less date keeps the year nearest the publication date.
  assert.deepEqual(values('The accord, adopted on 7 July 2016, entered into force on 22 January.', 'en'), ['2016-07-07', '2021-01-22']);
});

test('"en diciembre de ese año": the month takes the year before it, though the date took its preposition', () => {
  const values = findDates('El Senado lo aprobó el 19 de junio de 2019 y avaló en diciembre de ese año el protocolo.', 'es', '2020-07-01').map((d) => d.value);
  assert.deepEqual(values, ['2019-06-19', '2019-12']);
});

test('ar one month by both its names, joined by a slash, is one date', () => {
  assert.deepEqual(
    findDates('وقعت الاتفاقية في عمّان في 14 آذار/مارس 2031.', 'ar', '2031-05-01').map((d) => [d.text, d.value]),
    [['في 14 آذار/مارس 2031', '2031-03-14']],
  );
});

test('"earlier" dates a claim only after a unit of time', () => {
  assert.deepEqual(dates('The senate of Valdoria had approved the pact three days earlier.', 'en', '2031-03-14'), ['[three days earlier]=2031-03-11 r']);
  assert.deepEqual(dates('Ostmark’s cabinet, as reported earlier, backs the pact.', 'en', '2031-03-14'), []);
});

test('Arabic: a day as an ordinal word, in the case news writes it after «في», with Levantine and Egyptian months', () => {
  assert.deepEqual(dates('ودخلت حيز النفاذ في الأول من تموز 2014.', 'ar', null), ['[في الأول من تموز 2014]=2014-07-01']);
  assert.deepEqual(dates('وقعت المعاهدة في الخامس عشر من شباط 2003.', 'ar', null), ['[في الخامس عشر من شباط 2003]=2003-02-15']);
  assert.deepEqual(dates('وقعت المعاهدة في الحادي والعشرين من حزيران 2005.', 'ar', null), ['[في الحادي والعشرين من حزيران 2005]=2005-06-21']);
  assert.deepEqual(dates('صادق البرلمان في الثامن والعشرين من أكتوبر 2019.', 'ar', null), ['[في الثامن والعشرين من أكتوبر 2019]=2019-10-28']);
  assert.deepEqual(dates('انتهى العمل بها في الحادي والثلاثين من كانون الأول 2020.', 'ar', null), ['[في الحادي والثلاثين من كانون الأول 2020]=2020-12-31']);
  assert.deepEqual(dates('تحديات القرن الحادي والعشرين كثيرة.', 'ar', '2020-01-01'), []);
});
