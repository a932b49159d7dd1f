import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawText as raw } from '../ingest/testing.ts';
import { assembleDossier } from './assemble.ts';
import { prepareDocument } from './prepare.ts';

const WIRE = raw(
  'wire.txt',
  "Zambezi parliament backs river pact\n\nLUSAKA, March 3 (Southern Wire) - Zambia's National Assembly on Tuesday approved the Treaty on the Kafue Basin with Zimbabwe, sending it to the president.\n\nThe treaty was signed in Harare last year.",
);
const BRIEF = raw(
  'brief.txt',
  "The Kafue Basin Treaty: a chronology\n\nThe treaty was signed in Harare on 12 August 2014. Zambia's National Assembly approved it on 3 March 2015, and Zimbabwe's parliament on 20 May 2015.",
);

test("a wire's yearless dateline takes its year from the pile, and its 'on Tuesday' a day", () => {
  const wire = prepareDocument(WIRE);
  assert.equal(wire.doc.published, null);
  assert.deepEqual(wire.doc.published_day, { month: 3, day: 3, weekday: 2, text: wire.doc.published_day?.text });
  const dossier = assembleDossier([wire, prepareDocument(BRIEF)], []);
  const doc = dossier.documents.find((d) => d.file === 'wire.txt')!;
  assert.equal(doc.published, '2015-03-03');
  assert.match(doc.evidence.published, /2015-03-03 \(brief\.txt\)/);
  const vote = dossier.claims.find((c) => c.doc === doc.id && /on Tuesday approved/.test(c.text))!;
  assert.equal(vote.dates?.[0]?.value, '2015-03-03');
});

test('alone, the wire keeps a null date: nothing in the pile gives the year', () => {
  const dossier = assembleDossier([prepareDocument(WIRE)], []);
  assert.equal(dossier.documents[0].published, null);
});

test("the pile's year wins over a year guessed from the body's history", () => {
  // The body's latest date (March 2011) puts the dateline's 3 March in 2011.
  const wire = prepareDocument(
    raw(
      'wire2.txt',
      "Kafue pact clears parliament\n\nLUSAKA, March 3 (Southern Wire) - Zambia's National Assembly on Tuesday approved the Treaty on the Kafue Basin, four years after talks opened in March 2011.",
    ),
  );
  assert.equal(wire.doc.published, '2011-03-03');
  const doc = assembleDossier([wire, prepareDocument(BRIEF)], []).documents.find((d) => d.file === 'wire2.txt')!;
  assert.equal(doc.published, '2015-03-03');
  assert.match(doc.evidence.published, /not the body's guess 2011-03-03/);
});
