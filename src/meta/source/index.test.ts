// Source types read from reports written for these tests (invented outlets, real states and agreements outside
// the eval cases), through the clean and meta stages as a report goes, with an empty register: the evidence alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../../clean/index.ts';
import type { MetaHints, RawDocument } from '../../types.ts';
import { extractMeta } from '../index.ts';
import { retypeSource } from './index.ts';

const EMPTY = { outlets: [] };

function typed(text: string, hints: MetaHints = {}, html: string | null = null): [string | null, string | null] {
  const raw: RawDocument = {
    file: html ? 'x.html' : 'x.txt',
    sha256: 'x',
    format: html ? 'html' : 'text',
    text: html ? null : text,
    html,
    hints,
    charset: 'UTF-8',
    warnings: [],
  };
  const cleaned = cleanDocument(raw);
  const doc = { ...extractMeta(raw, cleaned), url: cleaned.hints.url ?? hints.url ?? null, body: cleaned.body, removed: cleaned.removed };
  const found = retypeSource(doc, { register: EMPTY });
  return [found.source_type, found.source_state];
}

const para = (...lines: string[]) => lines.join('\n\n');
const PROSE_EN =
  'The two governments agreed to review the fisheries quotas every three years and to set up a joint commission that meets twice a year in either capital.';

// --- state media -------------------------------------------------------------------------------------------
test('en: an agency describing itself as a state news agency, its state named with it', () => {
  const text = [
    "Lusitania Press Agency | Portugal's state news agency",
    '',
    'Portugal ratifies the Lisbon fisheries accord',
    '',
    `LISBON, 4 May (LPA) - ${PROSE_EN}`,
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'PT']);
});

test("en: a news agency whose menu names its country is that country's state agency", () => {
  const text = [
    'Home | Kenya | Africa | World | Business | Sport',
    'Savanna News Agency',
    '',
    'Kenya signs port pact with Tanzania',
    '',
    `MOMBASA, March 3 (SNA) -- ${PROSE_EN}`,
    '',
    'Copyright © 2023 Savanna News Agency. All rights reserved.',
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'KE']);
});

test('en: an agency slug in the dateline, the state from the capital it is filed in', () => {
  const text = para(
    'Uzbekistan joins the Aral water accord',
    `TASHKENT, May 4. /Silk Road Telegraph Agency/. ${PROSE_EN}`,
    'The accord enters into force on the thirtieth day after the last notification.',
  );
  assert.deepEqual(typed(text), ['state-media', 'UZ']);
});

test('en: a news agency with nothing national around it is a wire', () => {
  const text = para('Senate backs Atlantic tuna pact', `GENEVA, June 9 (Harrow News Agency) - ${PROSE_EN}`, 'Delegates will meet again in the autumn.');
  assert.deepEqual(typed(text), ['wire', null]);
});

test('ru: «государственное информационное агентство» with the state in its own line', () => {
  const text = [
    'ГЛАВНАЯ | ПОЛИТИКА | ЭКОНОМИКА | В МИРЕ',
    'Степной вестник — государственное информационное агентство Казахстана',
    '',
    'Сенат одобрил соглашение о водных ресурсах',
    '',
    'АСТАНА, 12 марта. /Степной вестник/. Сенат парламента в четверг одобрил соглашение о совместном использовании водных ресурсов трансграничных рек с соседними государствами.',
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'KZ']);
});

test("de: an agency calling itself the state's, its state in the label", () => {
  const text = [
    'Donaupresse – staatliche Nachrichtenagentur der Republik Österreich',
    '',
    'Nationalrat billigt Donauschifffahrtsabkommen',
    '',
    'Wien – Der Nationalrat hat am Mittwoch das Abkommen über die Schifffahrt auf der Donau mit den Stimmen aller Fraktionen gebilligt; es tritt im Herbst in Kraft.',
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'AT']);
});

test('fr: «agence de presse officielle» of a state named in the masthead', () => {
  const text = [
    'Agence Teranga Presse – agence de presse officielle du Sénégal',
    '',
    "L'Assemblée nationale ratifie l'accord de pêche",
    '',
    "DAKAR, 2 juin (ATP) – L'Assemblée nationale a ratifié jeudi l'accord de partenariat de pêche durable conclu avec l'Union européenne, pour une durée de cinq ans renouvelable.",
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'SN']);
});

test('es: «agencia estatal de noticias» of a state named in the masthead', () => {
  const text = [
    'Agencia Estatal de Noticias de Bolivia',
    '',
    'La Asamblea aprueba el acuerdo del litio',
    '',
    'LA PAZ, 8 abr (AEN). La Asamblea Legislativa Plurinacional aprobó el martes el acuerdo de cooperación sobre el litio firmado con Argentina y Chile, que prevé una comisión trilateral permanente.',
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'BO']);
});

