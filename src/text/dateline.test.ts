import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateline } from './dateline.ts';

const parsed = (line: string) => {
  const d = parseDateline(line);
  return d && { place: d.place, date: d.date?.text ?? null, agency: d.agency, rest: d.rest };
};

test('parseDateline: wire datelines of the eval reports', () => {
  assert.deepEqual(parsed('MOSCOW, November 6. /TASS/. Russia’s Federation Council'), {
    place: 'MOSCOW',
    date: 'November 6',
    agency: 'TASS',
    rest: 'Russia’s Federation Council',
  });
  assert.deepEqual(parsed('SEOUL (Reuters) – North Korea’s state media'), { place: 'SEOUL', date: null, agency: 'Reuters', rest: 'North Korea’s state media' });
  assert.deepEqual(parsed('PORT HERON, March 14 (Compass Press) - Arland and'), {
    place: 'PORT HERON',
    date: 'March 14',
    agency: 'Compass Press',
    rest: 'Arland and',
  });
  assert.deepEqual(parsed('March 15 (Compass Press) - Arland and'), { place: null, date: 'March 15', agency: 'Compass Press', rest: 'Arland and' });
});

test('parseDateline: dated datelines in other languages', () => {
  assert.equal(parsed('ЛИНДЕНБУРГ, 11 июня 2031 года. Федеральный сейм')?.date, '11 июня 2031 года');
  assert.equal(parsed('Port Heron, 27. Mai 2031 – Die Präsidentin')?.date, '27. Mai 2031');
});

test('parseDateline: sentences that open with a place, a date or a bracket are not datelines', () => {
  assert.equal(parseDateline('The treaty, signed on June 19, was ratified.'), null);
  assert.equal(parseDateline('Moscow, November 6 was a cold day'), null);
  assert.equal(parseDateline('(Corrects paragraph 3)'), null);
});

test('parseDateline: a region after the place, and an agency after a dash', () => {
  assert.deepEqual(parsed('SEOUL, South Korea (AP) — Russian President Vladimir Putin'), {
    place: 'SEOUL',
    date: null,
    agency: 'AP',
    rest: 'Russian President Vladimir Putin',
  });
  assert.deepEqual(parsed('ПХЕНЬЯН, 19 июня — РИА Новости. Президент России'), {
    place: 'ПХЕНЬЯН',
    date: '19 июня',
    agency: 'РИА Новости',
    rest: 'Президент России',
  });
  assert.equal(parsed('Port Heron, 27. Mai 2031 – Die Präsidentin der Republik, Elena Marsh, hat unterzeichnet.')?.agency, null);
});

test('parseDateline: agencies with elided particles, lowercase Cyrillic words, and full dates in any language', () => {
  assert.equal(parsed("Dakar, 3 février 2025 (L'Écho d'Afrique) – Le Sénat a adopté")?.agency, "L'Écho d'Afrique");
  assert.deepEqual(parsed('КАЗАНЬ, 14 марта 2025 г. /Волжское агентство/. Государственная дума'), {
    place: 'КАЗАНЬ',
    date: '14 марта 2025 г',
    agency: 'Волжское агентство',
    rest: 'Государственная дума',
  });
  assert.equal(parsed('LIMA (report by staff) – The Congress')?.agency ?? null, null);
  assert.equal(parsed('Lyon, 3 mars 2025 (La Gazette rhodanienne) – Le Sénat a adopté')?.agency, 'La Gazette rhodanienne');
  assert.equal(parsed('LIMA (Updated throughout) – The Congress')?.agency ?? null, null);
});

test('parseDateline: Arabic datelines, with the Arabic comma', () => {
  assert.deepEqual(parsed('القاهرة، 3 مارس (وكالة أنباء النيل) - أقر البرلمان المصري'), {
    place: 'القاهرة',
    date: '3 مارس',
    agency: 'وكالة أنباء النيل',
    rest: 'أقر البرلمان المصري',
  });
});

