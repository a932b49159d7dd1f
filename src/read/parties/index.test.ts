import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBodies, findParties } from './index.ts';

const parties = (text: string, language: string | null = 'en') => findParties(text, language).map((p) => `${p.text}=${p.code}/${p.form}`);
const bodies = (text: string, language: string | null = 'en') => findBodies(text, language).map((b) => `${b.text}=${b.name}/${b.role}/${b.country}`);

test('English names, long forms, adjectives, abbreviations and capitals', () => {
  assert.deepEqual(
    parties("Kim Jong Un, President of the Democratic People's Republic of Korea (DPRK), and Vladimir Putin, President of the Russian Federation"),
    ["Democratic People's Republic of Korea=KP/country", 'DPRK=KP/abbreviation', 'Russian Federation=RU/country'],
  );
  assert.deepEqual(parties('N. Korea & Russia Sign Treaty for Strategic Stability'), ['N. Korea=KP/country', 'Russia=RU/country']);
  assert.deepEqual(parties('North Korean leader Kim Jong Un and Russian President Vladimir Putin met in Pyongyang.'), [
    'North Korean=KP/adjective',
    'Russian=RU/adjective',
    'Pyongyang=KP/capital',
  ]);
  assert.deepEqual(parties('carried out by the USA with the U.S. and the UK, PRC, ROK and RF; Moscow, Tehran and Kyiv'), [
    'USA=US/abbreviation',
    'U.S.=US/abbreviation',
    'UK=GB/abbreviation',
    'PRC=CN/abbreviation',
    'ROK=KR/abbreviation',
    'RF=RU/abbreviation',
    'Moscow=RU/capital',
    'Tehran=IR/capital',
    'Kyiv=UA/capital',
  ]);
});

test('phrases that only look like states are none', () => {
  assert.deepEqual(parties('Latin American states, New Jersey, the Indian Ocean, the Korean Peninsula'), []);
  assert.deepEqual(parties('The Washington Post reported it; a Moscow State University study'), []);
  assert.deepEqual(parties('we told us about china'), []);
});

test('Russian names in every case, abbreviations and adjectives', () => {
  assert.deepEqual(
    parties('Россия и КНДР; Северная Корея; в России; с Россией; в Российской Федерации; РФ и США; в Москве; Пхеньяном; российский президент', 'ru'),
    [
      'Россия=RU/country',
      'КНДР=KP/abbreviation',
      'Северная Корея=KP/country',
      'России=RU/country',
      'Россией=RU/country',
      'Российской Федерации=RU/country',
      'РФ=RU/abbreviation',
      'США=US/abbreviation',
      'Москве=RU/capital',
      'Пхеньяном=KP/capital',
      'российский=RU/adjective',
    ],
  );
});

test('German and French names and adjectives; a language’s false friends only in that language', () => {
  assert.deepEqual(parties('Russlands Regierung, die russische Delegation, Nordkorea und Moskau', 'de'), [
    'Russlands=RU/country',
    'russische=RU/adjective',
    'Nordkorea=KP/country',
    'Moskau=RU/capital',
  ]);
  assert.deepEqual(parties('la Russie, la Corée du Nord, le gouvernement russe, Moscou', 'fr'), [
    'Russie=RU/country',
    'Corée du Nord=KP/country',
    'russe=RU/adjective',
    'Moscou=RU/capital',
  ]);
  assert.deepEqual(parties('Island', 'de'), ['Island=IS/country']);
  assert.deepEqual(parties('Jeju Island', 'en'), []);
});

test('bodies with the country of an adjacent state mention', () => {
  assert.deepEqual(bodies('MOSCOW, November 6. Russia’s Federation Council, or upper house of parliament, has approved a bill'), [
    'Federation Council=Federation Council/upper-house/RU',
    'upper house of parliament=Upper House/upper-house/null',
  ]);
  assert.deepEqual(bodies("It was posted on the official website of the Russian Federation's State Duma."), ['State Duma=State Duma/lower-house/RU']);
  assert.deepEqual(bodies("Kim Jong Un addresses the Supreme People's Assembly in Pyongyang."), [
    "Supreme People's Assembly=Supreme People's Assembly/legislature/KP",
  ]);
  assert.deepEqual(bodies('Vladimir Putin, President of the Russian Federation, and the Vice President'), ['President=President/head-of-state/RU']);
  assert.deepEqual(bodies("Iran's Majlis, the Knesset, Japan's National Diet and the U.S. Senate"), [
    'Majlis=Majlis/legislature/IR',
    'Knesset=Knesset/legislature/IL',
    'National Diet=National Diet/legislature/JP',
    'Senate=Senate/upper-house/US',
  ]);
});