test('ar: an agency that calls itself the official news agency of its state', () => {
  const text = [
    'وكالة أنباء الساحل - وكالة الأنباء الرسمية لموريتانيا',
    '',
    'الجمعية الوطنية تصادق على اتفاقية الصيد',
    '',
    'نواكشوط 5 مارس (وأس) - صادقت الجمعية الوطنية اليوم الثلاثاء على اتفاقية الصيد البحري الموقعة مع الاتحاد الأوروبي، والتي تمتد لخمس سنوات قابلة للتجديد.',
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'MR']);
});

test('ar: a news agency whose menu names its country and government', () => {
  const text = [
    'الرئيسية | أخبار تونس | الحكومة | اقتصاد | رياضة',
    'وكالة أنباء قرطاج',
    '',
    'البرلمان يصادق على اتفاقية التبادل الحر',
    '',
    'تونس في 3 فيفري /و أ ق/ صادق مجلس نواب الشعب اليوم على اتفاقية منطقة التبادل الحر القارية الإفريقية بأغلبية واسعة بعد نقاش دام يومين.',
  ].join('\n');
  assert.deepEqual(typed(text), ['state-media', 'TN']);
});

// --- government --------------------------------------------------------------------------------------------
test('the official text is a government source; its state only when a government address publishes it', () => {
  const treaty = [
    'AGREEMENT BETWEEN THE REPUBLIC OF CHILE AND THE REPUBLIC OF PERU ON THE DELIMITATION OF THE CONTINENTAL SHELF',
    '',
    'The Republic of Chile and the Republic of Peru, hereinafter referred to as "the Parties",',
    '',
    'Have agreed as follows:',
    '',
    'Article 1',
    'The Parties shall delimit the continental shelf between them by a line of equidistance.',
    '',
    'Article 2',
    'This Agreement shall enter into force on the date of the exchange of the instruments of ratification.',
    '',
    'Done at Lima on 3 March 2031, in two originals in the Spanish language.',
  ].join('\n');
  assert.deepEqual(typed(treaty), ['government', null]);
  assert.deepEqual(typed(treaty, { url: 'https://www.minrel.gob.cl/tratados/plataforma' }), ['government', 'CL']);
});

test("en: a ministry's address under a country code (.gov.sg) is that state's government", () => {
  assert.deepEqual(
    typed(para('Singapore deposits its instrument of ratification', PROSE_EN), { url: 'https://www.mfa.gov.sg/newsroom/press-statements/2031/ratification' }),
    ['government', 'SG'],
  );
});

test("en: an intergovernmental body's address is a government source of no one state", () => {
  assert.deepEqual(typed(para('Depositary notification', PROSE_EN), { url: 'https://treaties.un.org/doc/publication/cn/2031/cn.112.2031' }), [
    'government',
    null,
  ]);
});

test('fr: a .gouv.fr address is the French government', () => {
  const text = para(
    "Signature de l'accord de coopération maritime",
    "La ministre a signé ce matin l'accord de coopération maritime avec le Maroc, qui prévoit des patrouilles conjointes et un échange d'informations.",
  );
  assert.deepEqual(typed(text, { url: 'https://www.diplomatie.gouv.fr/fr/actualites/article/accord' }), ['government', 'FR']);
});

test('es: a .gob.mx address is the Mexican government', () => {
  const text = para(
    'Comunicado: México ratifica el acuerdo',
    'El Senado de la República aprobó el acuerdo de cooperación aduanera con Guatemala, que entrará en vigor treinta días después del canje de notas.',
  );
  assert.deepEqual(typed(text, { url: 'https://www.gob.mx/sre/prensa/comunicado-123' }), ['government', 'MX']);
});

test("de: a ministry as the publisher's masthead, its state named in it", () => {
  const text = [
    'Auswärtiges Amt der Bundesrepublik Deutschland',
    '',
    'Pressemitteilung: Abkommen mit Namibia unterzeichnet',
    '',
    'Berlin – Die Bundesregierung hat heute das Abkommen über die Zusammenarbeit in der Wasserstoffwirtschaft mit der Republik Namibia unterzeichnet.',
  ].join('\n');
  assert.deepEqual(typed(text), ['government', 'DE']);
});

