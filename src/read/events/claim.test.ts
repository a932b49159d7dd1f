// How one claim's events get their date, actor, party, place and status, whatever the language: the
// mechanics beside the per-language cue tests (en.test.ts, ru.test.ts, …). Sentences of our own wording.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { done, eventsIn, expected, steps } from './testing.ts';

test('a legislature that "ratified" approved; a head of state signing the ratification law ratified', () => {
  assert.deepEqual(done('The Bundestag ratified the accord on 14 May.', { published: '2025-05-20' }), [['approved-by-legislature', '2025-05-14', 'DE']]);
  assert.deepEqual(done('German President Frank-Walter Steinmeier signed the law on ratification on 2 June.', { published: '2025-06-03' }), [
    ['ratified', '2025-06-02', 'DE'],
  ]);
});

test('two events in one sentence each take their own date and actor', () => {
  const r = eventsIn('Парламент Литвы одобрил соглашение ещё 20 мая, а президент Литвы подписал закон о его ратификации 27 мая.', {
    language: 'ru',
    published: '2031-06-11',
  });
  assert.deepEqual(
    r.map((e) => [e.step, e.date, e.body, e.party]),
    [
      ['approved-by-legislature', '2031-05-20', 'Parliament', 'LT'],
      ['ratified', '2031-05-27', 'President', 'LT'],
    ],
  );
});

test('an offset between two events dates the one without a date ("a week after the Sejm approved")', () => {
  assert.deepEqual(
    done("Poland's President signed the instrument of ratification on 18 June, a week after the Sejm approved the treaty.", { published: '2031-07-31' }),
    [
      ['ratified', '2031-06-18', 'PL'],
      ['approved-by-legislature', '2031-06-11', 'PL'],
    ],
  );
  assert.deepEqual(done('The lower house backed the bill ten days after the government submitted it on March 3.', { published: '2031-04-01' }), [
    ['approved-by-legislature', '2031-03-13', null],
    ['submitted-for-ratification', '2031-03-03', null],
  ]);
});

test('weekdays and "a day ago" are resolved against the publication date; without one they stay undated', () => {
  assert.deepEqual(done('Norway’s parliament voted to ratify the convention on Wednesday.', { published: '2024-11-08' }), [
    ['approved-by-legislature', '2024-11-06', 'NO'],
  ]);
  assert.deepEqual(done('Norway’s parliament voted to ratify the convention on Wednesday.', { published: null }), [['approved-by-legislature', null, 'NO']]);
  assert.deepEqual(done('State television on Thursday published the text of the accord signed a day ago by the two presidents.', { published: '2024-06-20' }), [
    ['signed', '2024-06-19', null],
  ]);
  assert.deepEqual(done('Le traité est entré en vigueur aujourd’hui.', { language: 'fr', published: '2025-01-10' }), [
    ['entered-into-force', '2025-01-10', null],
  ]);
});

test("a date right after a verb of saying is the report's, not the event's", () => {
  assert.deepEqual(done('Le Mali a ratifié la convention, a annoncé mardi l’agence officielle.', { language: 'fr', published: '2025-03-12' }), [
    ['ratified', null, 'ML'],
  ]);
  assert.deepEqual(done('Chile ratified the agreement, the foreign ministry said on Tuesday.', { published: '2025-03-12' }), [['ratified', null, 'CL']]);
  assert.deepEqual(done('Chile ratified the agreement on Monday, the foreign ministry said on Tuesday.', { published: '2025-03-12' }), [
    ['ratified', '2025-03-10', 'CL'],
  ]);
});

test('the exchange of instruments has its place; entry into force its own date', () => {
  assert.deepEqual(
    eventsIn(
      'The Treaty on Good Neighbourliness between Estonia and Latvia entered into force on Thursday, thirty days after the two governments exchanged their instruments of ratification in Valga on 1 July.',
      { published: '2031-07-31' },
    ).map((e) => [e.step, e.date, e.place]),
    [
      ['entered-into-force', '2031-07-31', null],
      ['instruments-exchanged', '2031-07-01', 'Valga'],
    ],
  );
});

test('predictions, conditions and negations are not events', () => {
  assert.deepEqual(
    steps("The accord must be ratified by both countries' legislatures before it takes effect.").map((s) => s[3]),
    ['expected', 'expected'],
  );
  assert.deepEqual(done('The Prime Minister said the treaty would be submitted to parliament without delay.'), []);
  assert.deepEqual(done("The pact is valid for 10 years and renews automatically for five-year periods unless terminated with six months' notice."), []);
  assert.deepEqual(done('The convention has not been ratified yet.'), []);
  assert.deepEqual(done('The Senate is expected to approve the treaty in early November.'), []);
  assert.deepEqual(expected('The bill now goes to the Senate, whose approval is expected next month.'), ['approved-by-legislature']);
});

