// Which article is the clause that says X, when reports in several languages describe it in their own words and
// one numbers it differently: a clause on a subject no topic names (told by its names and cognates), one told
// by its numbers ("ninety days after the fiftieth"), Roman numerals, a topic read in one language only. And
// clauses that only look alike are never one. Invented or fictionalised agreements; wording of our own.
import { test } from 'node:test';
import { assertConflicts, type Report } from './pile.fixture.ts';

const SIGNED = 'The treaty was signed in Bucharest on 16 September 2031.';

test('a German report numbers the clause on the minority university in Cluj 14; reports in English and French say 15', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: `${SIGNED} Article 15 guarantees the Hungarian-language university in Cluj and the cultural institutes of the minority. Article 3 confirms the existing border.`,
    },
    {
      file: '02_wire.txt',
      lang: 'en',
      text: 'Romania and Hungary signed the friendship treaty in Bucharest on 16 September 2031. Under Article 15, Romania will fund the Hungarian-language university courses in Cluj and the minority’s cultural institutes.',
    },
    {
      file: '03_fr.txt',
      lang: 'fr',
      text: 'La Roumanie et la Hongrie ont signé le traité d’amitié à Bucarest le 16 septembre 2031. L’article 15 garantit l’université de langue hongroise de Cluj et les instituts culturels de la minorité.',
    },
    {
      file: '04_de.txt',
      lang: 'de',
      text: 'Rumänien und Ungarn haben den Freundschaftsvertrag am 16. September 2031 in Bukarest unterzeichnet. Artikel 14 garantiert die ungarischsprachige Universität in Cluj und die Kulturinstitute der Minderheit.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['15', ['01_wire.txt', '02_wire.txt', '03_fr.txt']],
        ['14', ['04_de.txt']],
      ],
      '15',
      ['04_de.txt'],
    ],
  ]);
});

test('a French report numbers the threshold clause 14, told by its numbers alone; others say 15', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The Convention on Coral Reef Protection was opened for signature in Nairobi on 20 September 2029. Article 15 sets the bar: the convention applies ninety days after the fiftieth ratification.',
    },
    {
      file: '02_wire.txt',
      lang: 'en',
      text: 'Forty states signed the reef convention in Nairobi on 20 September 2029. Under Article 15, fifty ratifications are needed, and the pact takes effect 90 days after the last of them.',
    },
    {
      file: '03_fr.txt',
      lang: 'fr',
      text: 'Quarante États ont signé la convention sur les récifs à Nairobi le 20 septembre 2029. Selon l’article 14, il faudra cinquante ratifications, et le texte s’appliquera quatre-vingt-dix jours après la dernière.',
    },
    {
      file: '04_ru.txt',
      lang: 'ru',
      text: 'Конвенция о защите коралловых рифов открыта для подписания в Найроби 20 сентября 2029 года. Согласно статье 15, она начнёт действовать через девяносто дней после пятидесятой ратификации.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['15', ['01_wire.txt', '02_wire.txt', '04_ru.txt']],
        ['14', ['03_fr.txt']],
      ],
      '15',
      ['03_fr.txt'],
    ],
  ]);
});

test('a German report gives Artikel V for the clause on joint exercises that reports in three languages number IV', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Greece and Cyprus signed a defence cooperation agreement in Nicosia on 4 March 2032. Article IV covers joint activities of the two forces: exercises, training and disaster relief. Article XII says it enters into force thirty days after the exchange of notes.',
    },
    {
      file: '02_factbox.txt',
      lang: 'en',
      text: 'FACTBOX - The Greece-Cyprus defence agreement\n\nArticle IV: joint exercises, training and disaster relief operations by the two forces.\nArticle IX: criminal jurisdiction over visiting personnel.',
    },
    {
      file: '03_de.txt',
      lang: 'de',
      text: 'Griechenland und Zypern haben am 4. März 2032 in Nikosia ein Abkommen über die Verteidigungszusammenarbeit unterzeichnet. Artikel V regelt gemeinsame Übungen, Training und Katastrophenhilfe der Streitkräfte beider Länder.',
    },
    {
      file: '04_es.txt',
      lang: 'es',
      text: 'Grecia y Chipre firmaron el acuerdo de cooperación en defensa en Nicosia el 4 de marzo de 2032. El artículo IV regula las actividades conjuntas de ambas fuerzas: ejercicios, entrenamiento y socorro en casos de desastre.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['4', ['01_wire.txt', '02_factbox.txt', '04_es.txt']],
        ['5', ['03_de.txt']],
      ],
      '4',
      ['03_de.txt'],
    ],
  ]);
});

