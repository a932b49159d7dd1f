import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument, cleanText } from '../clean/index.ts';
import type { MetaHints } from '../types.ts';
import { buildContext } from './context.ts';
import { findOutlet } from './outlet.ts';

const outlet = (text: string, hints: MetaHints = {}) => findOutlet(buildContext({ ...cleanText(text), hints }, 'en'));
const LEAD = 'The two countries on Friday signed a treaty that commits each to come to the other’s aid.';

test('outlet: the page metadata wins', () => {
  assert.equal(outlet(`Title of the report\n\n${LEAD}`, { outlet: 'The Channel Times Online' }).value, 'The Channel Times Online');
});

test('outlet: datelines name the agency', () => {
  assert.equal(outlet(`MOSCOW, November 6. /TASS/. ${LEAD}`).value, 'TASS');
  assert.equal(outlet(`SEOUL (Reuters) – ${LEAD}`).value, 'Reuters');
  assert.equal(outlet(`Lindenburg, 15 March 2031 (OSA) - ${LEAD}`).value, 'OSA');
});

test('outlet: a syndicating page’s label outranks the wire it carries', () => {
  const text = `HARBOUR GAZETTE | World\nArland, Borvia seal defence pact for the strait\nSaturday, March 15, 2031\nDistributed by Compass Press\n\nPORT HERON, March 14 (Compass Press) - ${LEAD}`;
  const o = outlet(text);
  assert.equal(o.value, 'Harbour Gazette');
  assert.match(o.evidence, /label above the headline/);
});

test('outlet: staff bylines, copyright lines, syndication credits', () => {
  assert.equal(outlet(`FACTBOX - What is in the treaty?\nBy Compass Press staff\nMarch 15, 2031\n\n${LEAD}`).value, 'Compass Press');
  assert.equal(outlet(`${LEAD}\n© 2024 Daily Planet. All rights reserved.`).value, 'Daily Planet');
  assert.equal(outlet(`Treaty sealed in the capital today\nDistributed by Global Wire\n\n${LEAD}`).value, 'Global Wire');
});

test('outlet: a column names its publication only weakly, in the bio or the footer', () => {
  const o = outlet(
    `${LEAD}\n\nMiriam Castell is a former naval officer and a columnist for the Arlandian Review.\n\nEnjoyed this column? Subscribe to the Arlandian Review for unlimited access from 1 euro a week.`,
  );
  assert.equal(o.value, 'Arlandian Review');
  assert.match(o.evidence, /weak/);
});

test('outlet: a site name repeated across the menu, in its own script', () => {
  const text = `صدى البلد البلد سبورت قناة صدى البلد صدى البلد جامعات صدى البلد عقارات\nN. Korea & Russia Sign Treaty for Strategic Stability\n\n${LEAD}`;
  assert.equal(outlet(text).value, 'صدى البلد');
});

test('outlet: null when nothing names it (a newspaper quoted in the body is not the outlet)', () => {
  const o = outlet(`Russia is preparing to ratify the agreement\n${LEAD}\nThe Washington Post previously reported that soldiers are training.`);
  assert.equal(o.value, null);
  assert.match(o.evidence, /no site metadata/);
});

const outletIn = (text: string, language: string) => findOutlet(buildContext({ ...cleanText(text), hints: {} }, language)).value;

test('outlet: the agency in a slug or a dateline’s parenthesis, in any script and with elided particles', () => {
  assert.equal(
    outletIn(
      'Дума одобрила соглашение\n\nКАЗАНЬ, 14 марта. /Волжское агентство/. Государственная дума в пятницу ратифицировала соглашение о рыболовстве.',
      'ru',
    ),
    'Волжское агентство',
  );
  assert.equal(
    outletIn(
      'Le Sénat adopte l’accord\n\nDakar, 3 février 2025 (L’Écho du Sahel) – Le Sénat a adopté lundi le projet de loi autorisant la ratification.',
      'fr',
    ),
    'L’Écho du Sahel',
  );
});

