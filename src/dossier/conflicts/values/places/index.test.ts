// Places as sources write them, in several languages and scripts, with the words and endings around them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupPlace, placeValues, samePlace } from './index.ts';

const ids = (written: string) => lookupPlace(written).map((p) => p.id);

test('one city in every language and script Pactwatch reads, with prepositions, glued prefixes and case endings', () => {
  for (const written of ['Vienna', 'Wien', 'Vienne', 'Viena', 'в Вене', 'Веной', 'فيينا', 'في فيينا', '비엔나에서', 'im Wien']) {
    assert.deepEqual(ids(written), ['AT/Vienna'], written);
  }
  for (const written of ['Brussels', 'Brüssel', 'à Bruxelles', 'en Bruselas', 'в Брюсселе', 'بروكسل']) assert.deepEqual(ids(written), ['BE/Brussels'], written);
  for (const written of ['Ankara', 'в Анкаре', 'Анкарой']) assert.deepEqual(ids(written), ['TR/Ankara'], written);
});

test('countries by their names in many languages, inflected; a name that is a country and a city is both', () => {
  assert.deepEqual(ids('в Казахстане'), ['KZ']);
  assert.deepEqual(ids('Kasachstan'), ['KZ']);
  assert.deepEqual(ids('en Argentina'), ['AR']);
  assert.deepEqual(ids('Алжир').sort(), ['DZ', 'DZ/Algiers']);
});

test('a name the gazetteer does not know is nothing, not the nearest city', () => {
  assert.deepEqual(ids('Laxenburg'), []);
  assert.deepEqual(ids('Kestrel Point'), []);
});

test('one place written in five languages is one value', () => {
  const values = placeValues([
    { value: 'Brussels', language: 'en' },
    { value: 'Brüssel', language: 'de' },
    { value: 'Bruxelles', language: 'fr' },
    { value: 'в Брюсселе', language: 'ru' },
    { value: 'بروكسل', language: 'ar' },
  ]);
  assert.equal(new Set(values.map((v) => v?.key)).size, 1);
  assert.equal(values[0]?.display, 'Brussels');
  assert.ok(samePlace('в Анкаре', 'Ankara'));
});

test('two known places are two values, whatever the languages', () => {
  const [a, b] = placeValues([
    { value: 'Brussels', language: 'en' },
    { value: 'в Анкаре', language: 'ru' },
  ]);
  assert.notEqual(a?.key, b?.key);
  assert.deepEqual([a?.display, b?.display], ['Brussels', 'Ankara']);
});

test('a country agrees with a city in it; a country elsewhere is another value', () => {
  const [country, city] = placeValues([
    { value: 'Austria', language: 'en' },
    { value: 'Wien', language: 'de' },
  ]);
  assert.equal(country, null);
  assert.equal(city?.display, 'Vienna');
  const [elsewhere, other] = placeValues([
    { value: 'Belgien', language: 'de' },
    { value: 'Wien', language: 'de' },
  ]);
  assert.notEqual(elsewhere?.key, other?.key);
});

test('unknown names: a spelling of another is the same; different in one language is another place; across languages undecided', () => {
  const [a, b] = placeValues([
    { value: 'Kestrel Point', language: 'en' },
    { value: 'в Кестрел-Пойнте', language: 'ru' },
  ]);
  assert.equal(a?.key, b?.key);
  const [x, y] = placeValues([
    { value: 'Laxenburg', language: 'de' },
    { value: 'Mödling', language: 'de' },
  ]);
  assert.ok(x && y && x.key !== y.key);
  // "Den Haag" and "La Haye" may be one city in two languages: the less given supports no side.
  const hague = placeValues([
    { value: 'Den Haag', language: 'de' },
    { value: 'Den Haag', language: 'nl' },
    { value: 'La Haye', language: 'fr' },
  ]);
  assert.deepEqual(
    hague.map((v) => v?.display ?? null),
    ['Den Haag', 'Den Haag', null],
  );
  // A known city against a name the gazetteer does not know: the name may be a venue in that city (a palace, a
  // district, a crossing), so it supports no side rather than accusing its source.
  const [manila, palace] = placeValues([
    { value: 'Manila', language: 'en' },
    { value: 'Kestrel Lodge', language: 'en' },
  ]);
  assert.equal(manila?.display, 'Manila');
  assert.equal(palace, null);
});

test('venues: a palace in a capital is that city; a retreat outside any city is a place of its own', () => {
  const [manila, palace] = placeValues([
    { value: 'Manila', language: 'en' },
    { value: 'Malacañang Palace', language: 'en' },
  ]);
  assert.equal(manila?.key, palace?.key);
  assert.ok(samePlace('Élysée', 'Paris'));
  assert.ok(samePlace('в Кремле', 'Moscow'));
  const [dc, retreat] = placeValues([
    { value: 'Washington', language: 'en' },
    { value: 'Camp David', language: 'de' },
  ]);
  assert.ok(dc && retreat && dc.key !== retreat.key);
});

test('an abbreviation the gazetteer does not know ("U.N.", "ООН") is a seat, not a place another city contradicts', () => {
  const values = placeValues([
    { value: 'U.N.', language: 'en' },
    { value: 'U.N.', language: 'en' },
    { value: 'New York', language: 'en' },
  ]);
  assert.deepEqual(
    values.map((v) => v?.display ?? null),
    [null, null, 'New York'],
  );
});

