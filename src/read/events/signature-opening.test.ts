// A multilateral treaty opened for signature at a place on a day, and delegates beginning to sign it: the
// agreement's signature, with that place (en, de, fr, es, ru, ar). Our own wording, about agreements outside the
// eval: the cluster munitions convention (Oslo), the Aarhus convention, the Arms Trade Treaty (New York).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventsIn } from './testing.ts';

/** [step, date, place, status] of each event. */
const read = (text: string, language: string, published: string | null = '2008-12-10') =>
  eventsIn(text, { language, published }).map((e) => [e.step, e.date, e.place, e.status]);

test('opened for signature at a place on a day is the signature', () => {
  assert.deepEqual(read('The Convention on Cluster Munitions was opened for signature in Oslo on 3 December 2008.', 'en'), [
    ['signed', '2008-12-03', 'Oslo', 'done'],
  ]);
  assert.deepEqual(read('Das Übereinkommen über Streumunition wurde am 3. Dezember 2008 in Oslo zur Unterzeichnung aufgelegt.', 'de'), [
    ['signed', '2008-12-03', 'Oslo', 'done'],
  ]);
  assert.deepEqual(read('Die Konvention war im Juni 1998 in Aarhus zur Unterzeichnung aufgelegt worden.', 'de', '2001-10-30'), [
    ['signed', '1998-06', 'Aarhus', 'done'],
  ]);
  assert.deepEqual(
    read('Der Vertrag über den Waffenhandel, der am 3. Juni 2013 in New York zur Unterzeichnung aufgelegt worden war, gilt seit 2014.', 'de', '2016-01-10'),
    [['signed', '2013-06-03', 'New York', 'done']],
  );
  assert.deepEqual(
    read(
      'Der Vertrag, der im April 2013 beschlossen und im Juni desselben Jahres in New York zur Unterzeichnung aufgelegt worden war, gilt seit 2014.',
      'de',
      '2016-01-10',
    ),
    [['signed', '2013-06', 'New York', 'done']],
  );
  assert.deepEqual(read('La convention sur les armes à sous-munitions a été ouverte à la signature à Oslo le 3 décembre 2008.', 'fr'), [
    ['signed', '2008-12-03', 'Oslo', 'done'],
  ]);
  assert.deepEqual(read('Ouverte à la signature à Aarhus le 25 juin 1998, la convention compte aujourd’hui 47 parties.', 'fr', '2020-01-10'), [
    ['signed', '1998-06-25', 'Aarhus', 'done'],
  ]);
  assert.deepEqual(read('La Convención sobre Municiones en Racimo fue abierta a la firma en Oslo el 3 de diciembre de 2008.', 'es'), [
    ['signed', '2008-12-03', 'Oslo', 'done'],
  ]);
  assert.deepEqual(read('El tratado, abierto a la firma en Nueva York el 3 de junio de 2013, cuenta hoy con 113 Estados partes.', 'es', '2024-01-10'), [
    ['signed', '2013-06-03', 'Nueva York', 'done'],
  ]);
  assert.deepEqual(read('Конвенция по кассетным боеприпасам была открыта для подписания в Осло 3 декабря 2008 года.', 'ru'), [
    ['signed', '2008-12-03', 'Осло', 'done'],
  ]);
  assert.deepEqual(read('Договор о торговле оружием открыт для подписания 3 июня 2013 года в Нью-Йорке.', 'ru', '2013-06-20'), [
    ['signed', '2013-06-03', 'Нью-Йорке', 'done'],
  ]);
  assert.deepEqual(read('وقد فُتح باب التوقيع على الاتفاقية في أوسلو في 3 ديسمبر 2008.', 'ar'), [['signed', '2008-12-03', 'أوسلو', 'done']]);
  assert.deepEqual(read('وفتح باب التوقيع عليها في نيويورك في 3 يونيو 2013.', 'ar', '2013-07-01'), [['signed', '2013-06-03', 'نيويورك', 'done']]);
});

test('open for signature as a state or a rule is no event', () => {
  assert.deepEqual(read('The convention remains open for signature by all states until it enters into force.', 'en'), []);
  assert.deepEqual(read('La convention est ouverte à la signature de tous les États.', 'fr'), []);
  assert.deepEqual(read('El tratado está abierto a la firma de todos los Estados.', 'es'), []);
  assert.deepEqual(read('Das Abkommen liegt für alle Staaten zur Unterzeichnung auf.', 'de'), []);
  assert.deepEqual(read('Договор открыт для подписания всеми государствами.', 'ru'), []);
  assert.deepEqual(
    read('The treaty will be opened for signature in Geneva next month.', 'en').map((e) => e[3]),
    ['expected'],
  );
});

test('delegates began signing: the signature, its day and place', () => {
  assert.deepEqual(read('Ministers from 94 countries began signing the cluster munitions ban in Oslo on Wednesday.', 'en', '2008-12-04'), [
    ['signed', '2008-12-03', 'Oslo', 'done'],
  ]);
  assert.deepEqual(read('Delegations started signing the arms trade treaty at UN headquarters in New York on Monday.', 'en', '2013-06-05'), [
    ['signed', '2013-06-03', 'New York', 'done'],
  ]);
  assert.deepEqual(read('Diplomats refused to begin signing the accord.', 'en').length, 0);
});

test('a venue, then its city: the city is the place of the signature', () => {
  assert.deepEqual(read('Obama and Medvedev signed the treaty at Prague Castle in Prague on April 8.', 'en', '2010-05-01'), [
    ['signed', '2010-04-08', 'Prague', 'done'],
  ]);
  assert.deepEqual(read('Договор был подписан в Пражском Граде в Праге 8 апреля.', 'ru', '2010-05-01'), [['signed', '2010-04-08', 'Праге', 'done']]);
  assert.deepEqual(read('8 avril 2010 — Les deux présidents signent le traité au Château de Prague, à Prague, devant la presse.', 'fr', '2010-05-01'), [
    ['signed', '2010-04-08', 'Prague', 'done'],
  ]);
  assert.deepEqual(read('Die Außenminister haben das Abkommen am 8. April im Schloss Bellevue in Berlin unterzeichnet.', 'de', '2010-05-01'), [
    ['signed', '2010-04-08', 'Berlin', 'done'],
  ]);
  // A city first keeps its place: the venue after it is no city.
  assert.deepEqual(read('The accord was signed in Paris at the Elysee Palace on 8 April.', 'en', '2010-05-01'), [['signed', '2010-04-08', 'Paris', 'done']]);
});