test('outlet: a masthead line with a date, a masthead line under the headline, in any script', () => {
  assert.equal(
    outletIn(
      'Дума одобрила соглашение\n\nКамский обозреватель, 3 мая 2025\n\nГосударственная дума в пятницу ратифицировала соглашение о рыболовстве на Каспии.',
      'ru',
    ),
    'Камский обозреватель',
  );
  assert.equal(outlet(`Factbox: what the fisheries accord changes\n\nLakeshore Policy Digest\nMarch 3, 2025\n\n${LEAD}`).value, 'Lakeshore Policy Digest');
  assert.equal(
    outletIn(
      'صحيفة الوادي الأخضر\n\nالبرلمان يصادق على اتفاقية الصيد البحري\n\nصادق البرلمان يوم الأربعاء على اتفاقية الصيد البحري مع الجارة الشمالية بأغلبية كبيرة من الأصوات.',
      'ar',
    ),
    'صحيفة الوادي الأخضر',
  );
});

test('outlet: a header date line is never the outlet; a desk after the name is not part of it', () => {
  const text = `Tuesday, 4 March 2025 | 13 Esfand 1403\nCaspian Wire Service - Regional Desk\n\nParliament approves the fisheries accord\n\n${LEAD}`;
  assert.equal(outlet(text).value, 'Caspian Wire Service');
});

test('outlet: credits without a year, or with the year after the name', () => {
  assert.equal(outletIn(`${LEAD}\n© Le Messager du Sahel – Tous droits réservés. Reproduction interdite.`, 'fr'), 'Le Messager du Sahel');
  assert.equal(outletIn(`${LEAD}\n© Волжское агентство, 2025`, 'ru'), 'Волжское агентство');
  assert.equal(outletIn(`${LEAD}\n© Ostsee-Kurier 2025 · Alle Rechte vorbehalten · Impressum`, 'de'), 'Ostsee-Kurier');
  assert.equal(outlet(`${LEAD}\nHarbor Lights Media Group. All rights reserved.`).value, 'Harbor Lights Media Group');
  assert.equal(
    outletIn('صادق البرلمان يوم الأربعاء على اتفاقية الصيد البحري مع الجارة الشمالية بأغلبية كبيرة.\nجميع الحقوق محفوظة © وكالة أنباء الخليج 2025', 'ar'),
    'وكالة أنباء الخليج',
  );
});

test('outlet: usage footers name it, in English and Russian', () => {
  assert.equal(outlet(`${LEAD}\nAll rights reserved. Use of materials is permitted only with a hyperlink to Lakeshore Courier.`).value, 'Lakeshore Courier');
  assert.equal(outletIn(`${LEAD}\nПри использовании материалов ссылка на «Волжское агентство» обязательна.`, 'ru'), 'Волжское агентство');
});

test('outlet: a bulletin’s note about itself', () => {
  assert.equal(outlet(`${LEAD}\n\nLakeshore Policy Digest is published weekly. To unsubscribe, click here.`).value, 'Lakeshore Policy Digest');
  assert.equal(
    outletIn(
      'Der Bundestag hat am Mittwoch das Abkommen über die Fischerei im Ostseeraum gebilligt.\n\nDer Ostbrief erscheint wöchentlich. Newsletter abbestellen',
      'de',
    ),
    'Der Ostbrief',
  );
});

test('outlet: a photo credit of a government body and an agency quoted in the report are not the outlet', () => {
  const text = `Parliament approves the fisheries accord\n\n${LEAD} The state agency KCNA reported the vote on Friday.\nPhoto: the plenary session. © Press service of the Senate`;
  assert.equal(outlet(text).value, null);
});

test('outlet: a masthead with a description after a dash is named by its name; a language switcher is no outlet', () => {
  const text =
    'РУС | ENG\nУральский телеграф — государственное информационное агентство\n\nДума ратифицировала соглашение\n\nГосударственная дума во вторник ратифицировала соглашение о рыболовстве на Каспии.';
  assert.equal(outletIn(text, 'ru'), 'Уральский телеграф');
});

