// Dates of a state's or a body's step that one report gives a day off, across languages and formats (a
// Spanish feed item, a French or Russian report, an opinion column): the conflict compares what each source
// says of the same step of the same party (and body, when both name one), whole pipeline. Invented or
// fictionalised agreements and dates; wording of our own.
import { test } from 'node:test';
import { assertConflicts, type Report } from './pile.fixture.ts';

const FEED = (published: string, outlet: string) => ({ published, outlet });

test('a Spanish feed item dates the Chilean Senate’s vote a day later than three reports', () => {
  const pile: Report[] = [
    {
      file: '01_andes.txt',
      lang: 'en',
      text: 'SANTIAGO, 18 March 2031 (Andes Wire) - Chile’s Senate approved the border treaty with Argentina on 17 March 2031 by 38 votes to 2.\n\nThe treaty was signed in Buenos Aires on 9 January 2031 and settles the last disputed stretch of the Andes frontier.',
    },
    {
      file: '02_pampa.txt',
      lang: 'en',
      text: 'BUENOS AIRES, 20 March 2031 (Pampa News) - The Chilean Senate voted to approve the border treaty on 17 March, clearing the way for its ratification.\n\nArgentina’s Congress is expected to vote on the treaty in April.',
    },
    {
      file: '03_feed.jsonl#1',
      lang: 'es',
      text: 'El Senado de Chile dio su visto bueno al tratado de límites con Argentina el 18 de marzo. El acuerdo, firmado en Buenos Aires el 9 de enero, cierra la última disputa fronteriza andina.',
      hints: FEED('2031-03-21', 'Diario Austral'),
    },
    {
      file: '04_fr.txt',
      lang: 'fr',
      text: 'Le Sénat chilien a approuvé le 17 mars 2031 le traité frontalier signé avec l’Argentine le 9 janvier. Le texte doit encore être voté par le Congrès argentin.',
    },
  ];
  assertConflicts(pile, [
    [
      'date',
      [
        ['2031-03-17', ['01_andes.txt', '02_pampa.txt', '04_fr.txt']],
        ['2031-03-18', ['03_feed.jsonl#1']],
      ],
      '2031-03-17',
      ['03_feed.jsonl#1'],
    ],
  ]);
});

test('a French report has the fortieth deposit a day after the day three reports give for it', () => {
  const pile: Report[] = [
    {
      file: '01_pacific.txt',
      lang: 'en',
      text: 'SUVA, 13 June 2030 (Pacific Wire) - The Convention on the Conservation of Coral Reefs has its fortieth ratification.\n\nFiji deposited its instrument of ratification with the United Nations on 12 June 2030, officials said.',
    },
    {
      file: '02_de.txt',
      lang: 'de',
      text: 'Fidschi hat am 12. Juni 2030 seine Ratifikationsurkunde hinterlegt. Das Übereinkommen über die Erhaltung der Korallenriffe war im Mai 2029 in Nairobi unterzeichnet worden.',
    },
    { file: '03_ru.txt', lang: 'ru', text: 'Фиджи 12 июня 2030 года сдали на хранение ратификационную грамоту Конвенции о сохранении коралловых рифов.' },
    {
      file: '04_fr.txt',
      lang: 'fr',
      text: 'Les Fidji ont déposé leur instrument de ratification de la convention sur les récifs coralliens le 13 juin 2030, devenant le quarantième État à le faire.',
    },
  ];
  assertConflicts(pile, [
    [
      'date',
      [
        ['2030-06-12', ['01_pacific.txt', '02_de.txt', '03_ru.txt']],
        ['2030-06-13', ['04_fr.txt']],
      ],
      '2030-06-12',
      ['04_fr.txt'],
    ],
  ]);
});

