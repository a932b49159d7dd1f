// One claim at a time: which steps it reports, with what date, actor, party, place and reference; and what it
// only predicts. Real eval sentences and hand-written ones in en/ru/de/fr.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readClaim } from './detect.ts';
import { makeDoc, type SentenceSpec } from './testing.ts';

function read(spec: string | SentenceSpec, meta: { language?: string; published?: string | null; kind?: 'news' | 'opinion' | 'official' } = {}, parties: string[] = ['RU', 'KP']) {
  const { doc, claims } = makeDoc('d', { language: meta.language ?? 'en', published: meta.published ?? '2024-11-06', kind: meta.kind }, [spec]);
  return readClaim(claims[0], { doc, parties, partyNames: {}, lastParty: null });
}
const steps = (r: ReturnType<typeof read>) => r.observations.map((o) => [o.step, o.date, o.party]);

test('a legislature that "ratified" approved; a head of state signing the ratification law ratified', () => {
  assert.deepEqual(
    steps(read({ text: 'The State Duma ratified the treaty on October 24.', dates: [['October 24', '2024-10-24']], bodies: [['State Duma', 'State Duma', 'lower-house', 'RU']] })),
    [['approved-by-legislature', '2024-10-24', 'RU']],
  );
  assert.deepEqual(
    steps(read({ text: 'Russian President Vladimir Putin signed the law on ratification on November 9.', dates: [['November 9', '2024-11-09']], parties: [['Russian', 'RU']] })),
    [['ratified', '2024-11-09', 'RU']],
  );
});

test('two events in one Russian sentence each take their own date and actor', () => {
  const r = read(
    { text: 'Парламент Валдории одобрил договор ещё 20 мая, а президент Валдории Елена Марш подписала закон о его ратификации 27 мая.', dates: [['20 мая', '2031-05-20'], ['27 мая', '2031-05-27']], parties: [['Валдории', 'Valdoria']] },
    { language: 'ru', published: '2031-06-11' },
    ['Valdoria', 'Ostmark'],
  );
  assert.deepEqual(
    r.observations.map((o) => [o.step, o.date, o.body]),
    [
      ['approved-by-legislature', '2031-05-20', 'Парламент'],
      ['ratified', '2031-05-27', 'президент'],
    ],
  );
  // "Валдории" twice: the second mention was not given by the reading stage, the record's name finds it.
  assert.deepEqual(r.observations.map((o) => o.party), ['Valdoria', 'Valdoria']);
});

test('an offset between two events dates the one without a date ("a week after the Federal Diet approved")', () => {
  const r = read(
    { text: "Ostmark's Federal Chancellor Johann Brecht had signed his country's instrument of ratification on 18 June, a week after the Federal Diet approved the treaty.", dates: [['18 June', '2031-06-18']] },
    { published: '2031-07-31' },
    ['Valdoria', 'Ostmark'],
  );
  assert.deepEqual(steps(r), [
    ['ratified', '2031-06-18', 'Ostmark'],
    ['approved-by-legislature', '2031-06-11', 'Ostmark'],
  ]);
});

test('weekdays and "a day ago" are resolved against the publication date when the claim gives no date', () => {
  assert.deepEqual(steps(read('Russia’s parliament voted to ratify the pact on Wednesday.', { published: '2024-11-08' })), [['approved-by-legislature', '2024-11-06', null]]);
  const signed = read('North Korea’s state media on Thursday unveiled the full text of a mutual defence pact signed a day ago by its leader Kim Jong Un and Russian President Vladimir Putin.', { published: '2024-06-20', kind: 'news' });
  assert.deepEqual(steps(signed), [['signed', '2024-06-19', null]]);
  assert.deepEqual(steps(read('Le traité est entré en vigueur aujourd’hui.', { language: 'fr', published: '2025-01-10' })), [['entered-into-force', '2025-01-10', null]]);
});

test('the exchange of instruments has its place; entry into force its own date', () => {
  const r = read(
    { text: 'The Treaty on Maritime Cooperation and Mutual Security between Valdoria and Ostmark entered into force on Thursday, thirty days after the two governments exchanged their instruments of ratification in Lindenburg on 1 July.', dates: [['Thursday', '2031-07-31', true], ['1 July', '2031-07-01']] },
    { published: '2031-07-31' },
  );
  assert.deepEqual(r.observations.map((o) => [o.step, o.date, o.place]), [
    ['entered-into-force', '2031-07-31', null],
    ['instruments-exchanged', '2031-07-01', 'Lindenburg'],
  ]);
});

test('German and French verb forms', () => {
  assert.deepEqual(
    read({ text: 'Der Bundestag hat den Vertrag am 5. März mit großer Mehrheit ratifiziert.', dates: [['am 5. März', '2025-03-05']], bodies: [['Bundestag', 'Bundestag', 'legislature', 'DE']] }, { language: 'de' }, ['DE', 'FR']).observations.map((o) => [o.step, o.date, o.party]),
    [['approved-by-legislature', '2025-03-05', 'DE']],
  );
  assert.deepEqual(
    read({ text: "L'Assemblée nationale a approuvé le traité le 12 mai.", dates: [['12 mai', '2025-05-12']] }, { language: 'fr' }, ['DE', 'FR']).observations.map((o) => [o.step, o.date]),
    [['approved-by-legislature', '2025-05-12']],
  );
  const r = read({ text: 'Die Regierung hatte den Gesetzentwurf Nr. 31/118 am 2. April in die Versammlung eingebracht.', dates: [['am 2. April', '2031-04-02']] }, { language: 'de' });
  assert.deepEqual(r.observations.map((o) => [o.step, o.date, o.ref, o.body]), [['submitted-for-ratification', '2031-04-02', '31/118', 'Versammlung']]);
});