test('outlet: a site naming itself in its membership or subscription pitch, in several languages', () => {
  assert.equal(outlet(`${LEAD}\n\nLiked this? Become a member of the Harbour Ledger for $5 a month and read without limits.`).value, 'Harbour Ledger');
  assert.equal(
    outletIn('Государственная дума во вторник ратифицировала соглашение о рыболовстве на Каспии.\n\nПодписывайтесь на «Камский вестник» в Telegram', 'ru'),
    'Камский вестник',
  );
});

test('outlet: a report about another publication is not that publication’s note', () => {
  const text = `Parliament approves the fisheries accord\n\n${LEAD}\n\nThe decision was first reported by the Coastal Observer, a regional paper that critics of the government say is under growing pressure. The Coastal Observer is published weekly in the port city and has a circulation of about 20,000 copies.`;
  assert.equal(outlet(text).value, null);
});

test('outlet: the site naming itself beside its paywall, in five languages; the column footer name ends at its full stop', () => {
  const cases: [string, string, string][] = [
    ["You're now reading The Fenland Courier. Subscribe for unlimited access.", 'en', 'The Fenland Courier'],
    ['Vous lisez La Gazette de Brabant. Abonnez-vous pour lire la suite.', 'fr', 'La Gazette de Brabant'],
    ['Está leyendo El Heraldo Austral. Suscríbase para seguir leyendo.', 'es', 'El Heraldo Austral'],
    ['Вы читаете «Уральский курьер». Оформите подписку.', 'ru', 'Уральский курьер'],
  ];
  for (const [line, lang, name] of cases) {
    const o = findOutlet(buildContext({ ...cleanText(`${LEAD}\n\n${line}`), hints: {} }, lang));
    assert.equal(o.value, name, line);
  }
  const column = outlet(`${LEAD}\n\nAnna Berg is a columnist for the Fenland Courier. The views expressed are her own.`);
  assert.equal(column.value, 'Fenland Courier');
});

test('outlet: a report quoting "you are reading" names no outlet', () => {
  assert.equal(outlet(`${LEAD}\n\n"You are reading The Treaty Text wrong," the envoy told the committee.`).value, null);
});

const outletOf = (text: string, language: string, hints: MetaHints = {}) => findOutlet(buildContext({ ...cleanText(text), hints }, language));

test('outlet: a release’s label is no outlet; the public body above it is, in every language', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'Office of the Prime Minister of Canada', 'News release', 'Canada and Norway sign an Arctic research accord'],
    ['de', 'Staatskanzlei des Landes Brandenburg', 'Pressemitteilung', 'Brandenburg und Lebuser Land vereinbaren gemeinsamen Rettungsdienst'],
    ['fr', 'Ministère des Armées', 'Communiqué', 'La France et la Grèce signent un accord de défense'],
    ['es', 'Secretaría de Relaciones Exteriores', 'Sala de prensa', 'México y Guatemala firman un acuerdo sobre el río Usumacinta'],
    ['ru', 'Министерство иностранных дел Республики Молдова', 'Пресс-релиз', 'Молдова и Румыния подписали соглашение о мосте через Прут'],
    ['ar', 'وزارة الخارجية والتعاون الدولي', 'بيان صحفي', 'توقيع اتفاقية للتعاون في مجال الموانئ مع الجارة الشمالية'],
  ];
  const leads: Record<string, string> = {
    en: 'The two governments signed the accord in Ottawa on Tuesday, the office said in a statement.',
    de: 'Die beiden Regierungen haben das Abkommen am Dienstag in Potsdam unterzeichnet, teilte die Staatskanzlei mit.',
    fr: 'Les deux gouvernements ont signé l’accord mardi à Paris, a indiqué le ministère dans un communiqué.',
    es: 'Los dos gobiernos firmaron el acuerdo el martes en la capital, informó la dependencia en un comunicado.',
    ru: 'Правительства двух стран подписали соглашение во вторник в Кишинёве, сообщило министерство.',
    ar: 'وقعت الحكومتان الاتفاقية يوم الثلاثاء في العاصمة، بحسب ما أفادت الوزارة في بيان.',
  };
  for (const [lang, body, label, headline] of cases) {
    const o = outletOf(`${body}\n${label}\n\n${headline}\n\n${leads[lang]}`, lang);
    assert.equal(o.value, body, `${lang}: ${o.evidence}`);
  }
});

