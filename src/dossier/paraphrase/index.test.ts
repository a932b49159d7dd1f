// Reports that paraphrase the articles of an invented agreement whose official text is in the pile: what they
// misstate of a clause (a period, a count, how it is set off, what it obliges) is a `clause` conflict with both
// passages; a faithful paraphrase in another language, a summary, a denial, history beside the clause,
// and a wrong article number are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conflict, Dossier } from '../../types.ts';
import { dossierOf, type Report } from '../conflicts/piles/pile.fixture.ts';
import { OFFICIAL, OFFICIAL_CONVENTION, OFFICIAL_RU, onConvention, report } from './pile.fixture.ts';

/** The pile's clause conflicts: [about, [value, files][], resolved, misstating files]. */
function clauses(d: Dossier): [string, [string, string[]][], string | null, string[]][] {
  const file = new Map(d.documents.map((x) => [x.id, x.file]));
  const files = (ids: string[]) => ids.map((id) => file.get(id)!).sort();
  return d.conflicts
    .filter((c) => c.slot === 'clause')
    .map((c) => [c.about, c.values.map((v): [string, string[]] => [v.value, files(v.docs)]), c.resolved?.value ?? null, files(c.misstated_by ?? [])]);
}

const only = (reports: Report[]) => clauses(dossierOf(reports));

test('what reports in five languages misstate of a clause is flagged against the official article', () => {
  assert.deepEqual(
    only([
      OFFICIAL,
      report('02_ru.txt', 'ru', 'Согласно статье 6, соглашение вступает в силу на тридцатый день после обмена ратификационными грамотами.'),
      report('03_de.txt', 'de', 'Artikel 4 verpflichtet jede Seite, geplante Bauarbeiten an den Flüssen mindestens 45 Tage vorher mitzuteilen.'),
      report('04_fr.txt', 'fr', "L'article 3 prévoit des consultations automatiques dès qu'une menace apparaît."),
      report('05_es.txt', 'es', 'El artículo 3 obliga a cada parte a prestar asistencia militar inmediata a la otra en caso de ataque armado.'),
      report('06_en.txt', 'en', 'Under Article 7, the agreement is renewed automatically for five-year periods unless a party gives six months notice.'),
    ]),
    [
      [
        'the time to entry into force under Article 6',
        [
          ['60 days', ['01_official_text.txt']],
          ['30 days', ['02_ru.txt']],
        ],
        '60 days',
        ['02_ru.txt'],
      ],
      [
        'a period in days under Article 4',
        [
          ['90 days', ['01_official_text.txt']],
          ['45 days', ['03_de.txt']],
        ],
        '90 days',
        ['03_de.txt'],
      ],
      [
        'how the action is set off under Article 3',
        [
          ["at a party's request", ['01_official_text.txt']],
          ['automatically', ['04_fr.txt']],
        ],
        "at a party's request",
        ['04_fr.txt'],
      ],
      [
        'what the parties are obliged to do under Article 3',
        [
          ['consultation', ['01_official_text.txt']],
          ['defense', ['05_es.txt']],
        ],
        'consultation',
        ['05_es.txt'],
      ],
      [
        'the renewal period under Article 7',
        [
          ['3 years', ['01_official_text.txt']],
          ['5 years', ['06_en.txt']],
        ],
        '3 years',
        ['06_en.txt'],
      ],
      [
        'the notice period under Article 7',
        [
          ['12 months', ['01_official_text.txt']],
          ['6 months', ['06_en.txt']],
        ],
        '12 months',
        ['06_en.txt'],
      ],
    ],
  );
});

test('a misstated clause shows both passages, the words that decided, and the reason', () => {
  const d = dossierOf([
    OFFICIAL,
    report('02_en.txt', 'en', 'Article 6 lets the agreement enter into force on the thirtieth day after the exchange of instruments.'),
  ]);
  const c = d.conflicts.find((x) => x.slot === 'clause') as Conflict;
  const body = (id: string) => d.documents.find((x) => x.id === id)!.body;
  const { official, reports } = c.paraphrase!;
  assert.equal(c.paraphrase!.article, 6);
  for (const p of [official, ...reports]) {
    assert.equal(body(p.doc).slice(p.start, p.end), p.text);
    assert.equal(body(p.doc).slice(p.words.start, p.words.end), p.words.text);
  }
  assert.equal(official.words.text, 'on the sixtieth day after the date of the exchange');
  assert.equal(reports[0].words.text, 'on the thirtieth day after the exchange');
  assert.match(reports[0].reason, /the report says 30 days, the official text 60 days/);
  assert.match(c.resolved!.basis, /^official text: Article 6 says «on the sixtieth day/);
});

test('faithful paraphrases, in other languages or as summaries that omit details, are not flagged', () => {
  assert.deepEqual(
    only([
      OFFICIAL,
      report('02_en.txt', 'en', 'Article 6 provides that the agreement enters into force 60 days after the instruments of ratification are exchanged.'),
      report('03_de.txt', 'de', 'Nach Artikel 7 gilt das Abkommen fünfzehn Jahre und verlängert sich automatisch um jeweils drei Jahre.'),
      report('04_fr.txt', 'fr', "L'article 3 prévoit des consultations en cas de menace."),
      report('05_es.txt', 'es', 'El artículo 4 exige notificar las obras previstas con noventa días de antelación.'),
      report('06_ru.txt', 'ru', 'Статья 6 гласит, что соглашение вступает в силу на шестидесятый день после обмена ратификационными грамотами.'),
      report(
        '07_en.txt',
        'en',
        'Article 7 keeps the agreement in force for fifteen years, with automatic three-year extensions unless a party gives a year’s notice.',
      ),
    ]),
    [],
  );
});

