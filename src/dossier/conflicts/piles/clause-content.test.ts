// A clause known by what it says when reports number it differently, beyond the topics the reading names: the
// status of a territory that changes only with its people's consent, a mechanism named in each language, the
// clause keeping a treaty in force until another ends it (Arabic with its vowel marks), a factbox that also
// names the topic in passing in other articles. Invented agreements; wording of our own.
import { test } from 'node:test';
import { assertConflicts, type Report } from './pile.fixture.ts';

test('a Russian report numbers the consent clause 2 (the number of another clause); three languages say 1', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Aldavia and Brennland signed the Treaty of Dunmore on 3 May 2033. Article 1 provides that the status of the Kell Islands may change only with the consent of a majority of the islanders. Article 2 creates a joint commission on fisheries around the islands.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'L’Aldavie et le Brennland ont signé le traité de Dunmore le 3 mai 2033. Selon l’article premier, tout changement du statut des îles Kell exige le consentement d’une majorité des insulaires.',
    },
    {
      file: '03_es.txt',
      lang: 'es',
      text: 'Aldavia y Brennland firmaron el Tratado de Dunmore el 3 de mayo de 2033. Su artículo 1 dispone que el estatus de las islas Kell solo podrá cambiar si lo consiente una mayoría de sus habitantes.',
    },
    {
      file: '04_ru.txt',
      lang: 'ru',
      text: 'Альдавия и Бреннланд подписали Данморский договор 3 мая 2033 года. В статье 2 закреплено: статус островов Келл может быть изменен только с согласия большинства жителей.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['1', ['01_wire.txt', '02_fr.txt', '03_es.txt']],
        ['2', ['04_ru.txt']],
      ],
      '1',
      ['04_ru.txt'],
    ],
  ]);
});

test('a German report gives the development mechanism Artikel 8, in words of its own; three languages say 9', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Twelve states adopted the Saharan Solar Protocol in Rabat on 9 March 2036. Article 9 creates the green development mechanism, under which industrialised countries pay for solar projects in developing countries and count the emission cuts as their own.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'Douze États ont adopté le protocole solaire saharien à Rabat le 9 mars 2036. Son article 9 crée le mécanisme pour un développement vert, qui permet aux pays industrialisés de financer des projets dans les pays en développement.',
    },
    {
      file: '03_ar.txt',
      lang: 'ar',
      text: 'اعتمدت اثنتا عشرة دولة البروتوكول الشمسي في الرباط في 9 مارس 2036. وتنشئ المادة 9 آلية التنمية الخضراء التي تتيح للدول الصناعية تمويل مشروعات في الدول النامية.',
    },
    {
      file: '04_de.txt',
      lang: 'de',
      text: 'Zwölf Staaten haben das saharische Solarprotokoll am 9. März 2036 in Rabat angenommen. Artikel 8 schafft den Mechanismus für umweltgerechte Entwicklung, über den Industriestaaten Vorhaben in Entwicklungsländern bezahlen und sich die eingesparten Emissionen anrechnen lassen.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['9', ['01_wire.txt', '02_fr.txt', '03_ar.txt']],
        ['8', ['04_de.txt']],
      ],
      '9',
      ['04_de.txt'],
    ],
  ]);
});

test('an Arabic report, with its vowel marks, numbers the clause keeping the treaty in force until a new one ends it 7; others say 8', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The Lake Miren Treaty was signed in Tbilisi on 2 April 2034. Article VIII keeps the treaty in force until the two governments terminate it by a new treaty ratified for that purpose.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'Le traité du lac Miren a été signé à Tbilissi le 2 avril 2034. Son article VIII prévoit qu’il demeure en vigueur jusqu’à ce qu’un nouveau traité ratifié par les deux gouvernements y mette fin.',
    },
    {
      file: '03_ar.txt',
      lang: 'ar',
      text: 'وُقّعت معاهدة بحيرة ميرين في تبليسي في 2 أبريل 2034. وتنص المادة 7 على أن المعاهدة تظل نافذةً إلى أن تُنهى بمعاهدة جديدة يصادق عليها البلدان لهذا الغرض.',
    },
    {
      file: '04_factbox.txt',
      lang: 'en',
      text: 'Article VIII: the treaty remains in force until it is terminated by a duly ratified treaty concluded for that purpose. Article IV: each side may use the lake for fishing and navigation.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['8', ['01_wire.txt', '02_fr.txt', '04_factbox.txt']],
        ['7', ['03_ar.txt']],
      ],
      '8',
      ['03_ar.txt'],
    ],
  ]);
});

test('a factbox whose other articles count from entry into force still numbers the entry-into-force clause', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The Andean Glacier Convention opened for signature in Lima on 6 June 2035. Under Article 28, it enters into force on the sixtieth day after the thirtieth instrument of ratification is deposited.',
    },
    {
      file: '02_es.txt',
      lang: 'es',
      text: 'La Convención de los Glaciares Andinos se abrió a la firma en Lima el 6 de junio de 2035. Su artículo 28 dispone que entrará en vigor el sexagésimo día después del depósito del trigésimo instrumento de ratificación.',
    },
    {
      file: '03_fr.txt',
      lang: 'fr',
      text: 'La convention sur les glaciers andins a été ouverte à la signature à Lima le 6 juin 2035. L’article 27, qui prévoit l’entrée en vigueur le soixantième jour après le dépôt du trentième instrument de ratification, inquiète les diplomates.',
    },
    {
      file: '04_factbox.txt',
      lang: 'en',
      text: [
        'Article 4: each party closes its glacier mines within ten years of the date the convention enters into force for it.',
        'Article 28: entry into force on the sixtieth day after the deposit of the thirtieth instrument of ratification.',
        'Article 30: a party may withdraw two years after the convention has entered into force for it.',
      ].join('\n'),
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['28', ['01_wire.txt', '02_es.txt', '04_factbox.txt']],
        ['27', ['03_fr.txt']],
      ],
      '28',
      ['03_fr.txt'],
    ],
  ]);
});