test('outlet: a research body or a civic group’s name above the headline is the outlet, not the title', () => {
  const cases: [string, string, string][] = [
    ['en', 'Forum for River Rights', 'Three states ratify the watercourses convention in one week'],
    ['fr', 'Observatoire des frontières africaines', 'Le Bénin et le Niger relancent la démarcation de leur frontière'],
    ['es', 'Centro de Estudios del Pacífico Sur', 'Lo que cambia el nuevo acuerdo pesquero entre Chile y Perú'],
    ['de', 'Institut für Ostseestudien', 'Was das neue Fischereiabkommen für die Ostsee bedeutet'],
  ];
  for (const [lang, name, headline] of cases) {
    const o = outletOf(
      `${name}\nHome | Analysis | About\n\n${headline}\n\nThe agreement was signed on Monday by the ministers of both states in the capital.`,
      lang,
    );
    assert.equal(o.value, name, `${lang}: ${o.evidence}`);
  }
});

test('outlet: an agency’s acronym beside its full name gives both', () => {
  assert.equal(
    outlet(`KNA | Kivu News Agency\nPolitics | Economy | World\n\nKinshasa and Kigali sign a lake treaty\n\n${LEAD}`).value,
    'Kivu News Agency (KNA)',
  );
  assert.equal(
    outletOf(
      `ANP - Agencia Nacional de Prensa\n\nPanamá y Colombia firman un acuerdo fronterizo\n\nLos dos países firmaron el martes un acuerdo sobre el Darién.`,
      'es',
    ).value,
    'Agencia Nacional de Prensa (ANP)',
  );
});

test('outlet: a wire’s copy credited on its last line ("Source: X", "Quelle: X", "Fuente: X")', () => {
  assert.equal(outlet(`Treaty ratified\n\n${LEAD}\n\nSource: Pacific Newswire`).value, 'Pacific Newswire');
  assert.equal(
    outletOf(`Vertrag ratifiziert\n\nDie beiden Staaten haben den Vertrag am Freitag ratifiziert.\n\nQuelle: Nordsee-Nachrichtendienst`, 'de').value,
    'Nordsee-Nachrichtendienst',
  );
  // A data source under a chart or a list is not the publisher.
  assert.equal(outlet(`Treaty ratified\n\n${LEAD}\n\nSource: UN Treaty Collection`).value, null);
});

test('outlet: a footer that says who publishes the page ("X is published by Y")', () => {
  assert.equal(outlet(`Treaty ratified\n\n${LEAD}\n\nThe Valley Courier is published by Riverside Media Ltd.`).value, 'The Valley Courier');
  assert.equal(
    outletOf(
      `Vertrag ratifiziert\n\nDie beiden Staaten haben den Vertrag am Freitag ratifiziert.\n\nDer Inntal-Bote wird von der Alpenverlag GmbH herausgegeben.`,
      'de',
    ).value,
    'Der Inntal-Bote',
  );
});

test('outlet: a page’s logo block names it when the page gives no site name', () => {
  const html = `<html><body><div class="site-logo">Le Phare du Littoral</div><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Accord sur les phares de la Manche</h1><p>La France et le Royaume-Uni ont signé mardi un accord sur l’entretien commun des phares de la Manche.</p>
<p>L’accord entre en vigueur le premier jour du mois suivant sa ratification par les deux parlements.</p></article></body></html>`;
  const cleaned = cleanDocument({ file: 'x.html', sha256: 'x', format: 'html', text: null, html, hints: {}, charset: 'UTF-8', warnings: [] });
  assert.equal(findOutlet(buildContext(cleaned, 'fr')).value, 'Le Phare du Littoral');
});

test('outlet: the sender’s name in a saved newsletter’s mail header', () => {
  const text = `Von: Ostsee-Briefing <info@ostsee.example>\nAn: leser@example.org\nBetreff: Ein Abkommen über Hochwasserdaten\n\nDie beiden Anrainerstaaten haben sich am Montag auf den Austausch von Hochwasserdaten geeinigt.`;
  assert.equal(outletOf(text, 'de').value, 'Ostsee-Briefing');
  // An address without a name names nobody.
  assert.equal(outlet(`From: digest@example.org\nTo: reader@example.org\nSubject: A flood-data pact\n\n${LEAD}`).value, null);
});

