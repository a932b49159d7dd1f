import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawText } from '../ingest/testing.ts';
import { prepareDocument } from '../pipeline/index.ts';
import { parseConfig } from './config.ts';
import { matcherOf, type RoutedReport, routeReport } from './route.ts';

const config = parseConfig({
  agreements: [
    {
      name: 'Treaty on the Lumen Strait',
      aliases: ['traité sur le détroit de Lumen', 'Vertrag über die Lumen-Straße', 'LUST'],
      parties: ['Varnessa', 'Tollund'],
      collection: 'lumen',
    },
    { name: 'Accord on Herring Fisheries in the Amber Sea', parties: ['Norhaven', 'Brevland'], collection: 'herring' },
    { name: 'Scandinavian Rail Corridor Agreement', parties: ['Norwegen', 'Suecia'], collection: 'rail' },
  ],
});
const matchers = config.agreements.map(matcherOf);

let n = 0;
function report(text: string): RoutedReport {
  const raw = rawText(`r${++n}.txt`, text);
  const { doc, claims } = prepareDocument(raw);
  return { title: doc.title, body: doc.body, claims };
}
const route = (text: string) => routeReport(report(text), matchers, config.unsorted);

test('a report goes to the agreement it names, in whichever language its alias is written', () => {
  const en = route('Halden, 3 March 2031. Varnessa and Tollund signed the Treaty on the Lumen Strait on Monday.\n\nThe treaty has 14 articles.');
  assert.deepEqual([en.collection, en.agreement], ['lumen', 'Treaty on the Lumen Strait']);
  assert.match(en.reason, /names it \d time/);
  const fr = route('Orsa, 14 avril 2031. Le Parlement du Tollund a ratifié mardi le traité sur le détroit de Lumen.\n\nLe vote a été unanime.');
  assert.equal(fr.collection, 'lumen');
  const de = route('Halden, 2. Mai 2031. Das Parlament hat den Vertrag über die Lumen-Straße am Freitag gebilligt.');
  assert.equal(de.collection, 'lumen');
  const fish = route('Veldt, 12 June 2031. Norhaven and Brevland signed the Accord on Herring Fisheries in the Amber Sea on Thursday.');
  assert.equal(fish.collection, 'herring');
});

test('a longer form of a followed name is the same agreement; an acronym alias counts as a word in its own case', () => {
  assert.equal(route('The Lumen Strait Treaty of 2031 takes effect next spring, officials said.').collection, 'lumen');
  assert.equal(route('Officials said LUST would take effect in the spring.').collection, 'lumen');
  assert.equal(route('A song about lust and longing topped the charts in Halden.').collection, 'unsorted');
});

test('a report that names an agreement under another name goes by the parties it shares with one followed agreement', () => {
  const byParties = route('Varnessa and Tollund exchanged the instruments of ratification of their maritime pact in Orsa on Friday.');
  assert.deepEqual([byParties.collection, byParties.reason], ['lumen', 'names an agreement between 2 of its parties']);
  // Parties the reader knows as states are matched by their codes, whatever the language of the report.
  const real = route(
    'Norwegen und Schweden haben am Montag in der Hauptstadt ein Abkommen über den Güterverkehr auf der Schiene unterzeichnet. ' +
      'Die beiden Regierungen wollen damit die Fahrzeiten der Güterzüge zwischen den Häfen deutlich verkürzen, hieß es in einer Mitteilung.',
  );
  assert.equal(real.collection, 'rail');
});

test('a report about no followed agreement goes to unsorted with the reason; nothing decides between two named alike', () => {
  const festival = route('Halden, 1 July 2031. The harbour festival drew record crowds, the city council of Varnessa said.');
  assert.deepEqual([festival.collection, festival.agreement, festival.reason], ['unsorted', null, 'names no followed agreement']);
  // One party and an agreement: too little to say which.
  assert.equal(route('Tollund signed a customs agreement with a neighbour on Monday.').collection, 'unsorted');
  const both = route('Varnessa hosted talks on the Treaty on the Lumen Strait. Norhaven raised the Accord on Herring Fisheries in the Amber Sea.');
  assert.equal(both.collection, 'unsorted');
  assert.match(both.reason, /alike/);
  assert.deepEqual(routeReport(report('Anything at all.'), [], 'inbox'), { collection: 'inbox', agreement: null, reason: 'no agreement is followed' });
});