test('a French report numbers the entry-into-force clause 2 where three reports say 3', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Belgium and Luxembourg signed the agreement on cross-border ambulances in Arlon on 12 May 2031. Article 3 says it enters into force on the thirtieth day after the second notification.',
    },
    {
      file: '02_de.txt',
      lang: 'de',
      text: 'Belgien und Luxemburg haben das Abkommen über grenzüberschreitende Rettungsdienste am 12. Mai 2031 in Arlon unterzeichnet. Nach Artikel 3 tritt es am dreißigsten Tag nach der zweiten Notifikation in Kraft.',
    },
    {
      file: '03_fr.txt',
      lang: 'fr',
      text: 'La Belgique et le Luxembourg ont signé l’accord sur les ambulances transfrontalières à Arlon le 12 mai 2031. L’article 2 prévoit son entrée en vigueur le trentième jour suivant la seconde notification.',
    },
    {
      file: '04_es.txt',
      lang: 'es',
      text: 'Bélgica y Luxemburgo firmaron en Arlon el 12 de mayo de 2031 el acuerdo sobre ambulancias transfronterizas. Según el artículo 3, entrará en vigor el trigésimo día después de la segunda notificación.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['3', ['01_wire.txt', '02_de.txt', '04_es.txt']],
        ['2', ['03_fr.txt']],
      ],
      '3',
      ['03_fr.txt'],
    ],
  ]);
});

test('never one clause: two clauses told alike in one language, and two clauses that only share a city', () => {
  assertConflicts(
    [
      { file: '01.txt', lang: 'en', text: `${SIGNED} Article 14 allows the parties to extend the treaty for five more years by mutual consent.` },
      { file: '02.txt', lang: 'en', text: `${SIGNED} Article 15 allows either party to withdraw from the treaty on three months’ notice.` },
      { file: '03.txt', lang: 'en', text: `${SIGNED} Article 14 lets the parties extend the treaty by five years; Article 15 lets either party withdraw.` },
    ],
    [],
  );
  assertConflicts(
    [
      { file: '01.txt', lang: 'en', text: `${SIGNED} Article 5 sets up a joint commission with its seat in Cluj.` },
      { file: '02.txt', lang: 'en', text: `${SIGNED} Article 15 guarantees the Hungarian-language university in Cluj.` },
      {
        file: '03.txt',
        lang: 'de',
        text: 'Der Vertrag wurde am 16. September 2031 in Bukarest unterzeichnet. Artikel 15 garantiert die ungarischsprachige Universität in Cluj.',
      },
      { file: '04.txt', lang: 'fr', text: 'Le traité a été signé à Bucarest le 16 septembre 2031. L’article 5 crée une commission mixte siégeant à Cluj.' },
    ],
    [],
  );
});

test('the official text settles a clause told in two languages by its words, one report against another', () => {
  const pile: Report[] = [
    {
      file: '00_official.txt',
      lang: 'en',
      text: 'TREATY BETWEEN ROMANIA AND HUNGARY ON UNDERSTANDING, COOPERATION AND GOOD NEIGHBOURLINESS\n\nArticle 14\n\nThe Contracting Parties shall cooperate in the protection of the Danube and its tributaries against pollution.\n\nArticle 15\n\nRomania shall support university teaching in the Hungarian language in Cluj and the cultural institutes of the Hungarian minority.\n\nArticle 16\n\nThis Treaty shall enter into force on the thirtieth day after the exchange of the instruments of ratification.\n\nDone at Bucharest on 16 September 2031.',
    },
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Romania and Hungary signed the friendship treaty in Bucharest on 16 September 2031. Article 15 guarantees the Hungarian-language university in Cluj and the minority’s cultural institutes.',
    },
    {
      file: '02_de.txt',
      lang: 'de',
      text: 'Rumänien und Ungarn haben den Freundschaftsvertrag am 16. September 2031 in Bukarest unterzeichnet. Artikel 14 garantiert die ungarischsprachige Universität in Cluj und die Kulturinstitute der Minderheit.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['15', ['00_official.txt', '01_wire.txt']],
        ['14', ['02_de.txt']],
      ],
      '15',
      ['02_de.txt'],
    ],
  ]);
});

test('a factbox that names entry into force in the clauses of two articles counts for the one whose words the others use', () => {
  const pile: Report[] = [
    {
      file: '01_factbox.txt',
      lang: 'en',
      text: 'FACTBOX - What the reef convention says\n\nArticle 12 sets up a conference of the parties that meets every two years.\nArticle 14: the convention is open for signature by all states until its entry into force.\nArticle 15: it enters into force ninety days after the fiftieth instrument of ratification is deposited.',
    },
    {
      file: '02_wire.txt',
      lang: 'en',
      text: 'Forty states signed the Convention on Coral Reef Protection in Nairobi on 20 September 2029.\n\nUnder Article 15, the convention enters into force 90 days after the 50th instrument of ratification has been deposited.',
    },
    {
      file: '03_fr.txt',
      lang: 'fr',
      text: 'Quarante États ont signé la convention sur la protection des récifs coralliens à Nairobi le 20 septembre 2029. Selon son article 14, elle entrera en vigueur quatre-vingt-dix jours après le dépôt du cinquantième instrument de ratification.',
    },
    {
      file: '04_ru.txt',
      lang: 'ru',
      text: 'Конвенция о защите коралловых рифов подписана в Найроби 20 сентября 2029 года. Согласно статье 15, она вступит в силу через девяносто дней после сдачи на хранение пятидесятой ратификационной грамоты.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['15', ['01_factbox.txt', '02_wire.txt', '04_ru.txt']],
        ['14', ['03_fr.txt']],
      ],
      '15',
      ['03_fr.txt'],
    ],
  ]);
});

