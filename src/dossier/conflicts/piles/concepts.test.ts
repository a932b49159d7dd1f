// A clause told in each language's own words for the same things ("Schifffahrt" and "navigation", "Manöver" and
// "exercises", "в силу" and "entrée en vigueur"): reports that share few spellings still describe one clause, and
// the one that numbers it differently misstates it. A report citing two articles in one sentence backs the one
// in dispute. Clauses that only share a subject are never one. Invented agreements; wording of our own.
import { test } from 'node:test';
import { assertConflicts, type Report } from './pile.fixture.ts';

test('an Arabic report citing two articles backs the number the others give the fishing-navigation clause; a German one says 11', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Oman and Yemen signed a maritime agreement in Salalah on 3 February 2033. Article 12 guarantees freedom of navigation for the other side’s fishing boats in the bay.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'Oman et le Yémen ont signé un accord maritime à Salalah le 3 février 2033. L’article 12 garantit la liberté de navigation des bateaux de pêche de l’autre partie dans la baie.',
    },
    {
      file: '03_es.txt',
      lang: 'es',
      text: 'Omán y Yemen firmaron un acuerdo marítimo en Salalah el 3 de febrero de 2033. Según el artículo 12, los barcos pesqueros de cada país gozarán de libertad de navegación en la bahía.',
    },
    {
      file: '04_de.txt',
      lang: 'de',
      text: 'Oman und Jemen haben am 3. Februar 2033 in Salala ein Seeabkommen unterzeichnet. Artikel 11 garantiert den Fischerbooten der anderen Seite die freie Schifffahrt in der Bucht.',
    },
    {
      file: '05_ar.txt',
      lang: 'ar',
      text: 'وقعت سلطنة عمان واليمن اتفاقية بحرية في صلالة في 3 فبراير 2033. وتحدد المادة الثانية من الاتفاقية خط الحدود البحرية، فيما تكفل المادة 12 حرية الملاحة لقوارب الصيد التابعة للطرف الآخر في الخليج.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['12', ['01_wire.txt', '02_fr.txt', '03_es.txt', '05_ar.txt']],
        ['11', ['04_de.txt']],
      ],
      '12',
      ['04_de.txt'],
    ],
  ]);
});

test('a clause on training told with few shared spellings: a German report gives Artikel 7 where four others say 6', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'Norway and Iceland signed a defence cooperation agreement in Reykjavik on 14 May 2032. Article 6 covers the joint exercises, training and search-and-rescue drills the two forces may hold together.',
    },
    {
      file: '02_factbox.txt',
      lang: 'en',
      text: 'FACTBOX - The Norway-Iceland defence agreement\n\nArticle 2 defines the visiting personnel.\nArticle 6: joint exercises, training and rescue operations of the two forces.\nArticle 10: criminal jurisdiction over visiting soldiers.',
    },
    {
      file: '03_ru.txt',
      lang: 'ru',
      text: 'Норвегия и Исландия подписали соглашение о сотрудничестве в области обороны в Рейкьявике 14 мая 2032 года. Статья 6 посвящена совместным учениям, подготовке и спасательным операциям вооруженных сил.',
    },
    {
      file: '04_es.txt',
      lang: 'es',
      text: 'Noruega e Islandia firmaron en Reikiavik el 14 de mayo de 2032 un acuerdo de cooperación en defensa. Según su artículo 6, las tropas de cada país podrán realizar maniobras y entrenamiento en el territorio del otro.',
    },
    {
      file: '05_de.txt',
      lang: 'de',
      text: 'Norwegen und Island haben am 14. Mai 2032 in Reykjavik ein Verteidigungsabkommen unterzeichnet. Artikel 7 regelt die Manöver, die Ausbildung und die Rettungseinsätze, für die Soldaten der einen Seite auf das Gebiet der anderen geschickt werden dürfen.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['6', ['01_wire.txt', '02_factbox.txt', '03_ru.txt', '04_es.txt']],
        ['7', ['05_de.txt']],
      ],
      '6',
      ['05_de.txt'],
    ],
  ]);
});

