// Where an agreement was signed, when the place is a small town no gazetteer lists: written in five languages
// and three scripts it is one place, with a venue named after it ("Dunmore Castle"); a report naming another
// town misstates it. Invented agreement; wording of our own.
import { test } from 'node:test';
import { assertConflicts, type Report } from './pile.fixture.ts';

const TOLD: Report[] = [
  {
    file: '01_wire.txt',
    lang: 'en',
    text: 'DUNMORE, 4 June (Wire) - Aldavia and Brennland signed the Treaty of Dunmore at Dunmore Castle on 4 June 2033, ending a dispute over the Kell Islands.',
  },
  {
    file: '02_ru.txt',
    lang: 'ru',
    text: 'Альдавия и Бреннланд подписали договор в Данморе 4 июня 2033 года, положив конец спору об островах Келл.',
  },
  {
    file: '03_fr.txt',
    lang: 'fr',
    text: 'Le traité a été signé à Dunmore le 4 juin 2033 par les ministres des deux pays.',
  },
  {
    file: '04_de.txt',
    lang: 'de',
    text: 'Der Vertrag war am 4. Juni 2033 im schottischen Dunmore unterzeichnet worden.',
  },
];

test('a small town in four languages and two scripts, and a castle named after it, is one signing place', () => {
  assertConflicts(TOLD, []);
});

test('an Arabic report that names another town misstates the signing place', () => {
  const pile: Report[] = [
    ...TOLD,
    {
      file: '05_ar.txt',
      lang: 'ar',
      text: 'وقّع وزيرا خارجية البلدين المعاهدة في كيلبرايد يوم 4 يونيو 2033، منهيين بذلك نزاعاً على جزر كيل.',
    },
  ];
  assertConflicts(pile, [
    [
      'place',
      [
        ['Dunmore', ['01_wire.txt', '02_ru.txt', '03_fr.txt', '04_de.txt']],
        ['كيلبرايد', ['05_ar.txt']],
      ],
      'Dunmore',
      ['05_ar.txt'],
    ],
  ]);
});

test('a state that signed a multilateral convention later than its opening states its own signature, not another signing date', () => {
  const pile: Report[] = [
    {
      file: '01_wire.txt',
      lang: 'en',
      text: 'The Convention on Andean Glaciers was opened for signature in Lima on 6 June 2035, and 41 states signed it that day. It enters into force 90 days after the thirtieth ratification.',
    },
    {
      file: '02_es.txt',
      lang: 'es',
      text: 'La Convención sobre los Glaciares Andinos se abrió a la firma en Lima el 6 de junio de 2035. Entrará en vigor noventa días después de la trigésima ratificación.',
    },
    {
      file: '03_fr.txt',
      lang: 'fr',
      text: 'La convention sur les glaciers andins a été ouverte à la signature à Lima le 6 juin 2035 ; trente ratifications sont nécessaires.',
    },
    {
      file: '04_wire.txt',
      lang: 'en',
      text: 'Bolivia signed the Convention on Andean Glaciers at UN headquarters on 2 March 2036. Its Senate approved it on 24 June 2036.',
    },
    {
      file: '05_factbox.txt',
      lang: 'en',
      text: 'June 6, 2035: Chile, Peru, Ecuador and Colombia sign the convention in Lima.\nMarch 2, 2036: Bolivia signs the convention.',
    },
  ];
  assertConflicts(pile, []);
});