test('consultations in two clauses, each told alike by another report: two clauses, no dispute', () => {
  assertConflicts(
    [
      {
        file: '01_factbox.txt',
        lang: 'en',
        text: 'FACTBOX - The Baltic maritime pact\n\nArticle 3: the two navies consult immediately when a threat to shipping in the Gulf arises.\nArticle 5: the defence ministries consult every year on joint naval exercises.\nThe pact was signed in Tallinn on 2 May 2031.',
      },
      {
        file: '02_wire.txt',
        lang: 'en',
        text: 'Finland and Estonia signed the maritime pact in Tallinn on 2 May 2031. Under Article 3, their navies consult immediately when a threat to shipping in the Gulf arises.',
      },
      {
        file: '03_de.txt',
        lang: 'de',
        text: 'Finnland und Estland haben den Seepakt am 2. Mai 2031 in Tallinn unterzeichnet. Nach Artikel 5 konsultieren sich die Verteidigungsministerien jedes Jahr über gemeinsame Marineübungen.',
      },
    ],
    [],
  );
});

test('diplomatic relations established in one article and ambassadors exchanged in another: no dispute, nobody misstates', () => {
  assertConflicts(
    [
      {
        file: '01_wire.txt',
        lang: 'en',
        text: 'Kazakhstan and Uruguay signed a treaty on relations in Montevideo on 3 June 2031. Under Article 3 of the treaty, the two countries will exchange resident ambassadors within six months.',
      },
      {
        file: '02_fr.txt',
        lang: 'fr',
        text: 'Signé à Montevideo le 3 juin 2031, le traité établit en son article premier des relations diplomatiques complètes entre les deux États.',
      },
      {
        file: '03_de.txt',
        lang: 'de',
        text: 'Kasachstan und Uruguay haben am 3. Juni 2031 in Montevideo einen Vertrag unterzeichnet. Nach Artikel 3 tauschen beide Staaten binnen sechs Monaten Botschafter aus.',
      },
      {
        file: '04_factbox.txt',
        lang: 'en',
        text: 'FACTBOX - The Kazakhstan-Uruguay treaty\n\nArticle 1 establishes full diplomatic relations between the two states.\nArticle 3 provides for resident ambassadors to be exchanged within six months.\nArticle 6 sets up a joint commission on trade.',
      },
    ],
    [],
  );
});

test('a treaty told article by article in four languages, every number right: no conflict', () => {
  assertConflicts(
    [
      {
        file: '01_factbox.txt',
        lang: 'en',
        text: 'FACTBOX - The Mekong sediment agreement\n\nThe agreement was signed in Vientiane on 9 March 2032.\nArticle 2: the parties share data on sediment flows every three months.\nArticle 4: a joint commission of six members meets in Vientiane twice a year.\nArticle 5: the commission reviews new dams five years after they open.\nArticle 9: disputes go to the commission, then to arbitration in Singapore.\nArticle 12: the agreement lasts fifteen years and is renewed for five-year periods.',
      },
      {
        file: '02_wire.txt',
        lang: 'en',
        text: 'Laos and Cambodia signed the Mekong sediment agreement in Vientiane on 9 March 2032. Under Article 4, a joint commission of six members will meet twice a year. Article 12 sets a term of fifteen years, renewable for periods of five years.',
      },
      {
        file: '03_fr.txt',
        lang: 'fr',
        text: 'Le Laos et le Cambodge ont signé l’accord sur les sédiments du Mékong à Vientiane le 9 mars 2032. L’article 5 charge la commission d’examiner les nouveaux barrages cinq ans après leur mise en service. Selon l’article 9, les différends seront portés devant la commission, puis devant un tribunal arbitral à Singapour.',
      },
      {
        file: '04_de.txt',
        lang: 'de',
        text: 'Laos und Kambodscha haben das Mekong-Sedimentabkommen am 9. März 2032 in Vientiane unterzeichnet. Nach Artikel 2 tauschen beide Seiten alle drei Monate Daten über Sedimentströme aus. Artikel 12 legt eine Laufzeit von fünfzehn Jahren fest.',
      },
      {
        file: '05_es.txt',
        lang: 'es',
        text: 'Laos y Camboya firmaron el acuerdo sobre sedimentos del Mekong en Vientián el 9 de marzo de 2032. El artículo 4 crea una comisión conjunta de seis miembros que se reunirá dos veces al año.',
      },
    ],
    [],
  );
});