test('outlet: a release’s "for immediate release" is no outlet; its "About X" note names the publisher, in several languages', () => {
  const en = `FOR IMMEDIATE RELEASE\nApril 2, 2025\n\nDelta Futures welcomes the river accord\n\n${LEAD}\n\nAbout Delta Futures: Delta Futures is a non-profit alliance of farming and fishing communities in the delta.`;
  assert.equal(outlet(en).value, 'Delta Futures');
  const de = `Die beiden Staaten haben den Vertrag am Freitag ratifiziert.\n\nÜber Flussbündnis Elbe: Das Flussbündnis Elbe ist ein Zusammenschluss von Umweltverbänden an der Elbe.`;
  assert.equal(outletOf(de, 'de').value, 'Flussbündnis Elbe');
  const fr = `Les deux États ont ratifié le traité vendredi.\n\nÀ propos de Lac Vivant : Lac Vivant est une association de riverains du lac.`;
  assert.equal(outletOf(fr, 'fr').value, 'Lac Vivant');
});

test('outlet: the site’s name after the headline in the page title, when the page’s own headline is given apart', () => {
  const html = `<html><head><title>Two states sign a lake treaty | Great Lakes Dispatch</title><meta property="og:title" content="Two states sign a lake treaty"></head>
<body><article><h1>Two states sign a lake treaty</h1><p>${LEAD}</p><p>The treaty enters into force when both parliaments have approved it.</p></article></body></html>`;
  const cleaned = cleanDocument({ file: 'x.html', sha256: 'x', format: 'html', text: null, html, hints: {}, charset: 'UTF-8', warnings: [] });
  assert.equal(findOutlet(buildContext(cleaned, 'en')).value, 'Great Lakes Dispatch');
});

test('outlet: a section label in the plural is no outlet; a Russian name keeps its lowercase adjective', () => {
  const text =
    'Уральский наблюдатель\nКолонки\n\nДоговор без границы\n\nСоглашение о границе ратифицировано ещё в прошлом году, но столбы так и не поставлены.';
  assert.equal(outletOf(text, 'ru').value, 'Уральский наблюдатель');
  const plain = 'Тобольский летописец\nМнения\n\nДоговор без границы\n\nСоглашение о границе ратифицировано ещё в прошлом году, но столбы так и не поставлены.';
  assert.equal(outletOf(plain, 'ru').value, 'Тобольский летописец');
});

test('outlet: "Crown copyright" is no holder: the agency named after it is', () => {
  assert.equal(outlet(`${LEAD}\n\n© Crown copyright. Maritime Safety Authority.`).value, 'Maritime Safety Authority');
});

test('outlet: a site describing itself as a news site or portal in its footer, in several languages', () => {
  assert.equal(outlet(`${LEAD}\n\nThe Atoll Observer is an independent news site covering the Indian Ocean.`).value, 'The Atoll Observer');
  assert.equal(
    outletOf(`Две страны подписали соглашение.\n\n«Вести Заполярья» — независимый новостной портал Мурманской области.`, 'ru').value,
    'Вести Заполярья',
  );
});

test('outlet: a sign-off line with the site’s name and its address', () => {
  assert.equal(outletOf('Две страны подписали соглашение о мосте через Амур.\n\nВести Заполярья — vesti-north.example', 'ru').value, 'Вести Заполярья');
  assert.equal(outlet(`${LEAD}\n\nThe Valley Courier · www.valleycourier.example`).value, 'The Valley Courier');
});

test("outlet: a bar's description of the publication and a research paper's series label are never its name", () => {
  const bulletin = [
    'Harbour Notes',
    '',
    'A fortnightly bulletin on shipping and the ports of the north · No. 41 · 9 May 2024',
    '',
    'The quota accord is a year old',
    '',
    `${LEAD} The accord entered into force on 1 June 2023 after both parliaments approved it.`,
  ].join('\n');
  assert.equal(outlet(bulletin).value, 'Harbour Notes');
  const paper = [
    'Issue Brief No. 31 | March 2022',
    '',
    'Baltic Fisheries Institute, Tallinn',
    '',
    'The quota accord after one year',
    '',
    `${LEAD} The accord entered into force on 1 June 2023 after both parliaments approved it.`,
  ].join('\n');
  assert.notEqual(outlet(paper).value, 'Issue Brief No. 31');
  assert.notEqual(outlet(paper).value, 'March 2022');
});