test('a feed item has the convention in force "this Saturday" for a state that others say joined a month later', () => {
  const pile: Report[] = [
    {
      file: '01_river.txt',
      lang: 'en',
      text: 'The Convention on Transboundary Aquifers entered into force on 7 September 2030 for Uruguay and Paraguay. It entered into force for Bolivia on 7 October 2030, after Bolivia deposited its instrument later.',
    },
    {
      file: '02_plata.txt',
      lang: 'en',
      text: 'The aquifers convention entered into force for Bolivia on 7 October 2030, a month after its neighbours.',
      hints: { published: '2030-10-20' },
    },
    {
      file: '03_feed.jsonl#1',
      lang: 'es',
      text: 'El convenio sobre acuíferos transfronterizos entró en vigor este sábado para Uruguay, Paraguay y Bolivia.',
      hints: FEED('2030-09-07', 'Noticias del Plata'),
    },
    { file: '04_fr.txt', lang: 'fr', text: 'La convention sur les aquifères transfrontaliers est entrée en vigueur pour la Bolivie le 7 octobre 2030.' },
  ];
  assertConflicts(pile, [
    [
      'date',
      [
        ['2030-10-07', ['01_river.txt', '02_plata.txt', '04_fr.txt']],
        ['2030-09-07', ['03_feed.jsonl#1']],
      ],
      '2030-10-07',
      ['03_feed.jsonl#1'],
    ],
  ]);
});

test('a Russian report dates the signature a day after the day reports in three languages give', () => {
  const pile: Report[] = [
    {
      file: '01_andes.txt',
      lang: 'en',
      text: 'LIMA, 30 November 2029 (Andes Wire) - Peru and Ecuador signed an agreement on the joint management of the Zarumilla river basin in Lima on 30 November 2029.',
    },
    {
      file: '02_de.txt',
      lang: 'de',
      text: 'Peru und Ecuador haben das Abkommen über das Einzugsgebiet des Flusses Zarumilla am 30. November 2029 in Lima unterzeichnet.',
    },
    { file: '03_es.txt', lang: 'es', text: 'Perú y Ecuador firmaron el acuerdo sobre la cuenca del río Zarumilla en Lima el 30 de noviembre de 2029.' },
    { file: '04_ru.txt', lang: 'ru', text: 'Перу и Эквадор подписали соглашение о совместном управлении бассейном реки Сарумилья в Лиме 1 декабря 2029 года.' },
  ];
  assertConflicts(pile, [
    [
      'date',
      [
        ['2029-11-30', ['01_andes.txt', '02_de.txt', '03_es.txt']],
        ['2029-12-01', ['04_ru.txt']],
      ],
      '2029-11-30',
      ['04_ru.txt'],
    ],
  ]);
});

test('an opinion column dates the French Senate’s approval a day after the reports: its statement counts like any other', () => {
  const pile: Report[] = [
    {
      file: '01_fr.txt',
      lang: 'fr',
      text: 'Le Sénat français a approuvé le 4 juin 2031 la ratification de la convention d’extradition entre la France et le Maroc. La convention avait été signée à Rabat le 20 janvier 2030.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'Après l’Assemblée nationale, le Sénat a adopté le 4 juin le projet de loi autorisant la ratification de la convention d’extradition franco-marocaine.',
      hints: { published: '2031-06-05' },
    },
    { file: '03_de.txt', lang: 'de', text: 'Der französische Senat stimmte dem Auslieferungsabkommen mit Marokko am 4. Juni 2031 zu.' },
    {
      file: '04_column.txt',
      lang: 'en',
      text: 'Opinion\n\nThe French Senate approved the extradition treaty with Morocco on 5 June 2031 without a single amendment. That was a mistake, and senators should have said so.',
      hints: { section: 'Opinion' },
    },
  ];
  assertConflicts(pile, [
    [
      'date',
      [
        ['2031-06-04', ['01_fr.txt', '02_fr.txt', '03_de.txt']],
        ['2031-06-05', ['04_column.txt']],
      ],
      '2031-06-04',
      ['04_column.txt'],
    ],
  ]);
});

