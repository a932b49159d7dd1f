// Which article is the clause that says X: sources in several languages that describe one clause by what it
// says and number it differently. Claims carry their topics directly (the articles step gives them).
// Invented agreements; wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleAlignment } from '../record/types.ts';
import { articleConflicts } from './articles.ts';
import type { ResolveContext } from './resolve.ts';

const ctx: ResolveContext = { officialDocs: new Set(), sourceOf: (d) => (d === 'copy' ? 'es1' : d) };
let n = 0;
const said = (doc: string, stated: number, topics: string[]): ArticleAlignment => ({
  claim: `${doc}-${++n}`,
  doc,
  stated,
  described: stated,
  topics,
  weak: false,
  basis: 'as stated',
});

/** One claim citing several articles at once. */
const citing = (doc: string, numbers: number[], topics: string[]): ArticleAlignment[] => {
  const claim = `${doc}-${++n}`;
  return numbers.map((stated) => ({ claim, doc, stated, described: stated, topics, weak: true, basis: 'as stated' }));
};

test('an inspection clause numbered 9 by a column and 7 by reports in Spanish and Russian: 7, the column misstates it', () => {
  const alignments = [
    said('es1', 7, ['verification']), // "El artículo 7 establece inspecciones conjuntas de los buques …"
    said('ru1', 7, ['verification']), // "Статья 7 предусматривает взаимные инспекции судов …"
    said('op', 9, ['verification', 'fisheries']), // "Article 9, the inspection clause everyone quotes, …"
    said('fr1', 9, ['duration']), // "L'article 9 fixe la durée de l'accord à quinze ans."
  ];
  const [c, ...rest] = articleConflicts({ alignments, official: null }, ctx);
  assert.equal(rest.length, 0);
  assert.equal(c.about, 'the clause on verification');
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['7', ['es1', 'ru1']],
      ['9', ['op']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['op']);
});

test('one wrong number on a claim with several topics shows once, in the conflict most sources settle', () => {
  const alignments = [
    said('col', 5, ['defense', 'neutrality', 'trade']), // "Article 5 says only that the other will not help the aggressor"
    said('w1', 3, ['neutrality']),
    said('w2', 3, ['neutrality', 'defense']),
    said('de1', 3, ['neutrality']),
    said('fb', 3, ['neutrality']),
    said('fb', 5, ['joint-exercises']),
  ];
  const conflicts = articleConflicts({ alignments, official: null }, ctx);
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0].about, 'the clause on neutrality');
  assert.deepEqual(conflicts[0].values.find((v) => v.value === '3')?.docs, ['w1', 'w2', 'de1', 'fb']);
  assert.deepEqual(conflicts[0].misstated_by, ['col']);
});

test('a topic a source itself gives to two articles is not one clause: their numbers do not disagree', () => {
  const alignments = [
    said('fb', 3, ['consultation']), // "Article 3: the parties consult when a threat arises"
    said('fb', 5, ['consultation', 'joint-exercises']), // "Article 5: … consult on common military threats"
    said('w1', 3, ['consultation']),
    said('w2', 5, ['consultation']),
  ];
  assert.deepEqual(articleConflicts({ alignments, official: null }, ctx), []);
});

test('a syndicated copy does not break a tie', () => {
  const alignments = [said('es1', 7, ['verification']), said('copy', 7, ['verification']), said('ru1', 8, ['verification'])];
  const [c] = articleConflicts({ alignments, official: null }, ctx);
  assert.equal(c.resolved, null);
  assert.equal(c.misstated_by, undefined);
});

test('a claim describes one clause: its number, confirmed for its main topic, is not misstated for a stray one', () => {
  const alignments = [
    said('w1', 4, ['no-territory-use']),
    said('fr1', 4, ['no-territory-use', 'economic-cooperation']), // a stray topic on the territory clause
    said('fb', 4, ['no-territory-use']),
    said('es1', 6, ['economic-cooperation']),
    said('ar1', 6, ['economic-cooperation']),
  ];
  assert.deepEqual(articleConflicts({ alignments, official: null }, ctx), []);
});

