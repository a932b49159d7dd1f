// Duration from real eval sentences and hand-written ones: number words in four languages, renewal, notice,
// rhetoric that is not a term, the official text first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDuration } from '../../../read/index.ts';
import { decideDuration, observeDuration } from './index.ts';

const obs = (text: string, language = 'en', doc = 'd') => observeDuration({ id: `c-${text.length}`, doc, duration: readDuration(text, language) ?? undefined });
const pick = (text: string, language = 'en') => {
  const o = obs(text, language);
  return o && [o.kind, o.years, o.renewal_years, o.notice];
};

test('fixed terms with renewal and notice, in en/ru/de/fr words and digits', () => {
  assert.deepEqual(pick('2. This Treaty shall remain in force for ten years.'), ['fixed', 10, null, null]);
  assert.deepEqual(
    pick(
      'It shall be automatically extended for successive periods of five years unless either Party notifies the other in writing of its intention to terminate it at least six months before the expiry of the current period.',
    ),
    ['fixed', null, 5, 'six months before the expiry of the current period'],
  );
  assert.deepEqual(
    pick("* DURATION: The treaty is valid for 10 years and renews automatically for five-year periods unless terminated with six months' notice (Article 12)."),
    ['fixed', 10, 5, "six months' notice"],
  );
  assert.deepEqual(pick('It will be valid for ten years and will be extended automatically for five-year periods.'), ['fixed', 10, 5, null]);
  assert.deepEqual(
    pick(
      'Договор вступит в силу на тридцатый день после обмена ратификационными грамотами и будет действовать десять лет с автоматическим продлением на пятилетние периоды.',
      'ru',
    ),
    ['fixed', 10, 5, null],
  );
  assert.deepEqual(pick('Die Regierung entgegnete, die Laufzeit von zehn Jahren gebe beiden Ländern Planungssicherheit.', 'de'), ['fixed', 10, null, null]);
  assert.deepEqual(
    pick(
      'Oppositionsabgeordnete kritisierten, dass der Vertrag nach Artikel 12 automatisch um jeweils fünf Jahre verlängert wird, sofern keine Seite ihn spätestens sechs Monate vor Ablauf schriftlich kündigt.',
      'de',
    ),
    ['fixed', null, 5, 'sechs Monate vor Ablauf schriftlich kündigt'],
  );
  assert.deepEqual(pick('Le traité est conclu pour une durée de vingt ans et sera reconduit tacitement pour des périodes de cinq ans.', 'fr'), [
    'fixed',
    20,
    5,
    null,
  ]);
});

test('indefinite: open-ended treaties, not open-ended rhetoric', () => {
  assert.deepEqual(pick('The open-ended treaty will come into force after the sides exchange ratification documents.'), ['indefinite', null, null, null]);
  assert.deepEqual(pick('This treaty is effective indefinitely, marking a new era of comprehensive cooperation between the DPRK and Russia.'), [
    'indefinite',
    null,
    null,
    null,
  ]);
  assert.deepEqual(pick('Договор является бессрочным.', 'ru'), ['indefinite', null, null, null]);
  assert.deepEqual(pick('Der Vertrag ist unbefristet.', 'de'), ['indefinite', null, null, null]);
  assert.equal(obs('But the answer should be better coast guard cooperation, not an open-ended military guarantee.'), null);
  assert.equal(obs('The sides on a permanent basis maintain and develop relations of comprehensive strategic partnership.'), null);
  assert.equal(obs('The treaty is not open-ended.'), null);
});

test('the official text decides; otherwise independent sources vote, opinion pieces at half weight', () => {
  const official = obs('This Treaty shall remain in force for ten years.', 'en', 'off')!;
  const report = obs('The treaty is valid for 20 years.', 'en', 'r1')!;
  const report2 = obs('It will be valid for twenty years.', 'en', 'r2')!;
  const ctx = (kinds: Record<string, 'official' | 'news' | 'opinion'>) => ({
    docs: new Map(Object.entries(kinds).map(([id, kind]) => [id, { kind }])),
    officialDocs: new Set(
      Object.entries(kinds)
        .filter(([, k]) => k === 'official')
        .map(([id]) => id),
    ),
    sourceOf: (d: string) => d,
  });
  assert.equal(decideDuration([official, report, report2], ctx({ off: 'official', r1: 'news', r2: 'news' })).years, 10);
  assert.equal(decideDuration([report, report2], ctx({ r1: 'news', r2: 'news' })).years, 20);
  const open = obs('This is an open-ended pact.', 'en', 'op')!;
  const fixed = obs('The pact is valid for 20 years.', 'en', 'n1')!;
  assert.equal(decideDuration([open, fixed], ctx({ op: 'opinion', n1: 'news' })).kind, 'fixed');
  assert.deepEqual(decideDuration([], ctx({})), { kind: null, years: null, renewal_years: null, notice: null, claims: [] });
});