test('names the gazetteer does not know, in two scripts: alike in sound is one place, unlike in every sound another', () => {
  // A town written in Latin, Cyrillic and Arabic letters, and in two Latin spellings: one value.
  const town = placeValues([
    { value: 'Ardnamurchan', language: 'en' },
    { value: 'в Арднамерхане', language: 'ru' },
    { value: 'أردنامرخان', language: 'ar' },
    { value: 'Kitakata', language: 'en' },
    { value: 'Kitacata', language: 'es' },
  ]);
  assert.equal(new Set(town.slice(0, 3).map((v) => v?.key)).size, 1, JSON.stringify(town));
  assert.ok(town[0], 'the town is a value');
  assert.equal(town[3]?.key, town[4]?.key);
  // Another town in Arabic letters that shares no sound with it is another place.
  const [a, b, c] = placeValues([
    { value: 'Ardnamurchan', language: 'en' },
    { value: 'в Арднамерхане', language: 'ru' },
    { value: 'في بيلتون', language: 'ar' },
  ]);
  assert.equal(a?.key, b?.key);
  assert.ok(c && c.key !== a?.key, JSON.stringify([a, b, c]));
});

test('a venue named after its town is the town: "Dunmore Castle" and "Dunmore"', () => {
  const values = placeValues([
    { value: 'Dunmore Castle', language: 'en' },
    { value: 'Dunmore', language: 'fr' },
    { value: 'Dunmore', language: 'es' },
  ]);
  assert.equal(new Set(values.map((v) => v?.key)).size, 1, JSON.stringify(values));
  assert.ok(values[0]);
});

test('exonyms in one script stay undecided; two spellings in two scripts never make two values', () => {
  const [aachen, aix] = placeValues([
    { value: 'Aachen', language: 'de' },
    { value: 'Aix-la-Chapelle', language: 'fr' },
  ]);
  assert.ok(aachen);
  assert.equal(aix, null);
  for (const [latin, other, language] of [
    ['Hillsborough', 'Хиллсборо', 'ru'],
    ['Kyoto', 'Киото', 'ru'],
    ['Kyoto', 'كيوتو', 'ar'],
    ['Camp David', 'كامب ديفيد', 'ar'],
    ['Maastricht', 'Маастрихте', 'ru'],
    ['Lisbon', 'لشبونة', 'ar'],
    ['Jeddah', 'Джидде', 'ru'],
    ['Jeddah', 'جدة', 'ar'],
    ['Tashkent', 'طشقند', 'ar'],
    ['Busan', 'Пусане', 'ru'],
  ]) {
    const [x, y] = placeValues([
      { value: latin, language: 'en' },
      { value: other, language },
    ]);
    assert.ok(!x || !y || x.key === y.key, `${latin} / ${other}: ${JSON.stringify([x, y])}`);
  }
});

test('a group of names shows the name written most, whatever the languages that write it', () => {
  const values = placeValues([
    { value: 'Dunmore Castle', language: 'en' },
    { value: 'Dunmore Castle', language: 'en' },
    { value: 'Dunmore', language: 'fr' },
    { value: 'Dunmore', language: 'es' },
    { value: 'Dunmore', language: 'de' },
  ]);
  assert.equal(values[0]?.display, 'Dunmore');
});

test('towns no time zone is named after are known (Geneva, San Francisco, The Hague), and a spelling one letter off', () => {
  // Before city-timezones, each of these was unknown and gave way to the known city as a possible venue in it.
  const [sf, dc] = placeValues([
    { value: 'San Francisco', language: 'en' },
    { value: 'Washington', language: 'en' },
  ]);
  assert.ok(sf && dc && sf.key !== dc.key);
  const [paris, geneve] = placeValues([
    { value: 'Paris', language: 'en' },
    { value: 'à Genève', language: 'fr' },
  ]);
  assert.equal(geneve?.display, 'Geneva');
  assert.notEqual(paris?.key, geneve?.key);
  assert.equal(lookupPlace('The Hague')[0]?.country, 'NL');
  // One letter off, not two: "La Haye" is no spelling of Lahat.
  assert.deepEqual(lookupPlace('La Haye'), []);
});

test('capitals in Arabic that no time-zone city names: "في أوتاوا" is Ottawa, "بالدوحة" Doha, "بكين" Beijing', () => {
  assert.ok(samePlace('في أوتاوا', 'Ottawa'));
  assert.ok(samePlace('بالدوحة', 'Doha'));
  assert.ok(samePlace('بكين', 'Pékin'));
  const [ottawa, oslo] = placeValues([
    { value: 'أوتاوا', language: 'ar' },
    { value: 'Oslo', language: 'fr' },
  ]);
  assert.ok(ottawa && oslo && ottawa.key !== oslo.key);
});

test('two villages the gazetteer lacks, written in two languages of one script and heard apart, are two places', () => {
  const [natadola, korolevu] = placeValues([
    { value: 'Natadola', language: 'en' },
    { value: 'Korolevu', language: 'fr' },
  ]);
  assert.ok(natadola && korolevu);
  assert.notEqual(natadola.key, korolevu.key);
});