test('generic legislatures and offices; a state without an ISO code keeps its written name', () => {
  assert.deepEqual(bodies('Federal Chancellor Johann Brecht spoke to the Federal Diet and to the Assembly of the Republic.'), [
    'Federal Chancellor=Federal Chancellor/head-of-government/null',
    'Federal Diet=Federal Diet/legislature/null',
    'Assembly of the Republic=Assembly of the Republic/legislature/null',
  ]);
  assert.deepEqual(bodies('Парламент Валдории одобрил договор ещё 20 мая, а президент Валдории Елена Марш подписала закон.', 'ru'), [
    'Парламент=Parliament/legislature/Валдории',
    'президент=President/head-of-state/Валдории',
  ]);
  assert.deepEqual(bodies('Федеральный сейм Остмарка в среду одобрил договор; Государственная дума и Совет Федерации', 'ru'), [
    'Федеральный сейм=Federal Diet/legislature/Остмарка',
    'Государственная дума=State Duma/lower-house/RU',
    'Совет Федерации=Federation Council/upper-house/RU',
  ]);
  assert.deepEqual(bodies('Die Präsidentin der Republik Valdoria; die Versammlung der Republik; im Föderalen Landtag; der Bundestag', 'de'), [
    'Präsidentin=President/head-of-state/Valdoria',
    'Versammlung der Republik=Assembly of the Republic/legislature/null',
    'Föderalen Landtag=Federal Diet/legislature/null',
    'Bundestag=Bundestag/lower-house/DE',
  ]);
  assert.deepEqual(bodies("Ostmark's foreign ministry said; the Ministry of Foreign Affairs of the Russian Federation; the government"), [
    'foreign ministry=Ministry of Foreign Affairs/ministry/null',
    'Ministry of Foreign Affairs=Ministry of Foreign Affairs/ministry/RU',
    'government=Government/government/null',
  ]);
});

test('a sentence without a body word is skipped', () => {
  assert.deepEqual(bodies('The treaty was signed on June 19, 2024.'), []);
});

test('offices inside longer words and look-alikes', () => {
  assert.deepEqual(bodies('Der Bundespräsident und der Vizepräsident', 'de'), ['Bundespräsident=President/head-of-state/null']);
  assert.deepEqual(bodies('the Chancellor of the Exchequer and the presidential palace'), []);
});

test('Spanish and Arabic names and adjectives, and the European Union as a party in every language', () => {
  assert.deepEqual(parties('El Senado de Chile y el Gobierno de Nueva Zelanda firmaron con la Unión Europea.', 'es'), [
    'Chile=CL/country',
    'Nueva Zelanda=NZ/country',
    'Unión Europea=EU/country',
  ]);
  assert.deepEqual(parties('El canciller argentino viajó a Marruecos.', 'es'), ['argentino=AR/adjective', 'Marruecos=MA/country']);
  assert.deepEqual(parties('وقعت الإمارات وإسرائيل معاهدة السلام في واشنطن', 'ar').slice(0, 1), ['الإمارات=AE/country']);
  assert.deepEqual(parties('The European Union and the EU’s partners; die Europäische Union', 'en'), ['European Union=EU/country', 'EU=EU/abbreviation']);
  assert.deepEqual(parties('Евросоюз и Новая Зеландия', 'ru'), ['Евросоюз=EU/country', 'Новая Зеландия=NZ/country']);
});

test('Russian plural names decline: adjectives ending in a vowel are no indeclinable foreign nouns', () => {
  assert.deepEqual(parties('договор с Соединенными Штатами Америки', 'ru'), ['Соединенными Штатами Америки=US/country']);
  assert.deepEqual(parties('позиция Соединённых Штатов и Объединённых Арабских Эмиратов', 'ru'), [
    'Соединённых Штатов=US/country',
    'Объединённых Арабских Эмиратов=AE/country',
  ]);
  assert.deepEqual(parties('в Того и Мали', 'ru'), ['Того=TG/country', 'Мали=ML/country']);
});