test('outlet: a site telling in its pitch that it is free to read or funded by its readers, in four languages', () => {
  const column = (pitch: string) => `The quotas are a fiction\n\nBy Ana Ruiz\n\n${LEAD} It will not survive the first review.\n\n${pitch}`;
  assert.equal(
    outlet(column('Enjoyed this column? The Fjord Review is free to read because readers fund it. Become a supporter from €4 a month.')).value,
    'The Fjord Review',
  );
  assert.equal(outletIn(column('Le Courrier du Lac est financé par ses lecteurs. Soutenez-nous dès 3 € par mois.'), 'fr'), 'Le Courrier du Lac');
  assert.equal(outletIn(column('Der Ostsee-Bote ist kostenlos lesbar, weil Leser ihn unterstützen. Jetzt unterstützen!'), 'de'), 'Der Ostsee-Bote');
  assert.equal(outletIn(column('El Diario del Valle se financia gracias a sus lectores. Hazte socio desde 3 € al mes.'), 'es'), 'El Diario del Valle');
});

test('outlet: an acronym in the copyright line takes the full name the header gives with it ("Full Name (ACR)")', () => {
  const text = [
    'Inicio | Nacional | Internacional | Economía',
    'Agencia Andina de Noticias del Pacífico (AANP)',
    '',
    'El Congreso aprueba el acuerdo pesquero',
    '',
    'LIMA - El Congreso peruano aprobó el martes el acuerdo pesquero con Chile, que fija cuotas para tres especies y crea una comisión mixta.',
    '',
    '© 2024 AANP. Todos los derechos reservados.',
  ].join('\n');
  assert.equal(outletIn(text, 'es'), 'Agencia Andina de Noticias del Pacífico (AANP)');
});

test('outlet: a ministry’s long name in its copyright line, and a release label beside its date is no outlet', () => {
  const release = [
    'Kenya ratifies the Lake Victoria fisheries protocol',
    '',
    'Ministry of Agriculture and Fisheries of the Republic of Kenya',
    'Press release | Nairobi, 3 March 2024',
    '',
    'The Government of Kenya today deposited its instrument of ratification of the protocol on the sustainable management of the fisheries of Lake Victoria with the secretariat in Jinja.',
    '',
    '© Ministry of Agriculture and Fisheries of the Republic of Kenya',
  ].join('\n');
  assert.equal(outlet(release).value, 'Ministry of Agriculture and Fisheries of the Republic of Kenya');
  assert.equal(
    outlet(`${LEAD}\n\n© Ministry of Foreign Affairs and Trade of the Republic of Ghana. All rights reserved.`).value,
    'Ministry of Foreign Affairs and Trade of the Republic of Ghana',
  );
});

test('outlet: an Arabic rights line that glues «ل» to the holder’s name', () => {
  assert.equal(outlet(`${LEAD}\n\nجميع الحقوق محفوظة لوكالة الساحل للأنباء ©`).value, 'وكالة الساحل للأنباء');
  assert.equal(outlet(`${LEAD}\n\nجميع الحقوق محفوظة لصحيفة النهار 2024`).value, 'صحيفة النهار');
});

test('outlet: a masthead in capitals keeps its particles in lowercase (es, fr, de)', () => {
  const text = (name: string) => `${name}\n\nTitle of the analysis\n\n${LEAD}`;
  assert.equal(outlet(text('INSTITUTO DE ESTUDIOS DEL PACÍFICO (IEP)')).value, 'Instituto de Estudios del Pacífico (IEP)');
  assert.equal(outlet(text('OBSERVATOIRE DES OCÉANS ET DES CÔTES')).value, 'Observatoire des Océans et des Côtes');
});