test('predictions, conditions and negations are not events', () => {
  const predicted = read('The document, which diplomats have nicknamed the Harbour Treaty, must be ratified by both countries\' legislatures before it takes effect.');
  assert.deepEqual(predicted.observations, []);
  assert.deepEqual(predicted.expectations.map((x) => x.step), ['approved-by-legislature', 'entered-into-force']);
  assert.deepEqual(read('Speaking to the committee, the Chancellor said the treaty would be submitted to the Diet for approval without delay.').observations, []);
  assert.deepEqual(read('The treaty is valid for 10 years and renews automatically for five-year periods unless terminated with six months\' notice (Article 12).').observations, []);
  assert.deepEqual(read('The treaty has not been ratified yet.').observations, []);
  const ru = read('Теперь документ должен подписать федеральный канцлер Остмарка, после чего стороны обменяются ратификационными грамотами.', { language: 'ru' });
  assert.deepEqual(ru.observations, []);
  assert.deepEqual(ru.expectations.map((x) => x.step), ['ratified', 'instruments-exchanged']);
  const de = read('In Ostmark steht die Abstimmung im Föderalen Landtag noch aus; sie wird für Juni erwartet.', { language: 'de' });
  assert.deepEqual([de.observations, de.expectations.map((x) => x.step)], [[], ['approved-by-legislature']]);
});

test('other instruments and other business are no steps of this agreement', () => {
  assert.deepEqual(read('With its entry into force, the 2009 Agreement on Fisheries and Port Cooperation has ceased to apply.').observations, []);
  assert.deepEqual(read('As Putin pointed out, an international treaty was signed on March 17, 1949, in Moscow by Kim Il Sung.').observations, []);
  assert.deepEqual(read('The two nations also signed separate intergovernmental agreements of cooperation with respect to scientific research.').observations, []);
  assert.deepEqual(read('The parliament adopted a resolution on fishing quotas on Tuesday.').observations, []);
  assert.deepEqual(read('It supports investments as per the intergovernmental agreement on investment promotion and protection adopted on November 28, 1996.').observations, []);
});

test('a hedged assertion is marked so', () => {
  const r = read('Officials insist it has been provisionally applied since the day it was signed, as if the ratification votes were a mere formality.', { kind: 'opinion' });
  assert.deepEqual(r.observations.map((o) => [o.step, o.hedged]), [['provisionally-applied', true], ['signed', true]]);
});

test('headline and vote forms: "signs law ratifying", "voted 400-0 to ratify"; other things taking effect are not the treaty', () => {
  assert.deepEqual(steps(read({ text: 'Putin signs law ratifying defence pact with North Korea', unit: 'heading', parties: [['North Korea', 'KP']], bodies: [['Putin', 'President', 'head-of-state', 'RU']] })), [['ratified', null, 'RU']]);
  assert.deepEqual(steps(read({ text: 'The State Duma voted 400-0 to ratify the treaty on October 24.', dates: [['October 24', '2024-10-24']], bodies: [['State Duma', 'State Duma', 'lower-house', 'RU']] })), [['approved-by-legislature', '2024-10-24', 'RU']]);
  assert.deepEqual(read({ text: 'New sanctions took effect on Monday.', dates: [['Monday', '2024-11-04']] }).observations, []);
  assert.deepEqual(steps(read({ text: 'The treaty entered into force on December 4.', dates: [['December 4', '2024-12-04']] })), [['entered-into-force', '2024-12-04', null]]);
});

test('a state named as the other side of the deal is not the actor\'s: "approved the treaty with Orvenia" is the other party\'s vote', () => {
  const r = read(
    { text: 'Die Bundesversammlung hat am Mittwoch den Vertrag mit Orvenia über die Aufteilung der Gewässer gebilligt.', dates: [['am Mittwoch', '2029-07-04']], parties: [['Orvenia', 'Orvenia']], bodies: [['Bundesversammlung', 'Federal Assembly', 'legislature', null]] },
    { language: 'de', published: '2029-07-04' },
    ['Kastria', 'Orvenia'],
  );
  assert.deepEqual(steps(r), [['approved-by-legislature', '2029-07-04', 'Kastria']]);
  // The state beside the body still names its party.
  const own = read(
    { text: 'The parliament of Orvenia approved the treaty with Kastria on Monday.', dates: [['on Monday', '2029-06-11']], parties: [['Orvenia', 'Orvenia'], ['Kastria', 'Kastria']] },
    { published: '2029-06-12' },
    ['Kastria', 'Orvenia'],
  );
  assert.deepEqual(steps(own), [['approved-by-legislature', '2029-06-11', 'Orvenia']]);
});

test('a long title as the subject still makes the verb a step of the agreement', () => {
  const r = read(
    { text: 'The treaty between Orvenia and Kastria on the sharing and protection of the waters of the Velna River entered into force on Wednesday.', dates: [['on Wednesday', '2029-10-03', true]], parties: [['Orvenia', 'Orvenia'], ['Kastria', 'Kastria']] },
    { published: '2029-10-03' },
    ['Kastria', 'Orvenia'],
  );
  assert.deepEqual(steps(r), [['entered-into-force', '2029-10-03', null]]);
});