test('a clause told in words the agreement’s name also uses (forces, cooperation): a short Spanish report still numbers it', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Chile and New Zealand signed the Visiting Forces Cooperation Agreement in Wellington on 4 March 2032. Article 6 covers the cooperative activities the two forces may carry out together, from joint training to disaster relief.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'Le Chili et la Nouvelle-Zélande ont signé l’accord de coopération sur les forces en visite à Wellington le 4 mars 2032. Son article 6 encadre les activités de coopération – entraînements, manœuvres, secours – que les deux armées mènent ensemble.',
    },
    {
      file: '03_es.txt',
      lang: 'es',
      text: 'Chile y Nueva Zelanda firmaron el Acuerdo de Cooperación sobre Fuerzas Visitantes en Wellington el 4 de marzo de 2032. Según su artículo 6, las fuerzas de una parte podrán realizar actividades de cooperación en el territorio de la otra, con su consentimiento.',
    },
    {
      file: '04_de.txt',
      lang: 'de',
      text: 'Chile und Neuseeland haben am 4. März 2032 in Wellington das Abkommen über die Zusammenarbeit ihrer Streitkräfte unterzeichnet. Artikel 7 regelt die gemeinsamen Aktivitäten, für die Soldaten der einen Seite auf das Gebiet der anderen entsandt werden dürfen, etwa Manöver, Ausbildung und Katastrophenhilfe.',
    },
    {
      file: '05_factbox.txt',
      lang: 'en',
      text: 'Article 1 defines the visiting force: the force of one party present, with the consent of the other, in its territory for cooperative activities.\nArticle 6 lists the cooperative activities, such as joint exercises, training and disaster relief, that the forces of the two parties carry out together.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['6', ['01_wire.txt', '02_fr.txt', '03_es.txt', '05_factbox.txt']],
        ['7', ['04_de.txt']],
      ],
      '6',
      ['04_de.txt'],
    ],
  ]);
});

test('entry into force told in its own clause and in the clause on the first meeting, each numbered alike by several reports; a French report misnumbers the first', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The Arctic Shipping Convention was opened for signature in Reykjavik on 12 October 2037. Article 20 brings it into force 90 days after the fortieth ratification. Article 9 calls the first meeting of the parties within one year of its entry into force.',
    },
    {
      file: '02_es.txt',
      lang: 'es',
      text: 'La Convención sobre la Navegación Ártica se abrió a la firma en Reikiavik el 12 de octubre de 2037. Según su artículo 20, entrará en vigor noventa días después de la cuadragésima ratificación.',
    },
    {
      file: '03_de.txt',
      lang: 'de',
      text: 'Die Arktis-Schifffahrtskonvention liegt seit dem 12. Oktober 2037 in Reykjavík zur Unterzeichnung auf. Nach Artikel 20 tritt sie 90 Tage nach der vierzigsten Ratifikation in Kraft. Artikel 9 beruft das erste Treffen der Vertragsparteien binnen eines Jahres nach dem Inkrafttreten ein.',
    },
    {
      file: '04_fr.txt',
      lang: 'fr',
      text: 'La convention sur la navigation arctique a été ouverte à la signature à Reykjavik le 12 octobre 2037. L’article 19, qui fixe l’entrée en vigueur quatre-vingt-dix jours après la quarantième ratification, laisse prévoir des années d’attente. L’article 9 prévoit la première réunion des parties dans l’année suivant l’entrée en vigueur.',
    },
    {
      file: '05_ru.txt',
      lang: 'ru',
      text: 'Конвенция об арктическом судоходстве открыта для подписания в Рейкьявике 12 октября 2037 года. Согласно статье 9, первое совещание сторон состоится в течение года после вступления конвенции в силу.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['20', ['01_wire.txt', '02_es.txt', '03_de.txt']],
        ['19', ['04_fr.txt']],
      ],
      '20',
      ['04_fr.txt'],
    ],
  ]);
});

test('a report that tells clause 8 in words clause 9 also uses, as another source tells clause 8: no misnumbering', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The Lake Miren Treaty was signed in Tbilisi on 2 April 2034. Article 9 sends disputes between the two states to the joint commission, then to a neutral expert or a court of arbitration.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'Le traité du lac Miren a été signé à Tbilissi le 2 avril 2034. Son article 9 confie les différends à la commission mixte, puis à un expert neutre ou à une cour d’arbitrage.',
    },
    {
      file: '03_factbox.txt',
      lang: 'en',
      text: 'Article 8: a permanent joint commission on the lake, with one commissioner from each state.\nArticle 9: disputes go to the commission, a neutral expert or a court of arbitration.',
    },
    {
      file: '04_feed.txt',
      lang: 'en',
      text: 'The Lake Miren Treaty was signed in Tbilisi on 2 April 2034. Under Article 8, each state names a commissioner to the permanent joint commission on the lake, which hears disputes first.',
    },
  ];
  assertConflicts(pile, []);
});