// --- wire --------------------------------------------------------------------------------------------------
test("en: the wire's own credit line, people reporting and editing", () => {
  const text = para(
    'Chile and Argentina sign glacier pact',
    `SANTIAGO, Feb 2 (Condor Press) - ${PROSE_EN}`,
    '(Reporting by Lucia Vidal; Additional reporting by Tom Hale in Buenos Aires; Editing by Kate Moss)',
  );
  assert.deepEqual(typed(text), ['wire', null]);
});

test('en: a name that says wire service', () => {
  const text = [
    'FACTBOX-What the Antarctic krill accord limits',
    '',
    'March 2, 2031',
    'Fenland News Service',
    '',
    `The accord caps the krill catch in four zones. ${PROSE_EN}`,
  ].join('\n');
  assert.deepEqual(typed(text), ['wire', null]);
});

test("es: the wire's own credit line in Spanish", () => {
  const text = para(
    'Uruguay y Paraguay firman el acuerdo del río',
    'MONTEVIDEO, 4 mar (Agencia Pampa) - Los cancilleres de Uruguay y Paraguay firmaron el lunes el acuerdo de navegación del río, que prevé un régimen común de dragado y balizamiento.',
    '(Reportaje de Inés Durán; edición de Pablo Mora)',
  );
  assert.deepEqual(typed(text), ['wire', null]);
});

// --- press -------------------------------------------------------------------------------------------------
test("en: a page that carries a wire's copy under its own masthead is the paper's", () => {
  const text = [
    'THE LAKESIDE LEDGER | World',
    'Chile and Argentina sign glacier pact',
    'Distributed by Harrow Wire',
    '',
    `SANTIAGO, Feb 2 (Harrow Wire) - ${PROSE_EN}`,
    '',
    'More from The Lakeside Ledger: Sign up for our evening briefing',
  ].join('\n');
  assert.deepEqual(typed(text), ['press', null]);
});

test('en: "with reporting by" a wire inside a paper\'s article keeps it a paper', () => {
  const text = para('Fishing pact faces vote', PROSE_EN, 'With reporting by Reuters', '© 2031 The Coastline Observer. All rights reserved.');
  assert.deepEqual(typed(text), ['press', null]);
});

test('en: a site named in its page metadata', () => {
  const html =
    '<html><head><meta property="og:site_name" content="The Upland Tribune"><title>Pact signed</title></head><body><article><h1>Pact signed</h1><p>' +
    PROSE_EN +
    '</p><p>' +
    PROSE_EN +
    '</p></article></body></html>';
  assert.deepEqual(typed('', {}, html), ['press', null]);
});

test('en: a metered paywall shows a newspaper even where no name is given', () => {
  const text = para('The pact deserves a second look', PROSE_EN, 'You have read 2 of your 4 free articles this month. Already a subscriber? Sign in.');
  assert.deepEqual(typed(text), ['press', null]);
});

test('ru: a paper with its copyright line', () => {
  const text = [
    'Волжская заря',
    '',
    'Россия и Казахстан подписали соглашение о Каспии',
    '',
    'Стороны договорились о совместном мониторинге биоресурсов Каспийского моря и о квотах на вылов осетровых на ближайшие пять лет.',
    '',
    '© 2031 «Волжская заря». Все права защищены.',
  ].join('\n');
  assert.deepEqual(typed(text), ['press', null]);
});

test('de: a paper with its copyright line', () => {
  const text = para(
    'Bundestag billigt Wasserabkommen',
    'Berlin – Der Bundestag hat dem Abkommen über die Nutzung grenzüberschreitender Gewässer mit Polen am Donnerstag mit großer Mehrheit zugestimmt.',
    '© Moselbote 2031 · Alle Rechte vorbehalten',
  );
  assert.deepEqual(typed(text), ['press', null]);
});

test('fr: a paper whose comments are for its subscribers', () => {
  const text = [
    'Le Veilleur alpin – mardi 4 mars 2031',
    '',
    "La Suisse et l'Italie signent l'accord sur les glaciers",
    '',
    "Berne – La Suisse et l'Italie ont signé lundi un accord sur la surveillance commune des glaciers du massif du Mont-Rose, qui prévoit un relevé annuel.",
    '',
    'Les commentaires sont réservés à nos abonnés.',
  ].join('\n');
  assert.deepEqual(typed(text), ['press', null]);
});

test('ar: a paper with its rights line', () => {
  const text = para(
    'البرلمان يقر اتفاقية المياه',
    'أقر البرلمان اليوم الاتفاقية الخاصة بتقاسم مياه النهر مع الدول المجاورة بعد مناقشات استمرت ثلاثة أيام في لجنة الشؤون الخارجية.',
    'جميع الحقوق محفوظة © 2031 صحيفة الضفة',
  );
  assert.deepEqual(typed(text), ['press', null]);
});