test('the entry-into-force clause and a clause that counts from entry into force: one dispute, on the first only', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The Convention on Alpine Glaciers took effect on 2 June 2034. Under Article 21, it takes effect sixty days after the thirtieth instrument of ratification is deposited. Switzerland has offered to host the first meeting of states parties, which Article 9 requires within one year of entry into force.',
    },
    {
      file: '02_fr.txt',
      lang: 'fr',
      text: 'La convention sur les glaciers alpins est en vigueur depuis le 2 juin 2034. L’article 20 du texte, qui fixe l’entrée en vigueur soixante jours après le dépôt du trentième instrument de ratification, a été déclenché au printemps. Quant à l’article 9, il impose une réunion des États parties dans l’année qui suit l’entrée en vigueur.',
    },
    {
      file: '03_es.txt',
      lang: 'es',
      text: 'La convención sobre los glaciares alpinos entró en vigor el 2 de junio de 2034. Conforme al artículo 21, el texto entra en vigor sesenta días después del depósito del trigésimo instrumento.',
    },
    {
      file: '04_de.txt',
      lang: 'de',
      text: 'Die Konvention zum Schutz der Alpengletscher ist am 2. Juni 2034 in Kraft getreten. Gemäß Artikel 21 tritt sie 60 Tage nach Hinterlegung der dreißigsten Ratifikationsurkunde in Kraft.',
    },
    {
      file: '05_ru.txt',
      lang: 'ru',
      text: 'Конвенция об охране альпийских ледников вступила в силу 2 июня 2034 года. Первая встреча государств-участников, согласно статье 9, должна пройти в течение года после вступления конвенции в силу.',
    },
  ];
  assertConflicts(pile, [
    [
      'article',
      [
        ['21', ['01_wire.txt', '03_es.txt', '04_de.txt']],
        ['20', ['02_fr.txt']],
      ],
      '21',
      ['02_fr.txt'],
    ],
  ]);
});

test('never one clause: fishing banned in one article and fishing quotas in another, and another treaty’s article on exercises', () => {
  assertConflicts(
    [
      {
        file: '01_wire.txt',
        lang: 'en',
        text: 'Chile and Peru signed a fisheries agreement in Arica on 8 August 2031. Article 4 bans fishing by trawlers in the protected zone.',
      },
      {
        file: '02_fr.txt',
        lang: 'fr',
        text: 'Le Chili et le Pérou ont signé un accord de pêche à Arica le 8 août 2031. L’article 5 fixe les quotas de pêche des petits bateaux.',
      },
      {
        file: '03_de.txt',
        lang: 'de',
        text: 'Chile und Peru haben am 8. August 2031 in Arica ein Fischereiabkommen unterzeichnet. Artikel 4 verbietet den Fischfang mit Schleppnetzen in der Schutzzone.',
      },
      {
        file: '04_es.txt',
        lang: 'es',
        text: 'Chile y Perú firmaron un acuerdo pesquero en Arica el 8 de agosto de 2031. El artículo 5 fija las cuotas de pesca de las embarcaciones pequeñas.',
      },
    ],
    [],
  );
  assertConflicts(
    [
      {
        file: '01_wire.txt',
        lang: 'en',
        text: 'Norway and Iceland signed a defence cooperation agreement in Reykjavik on 14 May 2032. Article 6 covers the joint exercises and training of the two forces.',
      },
      {
        file: '02_de.txt',
        lang: 'de',
        text: 'Norwegen und Island haben am 14. Mai 2032 in Reykjavik ein Verteidigungsabkommen unterzeichnet. Anders als Artikel 5 des Nordatlantikvertrags verpflichtet es nicht zum Beistand; Artikel 6 regelt Manöver und Ausbildung der Streitkräfte.',
      },
      {
        file: '03_ru.txt',
        lang: 'ru',
        text: 'Норвегия и Исландия подписали соглашение об оборонном сотрудничестве 14 мая 2032 года. Статья 6 посвящена совместным учениям и подготовке вооруженных сил.',
      },
    ],
    [],
  );
});