test('a term the official text settles is flagged once, by the duration conflict', () => {
  const d = dossierOf([OFFICIAL, report('02_en.txt', 'en', 'Article 7 of the agreement sets a term of 20 years.')]);
  assert.deepEqual(clauses(d), []);
  const duration = d.conflicts.find((c) => c.slot === 'duration');
  assert.equal(duration?.resolved?.value, '15 years');
});

test("a claim that gives one article's content another number is the article conflicts' case, not a misstated clause", () => {
  assert.deepEqual(
    only([
      OFFICIAL,
      report(
        '02_en.txt',
        'en',
        'Article 5 provides that the agreement enters into force on the sixtieth day after the exchange of the instruments of ratification.',
      ),
      report('03_en.txt', 'en', 'Under Article 6, the agreement enters into force on the sixtieth day after the exchange of the instruments of ratification.'),
    ]),
    [],
  );
});

test('a denial and history beside the clause are not compared', () => {
  assert.deepEqual(
    only([
      OFFICIAL,
      report('02_en.txt', 'en', 'Contrary to some reports, Article 6 does not let the agreement enter into force thirty days after the exchange.'),
      report('03_es.txt', 'es', 'El artículo 6 no fija la entrada en vigor a los treinta días del canje.'),
      report('04_en.txt', 'en', 'Article 4, amended by the negotiators ten days ago, requires notice of planned works.'),
      report('05_de.txt', 'de', 'Artikel 4, den die Unterhändler vor zehn Tagen noch änderten, verlangt die Meldung geplanter Bauarbeiten.'),
    ]),
    [],
  );
  // The same words without the denial or the history are misstatements.
  assert.deepEqual(
    only([
      OFFICIAL,
      report('02_es.txt', 'es', 'El artículo 6 fija la entrada en vigor a los treinta días del canje.'),
      report('03_de.txt', 'de', 'Artikel 4 verlangt die Meldung geplanter Bauarbeiten zehn Tage im Voraus.'),
    ]).map(([, values]) => values),
    [
      [
        ['60 days', ['01_official_text.txt']],
        ['30 days', ['02_es.txt']],
      ],
      [
        ['90 days', ['01_official_text.txt']],
        ['10 days', ['03_de.txt']],
      ],
    ],
  );
});

test('without the official text in the pile, no clause is checked', () => {
  assert.deepEqual(
    only([report('02_ru.txt', 'ru', 'Согласно статье 6, соглашение вступает в силу на тридцатый день после обмена ратификационными грамотами.')]),
    [],
  );
});

test('an official text in Russian checks reports in English and German', () => {
  assert.deepEqual(
    only([
      OFFICIAL_RU,
      report('02_en.txt', 'en', 'Article 3 lets the agreement enter into force on the thirtieth day after the exchange of the instruments of ratification.'),
      report('03_de.txt', 'de', 'Nach Artikel 3 tritt das Abkommen am neunzigsten Tag nach dem Austausch der Ratifikationsurkunden in Kraft.'),
    ]),
    [
      [
        'the time to entry into force under Article 3',
        [
          ['90 days', ['01_official_ru.txt', '03_de.txt']],
          ['30 days', ['02_en.txt']],
        ],
        '90 days',
        ['02_en.txt'],
      ],
    ],
  );
});

test('a threshold count, the event entry into force counts from, and a withdrawal period in another unit', () => {
  assert.deepEqual(
    only([
      OFFICIAL_CONVENTION,
      onConvention(
        '02_en.txt',
        'en',
        'Article 2 provides that the convention enters into force ninety days after the fiftieth instrument of ratification is deposited.',
      ),
      onConvention('03_fr.txt', 'fr', "L'article 2 prévoit l'entrée en vigueur quatre-vingt-dix jours après le dépôt du trentième instrument de ratification."),
      onConvention('04_es.txt', 'es', 'Según el artículo 3, la retirada surte efecto seis meses después de la notificación.'),
      onConvention(
        '05_de.txt',
        'de',
        'Nach Artikel 2 tritt das Übereinkommen am neunzigsten Tag nach Hinterlegung der vierzigsten Ratifikationsurkunde in Kraft.',
      ),
      onConvention(
        '06_ru.txt',
        'ru',
        'Согласно статье 2, конвенция вступает в силу на девяностый день после сдачи на хранение сорокового документа о ратификации.',
      ),
      onConvention('07_en.txt', 'en', 'Under Article 2, the convention enters into force ninety days after it is signed.'),
      onConvention('08_en.txt', 'en', 'Under Article 3, a withdrawal takes effect twelve months after the depositary is notified.'),
    ]),
    [
      [
        'the number of instruments entry into force needs under Article 2',
        [
          ['40 parties', ['01_official_convention.txt', '05_de.txt', '06_ru.txt']],
          ['50 parties', ['02_en.txt']],
          ['30 parties', ['03_fr.txt']],
        ],
        '40 parties',
        ['02_en.txt', '03_fr.txt'],
      ],
      [
        'the time for a withdrawal to take effect under Article 3',
        [
          ['1 year', ['01_official_convention.txt']],
          ['6 months', ['04_es.txt']],
        ],
        '1 year',
        ['04_es.txt'],
      ],
      [
        'the event entry into force counts from under Article 2',
        [
          ['ratification', ['01_official_convention.txt', '02_en.txt', '03_fr.txt', '05_de.txt', '06_ru.txt']],
          ['signature', ['07_en.txt']],
        ],
        'ratification',
        ['07_en.txt'],
      ],
    ],
  );
});