test('a claim citing two articles backs the side it names without making one', () => {
  const alignments = [
    said('w1', 4, ['no-territory-use']),
    said('fb', 4, ['no-territory-use']),
    said('de1', 5, ['no-territory-use']),
    // "Article 3 exchanges ambassadors and Article 4 bars hostile acts from either territory" (topics for both)
    ...citing('ar1', [3, 4], ['diplomatic-relations', 'no-territory-use']),
    // "Articles Four and Five deal with security" names both sides: it backs neither.
    ...citing('op', [4, 5], ['no-territory-use']),
  ];
  const [c, ...rest] = articleConflicts({ alignments, official: null }, ctx);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['4', ['w1', 'fb', 'ar1']],
      ['5', ['de1']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['de1']);
});

test('a claim on a clause that names another ("withdraw three years after entry into force") counts for its own clause', () => {
  const alignments = [
    said('w1', 19, ['entry-into-force']), // "under Article 19 the protocol enters into force 90 days after the 40th ratification"
    said('de1', 19, ['entry-into-force']),
    said('ar1', 19, ['entry-into-force']),
    said('fr1', 18, ['entry-into-force']), // "l'article 18, qui fixe le seuil de 40 ratifications"
    said('fb', 19, ['entry-into-force']),
    said('fb', 25, ['withdrawal', 'entry-into-force']), // "Article 25: withdrawal three years after entry into force"
    said('ru1', 25, ['withdrawal', 'entry-into-force']),
    said('es1', 25, ['withdrawal']),
    said('col', 25, ['withdrawal']),
  ];
  const [c, ...rest] = articleConflicts({ alignments, official: null }, ctx);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['19', ['w1', 'de1', 'ar1', 'fb']],
      ['18', ['fr1']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['fr1']);
});

test('a topic blocked by a source giving it two numbers is settled once the other number counts for another clause', () => {
  const alignments = [
    said('w1', 19, ['entry-into-force']),
    said('de1', 19, ['entry-into-force']),
    said('ar1', 19, ['entry-into-force']),
    said('fr1', 18, ['entry-into-force']),
    said('fb', 19, ['entry-into-force']),
    said('fb', 25, ['withdrawal', 'entry-into-force']), // the factbox gives entry into force to 19 and 25
    said('op', 25, ['withdrawal', 'entry-into-force']),
    said('es1', 25, ['withdrawal']),
  ];
  const [c, ...rest] = articleConflicts({ alignments, official: null }, ctx);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['19', ['w1', 'de1', 'ar1', 'fb']],
      ['18', ['fr1']],
    ],
  );
  assert.deepEqual(c.misstated_by, ['fr1']);
});

const officialWith = (articles: [number, string[], string?][]) => ({
  doc: 'off',
  title: null,
  closing: null,
  articles: articles.map(([number, topics, text]) => ({ number, text: text ?? '', start: 0, end: 0, headingStart: 0, topics })),
});
const withOfficial: ResolveContext = { ...ctx, officialDocs: new Set(['off']) };

test('an official text that names entry into force in several articles still settles a number it gives it against one it does not', () => {
  // Article 15 "Entry into force"; Article 16 on amendments "which enter into force for …"; Article 14 on signature.
  const official = officialWith([
    [14, ['signature']],
    [15, ['entry-into-force']],
    [16, ['amendment', 'entry-into-force']],
  ]);
  const alignments = [said('w1', 15, ['entry-into-force']), said('ru1', 15, ['entry-into-force']), said('fr1', 14, ['entry-into-force'])];
  const [c, ...rest] = articleConflicts({ alignments, official }, withOfficial);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    c.values.map((v) => [v.value, v.docs]),
    [
      ['15', ['w1', 'ru1', 'off']],
      ['14', ['fr1']],
    ],
  );
  assert.deepEqual(c.resolved, { value: '15', basis: 'official text' });
  assert.deepEqual(c.misstated_by, ['fr1']);
});

test('numbers the official text both gives a topic are two clauses, not a dispute', () => {
  const official = officialWith([
    [15, ['entry-into-force']],
    [16, ['amendment', 'entry-into-force']],
  ]);
  const alignments = [said('w1', 15, ['entry-into-force']), said('fr1', 16, ['entry-into-force'])];
  assert.deepEqual(articleConflicts({ alignments, official }, withOfficial), []);
});