test('parseDateline: a lowercase agency acronym in brackets', () => {
  assert.deepEqual(parsed('BERLIN, 3. März (dpa) - Der Bundestag hat'), { place: 'BERLIN', date: '3. März', agency: 'dpa', rest: 'Der Bundestag hat' });
  assert.equal(parseDateline('LIMA, 3 de marzo (file photo) - The Congress'), null);
});

test('parseDateline: a letter’s place and date with its article, and an Arabic dateline with «في» and a slashed agency', () => {
  assert.deepEqual(parsed('Genève, le 5 mars 2025'), { place: 'Genève', date: '5 mars 2025', agency: null, rest: '' });
  assert.deepEqual(parsed('Berlin, den 3. März 2025'), { place: 'Berlin', date: '3. März 2025', agency: null, rest: '' });
  assert.deepEqual(parsed('Madrid, a 14 de marzo de 2025'), { place: 'Madrid', date: '14 de marzo de 2025', agency: null, rest: '' });
  assert.deepEqual(parsed('الرباط في 4 مايو /وكالة المغرب العربي/ وقعت المملكة اليوم اتفاقية'), {
    place: 'الرباط',
    date: '4 مايو',
    agency: 'وكالة المغرب العربي',
    rest: 'وقعت المملكة اليوم اتفاقية',
  });
  // An article before a word, not a date, is prose: "Paris, le président a dit".
  assert.equal(parseDateline('Paris, le président a signé'), null);
});

test('parseDateline: a region or a border named between the place and the date', () => {
  assert.deepEqual(parsed('SUVA, Fiji, March 3 (Pacific Wire) - The two states'), {
    place: 'SUVA',
    date: 'March 3',
    agency: 'Pacific Wire',
    rest: 'The two states',
  });
  assert.deepEqual(parsed('KHORGOS, China-Kazakhstan border, May 9 (Steppe Wire) - The two states'), {
    place: 'KHORGOS',
    date: 'May 9',
    agency: 'Steppe Wire',
    rest: 'The two states',
  });
});

test('parseDateline: a Spanish wire dateline with an abbreviated month and the agency closed by ".-"', () => {
  assert.deepEqual(parsed('QUITO, 14 ago (Agencia Andina de Prensa).- El Congreso aprobó el acuerdo'), {
    place: 'QUITO',
    date: '14 ago',
    agency: 'Agencia Andina de Prensa',
    rest: 'El Congreso aprobó el acuerdo',
  });
});

test('parseDateline: an Arabic dateline with «في», a full date and a slash before the report', () => {
  assert.deepEqual(parsed('بيروت في 3 مارس 2022 / أعلنت الحكومة اللبنانية'), {
    place: 'بيروت',
    date: '3 مارس 2022',
    agency: null,
    rest: 'أعلنت الحكومة اللبنانية',
  });
});

test('parseDateline: an Arabic place written with its vowel signs, a Levantine month and no comma', () => {
  assert.deepEqual(parsed('دمشق 14 تشرين الثاني (سانا) - أقرّ مجلس الشعب'), {
    place: 'دمشق',
    date: '14 تشرين الثاني',
    agency: 'سانا',
    rest: 'أقرّ مجلس الشعب',
  });
  assert.deepEqual(parsed('جدّة 9 شباط (واس) - وقّعت المملكة'), { place: 'جدّة', date: '9 شباط', agency: 'واس', rest: 'وقّعت المملكة' });
  assert.deepEqual(parsed('عَمّان، 2 أيلول 2021 (بترا) - صادق مجلس النواب'), {
    place: 'عَمّان',
    date: '2 أيلول 2021',
    agency: 'بترا',
    rest: 'صادق مجلس النواب',
  });
});

test('parseDateline: an agency spelt out in full between slashes or brackets', () => {
  assert.deepEqual(parsed('МУРМАНСК, 3 декабря. /Федеральное информационное агентство «Полярный Вестник»/. Министры подписали'), {
    place: 'МУРМАНСК',
    date: '3 декабря',
    agency: 'Федеральное информационное агентство «Полярный Вестник»',
    rest: 'Министры подписали',
  });
});