test('other instruments and other business are no steps of this agreement', () => {
  assert.deepEqual(done('With its entry into force, the 1994 Agreement on Fisheries has ceased to apply.'), []);
  assert.deepEqual(done('An international treaty was signed on March 17, 1949, by the two governments.'), []);
  assert.deepEqual(done('The ministers also signed separate agreements on cultural exchanges.'), []);
  assert.deepEqual(done('The parliament adopted a resolution on fishing quotas on Tuesday.'), []);
  assert.deepEqual(done('New tariffs took effect on Monday.'), []);
});

test('an assertion only insisted on is asserted, not done', () => {
  assert.deepEqual(
    steps('Officials insist the pact has been provisionally applied since the day it was signed.', { kind: 'opinion' }).map((s) => [s[0], s[3]]),
    [
      ['provisionally-applied', 'asserted'],
      ['signed', 'asserted'],
    ],
  );
});

test("a state named as the other side of the deal is not the actor's", () => {
  assert.deepEqual(done('Der Bundestag hat am Mittwoch den Vertrag mit Frankreich gebilligt.', { language: 'de', published: '2029-07-04' }), [
    ['approved-by-legislature', '2029-07-04', 'DE'],
  ]);
  assert.deepEqual(done('The parliament of Finland approved the treaty with Sweden on Monday.', { published: '2029-06-12' }), [
    ['approved-by-legislature', '2029-06-11', 'FI'],
  ]);
});

test('a long title as the subject still makes the verb a step of the agreement', () => {
  assert.deepEqual(
    done('The treaty between Ecuador and Peru on the sharing and protection of the waters of the Zarumilla River entered into force on Wednesday.', {
      published: '2029-10-03',
    }),
    [['entered-into-force', '2029-10-03', null]],
  );
});

test("an offset at the start of a sentence counts from the document's last dated event", () => {
  assert.deepEqual(
    done('The Storting approved the convention on 3 June.\n\nA week later, the Norwegian government deposited its instrument of ratification.', {
      published: '2025-06-20',
    }),
    [
      ['approved-by-legislature', '2025-06-03', 'NO'],
      ['ratified', '2025-06-10', 'NO'],
    ],
  );
  assert.deepEqual(
    done(
      "L'Union européenne a déposé mercredi ses instruments de ratification.\n\nLa veille, le Parlement européen avait donné son feu vert par 610 voix contre 38.",
      { language: 'fr', published: '2016-10-05' },
    ),
    [
      ['ratified', '2016-10-05', 'EU'],
      ['approved-by-legislature', '2016-10-04', 'EU'],
    ],
  );
  assert.deepEqual(
    done('El Senado de Chile aprobó el tratado el 3 de marzo.\n\nAl día siguiente, el presidente de Chile firmó el decreto de ratificación.', {
      language: 'es',
      published: '2025-04-01',
    }),
    [
      ['approved-by-legislature', '2025-03-03', 'CL'],
      ['ratified', '2025-03-04', 'CL'],
    ],
  );
});

test('a Russian passive names its agent after the verb, in its own case: each chamber its own vote', () => {
  const r = eventsIn('Соглашение было принято Сенатом 3 апреля и одобрено Государственной думой 10 апреля.', { language: 'ru', published: '2031-05-01' });
  assert.deepEqual(
    r.map((e) => [e.step, e.date, e.body]),
    [
      ['approved-by-legislature', '2031-04-03', 'Senate'],
      ['approved-by-legislature', '2031-04-10', 'State Duma'],
    ],
  );
});

test('a step told of both parties at once is each party\'s; one state\'s step next to "both countries" is not', () => {
  const each = (text: string, language = 'en') => eventsIn(text, { language, published: '1995-01-01' }).map((e) => [e.step, e.each_party ?? false]);
  assert.deepEqual(each('Both countries ratified the fisheries treaty.'), [['ratified', true]]);
  assert.deepEqual(each('The exchange came after ratification by both countries.'), [['ratified', true]]);
  assert.deepEqual(each("L'échange a eu lieu après la ratification de l'accord par les deux pays.", 'fr'), [['ratified', true]]);
  assert.deepEqual(each('Der Austausch erfolgte nach der Ratifizierung durch beide Staaten.', 'de'), [['ratified', true]]);
  assert.deepEqual(each('El canje se produjo tras la ratificación del convenio por ambos países.', 'es'), [['ratified', true]]);
  assert.deepEqual(each('Обмен состоялся после ратификации соглашения обеими странами.', 'ru'), [['ratified', true]]);
  assert.deepEqual(each('Chile ratified the treaty; both countries then exchanged notes.'), [
    ['ratified', false],
    ['instruments-exchanged', false],
  ]);
  // The condition of an expectation is no step: "will enter into force after ratification by both countries".
  assert.deepEqual(each('The accord will enter into force after ratification by both countries.'), [['entered-into-force', false]]);
});