test('never conflicts: a vote announced for one day and held on the next; two chambers; two states’ deposits', () => {
  assertConflicts(
    [
      {
        file: '01.txt',
        lang: 'en',
        text: 'The Irish Senate will vote on the fisheries agreement with Norway on 16 June 2032, officials said.',
        hints: { published: '2032-06-10' },
      },
      { file: '02.txt', lang: 'en', text: 'The Irish Senate approved the fisheries agreement with Norway on 17 June 2032.' },
      { file: '03.txt', lang: 'de', text: 'Der irische Senat billigte das Fischereiabkommen mit Norwegen am 17. Juni 2032.' },
    ],
    [],
  );
  assertConflicts(
    [
      { file: '01.txt', lang: 'en', text: 'Poland’s Sejm approved the rail treaty with Lithuania on 3 May 2030.' },
      { file: '02.txt', lang: 'en', text: 'The Polish Senate approved the rail treaty with Lithuania on 10 May 2030.' },
      { file: '03.txt', lang: 'de', text: 'Der polnische Sejm stimmte dem Bahnvertrag mit Litauen am 3. Mai 2030 zu, der Senat am 10. Mai 2030.' },
    ],
    [],
  );
  assertConflicts(
    [
      { file: '01.txt', lang: 'en', text: 'Norway deposited its instrument of ratification of the Arctic shipping convention on 2 May 2031.' },
      { file: '02.txt', lang: 'en', text: 'Iceland deposited its instrument of ratification of the Arctic shipping convention on 5 May 2031.' },
      { file: '03.txt', lang: 'de', text: 'Norwegen hinterlegte seine Ratifikationsurkunde am 2. Mai 2031, Island am 5. Mai 2031.' },
    ],
    [],
  );
});

test('a feed item that names the chamber but not its state dates the vote a day early: the chamber is the one state’s', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'WASHINGTON (Capitol Wire) - The US Senate approved the Arctic research treaty with Norway on 22 December 2031 by 71 votes to 26. The treaty was signed in Oslo on 8 April 2031.',
    },
    {
      file: '02_wire.txt',
      lang: 'en',
      text: 'Norway’s Storting approved the Arctic research treaty on 14 November 2031, weeks before the US Senate voted for it on 22 December 2031.',
    },
    { file: '03_de.txt', lang: 'de', text: 'Der US-Senat billigte den Arktis-Forschungsvertrag mit Norwegen am 22. Dezember 2031.' },
    {
      file: '04_feed.jsonl#1',
      lang: 'es',
      text: 'El Senado dio su visto bueno al tratado de investigación ártica el 21 de diciembre, tras semanas de debate.',
      hints: FEED('2031-12-23', 'Gaceta del Norte'),
    },
  ];
  assertConflicts(pile, [
    [
      'date',
      [
        ['2031-12-22', ['01_wire.txt', '02_wire.txt', '03_de.txt']],
        ['2031-12-21', ['04_feed.jsonl#1']],
      ],
      '2031-12-22',
      ['04_feed.jsonl#1'],
    ],
  ]);
});

test('never placed by its body: a Senate when two states’ Senates voted, another chamber, a vote months apart', () => {
  const base: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The US Senate approved the border waters treaty with Mexico on 22 December 2031. Mexico’s Senate approved it on 10 December 2031. The treaty was signed in El Paso on 8 April 2031.',
    },
    {
      file: '02_de.txt',
      lang: 'de',
      text: 'Der US-Senat billigte den Grenzgewässervertrag mit Mexiko am 22. Dezember 2031, der mexikanische Senat am 10. Dezember 2031.',
    },
  ];
  assertConflicts(
    [
      ...base,
      {
        file: '03_feed.jsonl#1',
        lang: 'es',
        text: 'El Senado dio su visto bueno al tratado de aguas fronterizas el 21 de diciembre.',
        hints: FEED('2031-12-23', 'Gaceta'),
      },
    ],
    [],
  );
  assertConflicts(
    [
      ...base,
      {
        file: '03_feed.jsonl#1',
        lang: 'es',
        text: 'La Cámara de Diputados dio su visto bueno al tratado de aguas fronterizas el 21 de diciembre.',
        hints: FEED('2031-12-23', 'Gaceta'),
      },
    ],
    [],
  );
});