test('a body named with its state’s adjective, in every language', () => {
  assert.deepEqual(bodies('Le Sénat uruguayen et l’Assemblée nationale équatorienne', 'fr'), [
    'Sénat=Senate/upper-house/UY',
    'Assemblée nationale=National Assembly/legislature/EC',
  ]);
  assert.deepEqual(bodies('Der paraguayische Senat und das peruanische Parlament', 'de'), [
    'Senat=Senate/upper-house/PY',
    'Parlament=Parliament/legislature/PE',
  ]);
  assert.deepEqual(bodies('el Senado boliviano y el Congreso ecuatoriano', 'es'), ['Senado=Senate/upper-house/BO', 'Congreso=Congress/legislature/EC']);
  assert.deepEqual(bodies('уругвайский сенат и перуанский парламент', 'ru'), ['сенат=Senate/upper-house/UY', 'парламент=Parliament/legislature/PE']);
  assert.deepEqual(parties('البرلمان الأوروغواياني والحكومة البيروفية', 'ar'), ['الأوروغواياني=UY/adjective', 'البيروفية=PE/adjective']);
});

test('chambers named in Arabic and Spanish are the chamber, not a generic parliament', () => {
  assert.deepEqual(
    findBodies('وافق مجلس الشيوخ البرازيلي على الاتفاقية بأغلبية 61 صوتا.', 'ar').map((b) => [b.name, b.role]),
    [['Senate', 'upper-house']],
  );
  assert.deepEqual(
    findBodies('صادق مجلس النواب على المعاهدة، ثم صوّت مجلس الدوما عليها.', 'ar').map((b) => b.name),
    ['House of Representatives', 'State Duma'],
  );
  assert.deepEqual(
    findBodies('La Cámara de Representantes aprobó el tratado y el Consejo de la Federación lo ratificó.', 'es').map((b) => b.name),
    ['House of Representatives', 'Federation Council'],
  );
  assert.deepEqual(
    findBodies('أقر البرلمان الانسحاب، كما صادق الكنيست على الاتفاق.', 'ar').map((b) => [b.name, b.role]),
    [
      ['Parliament', 'legislature'],
      ['Knesset', 'legislature'],
    ],
  );
});

test('Macedonia by its short name in every language, and Greece as the Hellenic Republic', () => {
  const codes = (text: string, language: string) => findParties(text, language).map((p) => p.code);
  assert.deepEqual(codes('Собрание Македонии одобрило соглашение.', 'ru'), ['MK']);
  assert.deepEqual(codes('Das Parlament von Mazedonien stimmte zu.', 'de'), ['MK']);
  assert.deepEqual(codes('Le parlement de la Macédoine du Nord a voté.', 'fr'), ['MK']);
  assert.deepEqual(codes('The Hellenic Parliament approved the agreement.', 'en'), ['GR']);
});

test('states that no longer exist keep their own codes: the Soviet Union, Czechoslovakia, the GDR, Yugoslavia', () => {
  const codes = (text: string, language: string) => findParties(text, language).map((p) => p.code);
  assert.deepEqual(codes('The Soviet Union and the United States signed the treaty.', 'en'), ['SU', 'US']);
  assert.deepEqual(codes('Договор подписали СССР и США.', 'ru'), ['SU', 'US']);
  assert.deepEqual(codes('Die DDR und die Tschechoslowakei traten bei.', 'de'), ['DD', 'CS']);
  assert.deepEqual(codes('East Germany joined; Germany did not exist as one state.', 'en'), ['DD', 'DE']);
  assert.deepEqual(codes('Soviet troops left Yugoslavia.', 'en'), ['SU', 'YU']);
});

test('"the Diet" alone is Japan’s legislature; a diet of another name is not', () => {
  assert.deepEqual(bodies('The Diet’s approval became final at midnight.'), ['Diet=National Diet/legislature/JP']);
  assert.deepEqual(bodies('The Federal Diet voted on Tuesday.'), ['Federal Diet=Federal Diet/legislature/null']);
});