// --- research ----------------------------------------------------------------------------------------------
test('en: a bulletin published by a research institute', () => {
  const text = para(
    'FACTBOX: The Baltic cable accord',
    PROSE_EN,
    'Baltic Security Notes is published by the Riga Institute for Strategic Studies. Unsubscribe',
  );
  assert.deepEqual(typed(text), ['research', null]);
});

test('en: a brief that notes its own schedule', () => {
  const text = para('Arctic Shipping Brief', 'FACTBOX: The polar code amendments', PROSE_EN, 'Arctic Shipping Brief is sent to subscribers every Tuesday.');
  assert.deepEqual(typed(text), ['research', null]);
});

test('de: a bulletin issued by a foundation', () => {
  const text = para(
    'Der Ostseebrief',
    'Was das Kabelabkommen regelt',
    'Das Abkommen verpflichtet die Anrainer, Schäden an Unterseekabeln binnen 48 Stunden zu melden und gemeinsam zu untersuchen.',
    'Der Ostseebrief wird von der Kieler Stiftung für Sicherheitspolitik herausgegeben.',
  );
  assert.deepEqual(typed(text), ['research', null]);
});

test('fr: a letter published by an institute', () => {
  const text = para(
    'La Lettre du Sahel',
    "Ce que prévoit l'accord de Niamey",
    "L'accord prévoit une force conjointe et un fonds commun alimenté par les trois États signataires pendant dix ans.",
    "La Lettre du Sahel est publiée par l'Institut d'études sahéliennes.",
  );
  assert.deepEqual(typed(text), ['research', null]);
});

// --- abstentions -------------------------------------------------------------------------------------------
test('en: a report with no frame at all stays untyped, whatever agency it quotes', () => {
  const text = para(
    'Pyongyang hails the accord',
    'The official news agency KCNA said on Tuesday that the accord was a milestone, according to a statement carried by state media.',
    PROSE_EN,
  );
  assert.deepEqual(typed(text), [null, null]);
});

test('ru: a bare report with a place and a date stays untyped', () => {
  const text = para(
    'Парламент ратифицировал соглашение',
    'МИНСК, 3 мая. Палата представителей в среду ратифицировала соглашение о пограничном сотрудничестве, подписанное в прошлом году.',
    'Документ вступит в силу после обмена нотами.',
  );
  assert.deepEqual(typed(text), [null, null]);
});

test('de: a name beside a date under the headline is not enough to call it a paper', () => {
  const text = [
    'Polen ratifiziert Grenzabkommen',
    '',
    'Oderländer Bote, 3. Mai 2031',
    '',
    'Warschau – Der Sejm hat das Abkommen über die gemeinsame Grenzüberwachung mit Litauen am Mittwoch ratifiziert; der Senat muss noch zustimmen.',
  ].join('\n');
  assert.deepEqual(typed(text), [null, null]);
});

test('es: a bare report stays untyped', () => {
  assert.deepEqual(
    typed(
      para(
        'El Congreso aprueba el tratado',
        'El Congreso aprobó el martes el tratado de extradición con Portugal, que entrará en vigor tras el canje de los instrumentos de ratificación.',
      ),
    ),
    [null, null],
  );
});

test('en: a paywall line alone, with no meter and no name, says nothing', () => {
  assert.deepEqual(typed(para('The treaty is a mistake', PROSE_EN, 'This article is for subscribers only. Subscribe now for full access')), [null, null]);
});

test('en: an agency saying in its copyright line, after the notice, that it is the state news agency', () => {
  const text = para(
    'Andes Dispatch Service | Home | World | Business',
    'Peru and Chile exchange instruments of the fisheries accord',
    `LIMA, March 3 (Andes Dispatch) -- ${PROSE_EN}`,
    'Copyright (C) 2024 Andes Dispatch Service. All rights reserved. Andes Dispatch Service is the state news agency of the Republic of Peru.',
  );
  assert.deepEqual(typed(text), ['state-media', 'PE']);
});

test("en, de, fr: a broadcaster funded by its state's budget, the state named in the possessive or after it", () => {
  const en = para(
    'NORDWIND RADIO',
    "Norway's international broadcaster, funded by the state budget",
    'Storting approves the fisheries accord',
    `OSLO - ${PROSE_EN}`,
  );
  assert.deepEqual(typed(en), ['state-media', 'NO']);
  const de = para('ALPENWELLE', 'Auslandsrundfunk Österreichs, finanziert aus Bundesmitteln', 'Nationalrat billigt Fischereiabkommen', `WIEN – ${PROSE_EN}`);
  assert.deepEqual(typed(de), ['state-media', 'AT']);
});