test('an Arabic report and an opinion column each date the signature a day after the reports', () => {
  const reports: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'LIMA (Andes Wire) - Peru and Ecuador signed the agreement on the Zarumilla river basin in Lima on 30 November 2029, ending years of talks.',
    },
    {
      file: '02_de.txt',
      lang: 'de',
      text: 'Peru und Ecuador haben das Abkommen über das Einzugsgebiet des Flusses Zarumilla am 30. November 2029 in Lima unterzeichnet.',
    },
    { file: '03_es.txt', lang: 'es', text: 'Perú y Ecuador firmaron el acuerdo sobre la cuenca del río Zarumilla en Lima el 30 de noviembre de 2029.' },
  ];
  assertConflicts(
    [
      ...reports,
      { file: '04_ar.txt', lang: 'ar', text: 'وقّعت بيرو والإكوادور اتفاق حوض نهر زاروميا في ليما في الأول من ديسمبر 2029، بعد سنوات من المفاوضات.' },
    ],
    [
      [
        'date',
        [
          ['2029-11-30', ['01_wire.txt', '02_de.txt', '03_es.txt']],
          ['2029-12-01', ['04_ar.txt']],
        ],
        '2029-11-30',
        ['04_ar.txt'],
      ],
    ],
  );
  assertConflicts(
    [
      ...reports,
      {
        file: '04_column.txt',
        lang: 'en',
        text: 'Opinion\n\nWhen Peru and Ecuador signed the Zarumilla basin agreement in Lima on 1 December 2029, they promised more than they can deliver. I doubt the river will notice.',
        hints: { section: 'Opinion' },
      },
    ],
    [
      [
        'date',
        [
          ['2029-11-30', ['01_wire.txt', '02_de.txt', '03_es.txt']],
          ['2029-12-01', ['04_column.txt']],
        ],
        '2029-11-30',
        ['04_column.txt'],
      ],
    ],
  );
});

test('a report filed the day after the signing, which dates nothing but its dateline, does not misstate the signing date', () => {
  assertConflicts(
    [
      {
        file: '01_wire.txt',
        lang: 'en',
        text: 'Jordan and Lebanon signed a Treaty of Good Neighbourliness in Amman on 3 May 2030, the two foreign ministries said.',
      },
      {
        file: '02_wire.txt',
        lang: 'en',
        text: 'BEIRUT, 4 May 2030 (Levant Post) - The treaty signed in Amman has twelve articles. Its Article 9 deals with water.',
      },
      { file: '03_fr.txt', lang: 'fr', text: 'La Jordanie et le Liban ont signé le traité de bon voisinage à Amman le 3 mai 2030.' },
    ],
    [],
  );
});

test('a chamber’s vote told by a factbox without its state, and by a retrospective without its year, against a report a day off', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'OSLO, 23 December 2031 (Nordic Wire) - The Arctic research treaty between Norway and the United States was signed in Tromsø on 8 April 2031. Norway’s Storting approved it on 14 November 2031.',
    },
    {
      file: '02_factbox.txt',
      lang: 'en',
      text: 'Timeline of the Arctic research treaty\n\n* 8 April 2031 - The treaty is signed in Tromsø.\n* 22 December 2031 - The Senate approves the treaty by 71 votes to 26.\n* 1 March 2032 - The treaty enters into force.',
    },
    {
      file: '03_de.txt',
      lang: 'de',
      text: 'Der Arktis-Forschungsvertrag war am 8. April 2031 in Tromsø unterzeichnet worden. Der US-Senat stimmte am 23. Dezember 2031 mit 71 zu 26 Stimmen zu, am 1. März 2032 trat er in Kraft.',
    },
    {
      file: '04_fr.md',
      lang: 'fr',
      text: 'Publié le 2 mars 2042\n\nLe traité sur la recherche arctique est entré en vigueur le 1er mars 2032, quelques semaines après le vote du Sénat américain du 22 décembre.',
    },
  ];
  assertConflicts(pile, [
    [
      'date',
      [
        ['2031-12-22', ['02_factbox.txt', '04_fr.md']],
        ['2031-12-23', ['03_de.txt']],
      ],
      '2031-12-22',
      ['03_de.txt'],
    ],
  ]);
});
