import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawText as raw } from '../ingest/testing.ts';
import type { Dossier } from '../types.ts';
import { assembleDossier, inDossierForm } from './assemble.ts';
import { type Prepared, prepareDocument } from './prepare.ts';

const REPORTS = [
  'The Treaty on Rail Links between Lumeria and Tarsis was signed on 7 May 2033 in Lumport. Article 3 provides for a joint commission. Officials said it would enter into force after ratification.',
  'Lumeria and Tarsis signed a rail treaty on 7 May 2033. Under Article 4, the parties will consult without delay if either is threatened. Analysts said the treaty was narrow.',
  'The parliament of Lumeria approved the Treaty on Rail Links on 20 June 2033. The treaty has 12 articles.',
];
const items = REPORTS.map((text, i) => prepareDocument(raw(`r${i}.txt`, text)));
const at = new Date('2033-07-01T00:00:00Z');

/** The pile as a server keeps it: each document in dossier form, numbered after the claims before it. */
function held(pile: Prepared[]): Prepared[] {
  let first = 0;
  return pile.map((p, i) => {
    const kept = inDossierForm(p, i, first);
    first += p.claims.length;
    return kept;
  });
}

/** What the three reports say, in the dossier's terms. */
function facts(d: Dossier) {
  const [a, ...others] = d.agreements;
  return {
    documents: d.documents.map((x) => [x.id, x.file, x.near_duplicate_of]),
    claims: d.claims.map((c) => [c.id, c.doc]),
    agreements: 1 + others.length,
    title: a.title,
    parties: a.parties,
    signed: [a.signed.date, a.signed.place, a.signed.claims],
    article_count: a.article_count,
    articles: a.articles.map((x) => [x.number, x.topics]),
    lifecycle: a.lifecycle.map((e) => [e.step, e.date, e.party, e.docs, e.status]),
    conflicts: d.conflicts,
  };
}

const KNOWN = {
  documents: [
    ['d1', 'r0.txt', null],
    ['d2', 'r1.txt', null],
    ['d3', 'r2.txt', null],
  ],
  claims: [
    ['c1', 'd1'],
    ['c2', 'd1'],
    ['c3', 'd1'],
    ['c4', 'd2'],
    ['c5', 'd2'],
    ['c6', 'd2'],
    ['c7', 'd3'],
    ['c8', 'd3'],
  ],
  agreements: 1,
  title: 'Treaty on Rail Links between Lumeria and Tarsis',
  parties: ['Lumeria', 'Tarsis'],
  signed: ['2033-05-07', 'Lumport', ['c1', 'c4']],
  article_count: 12,
  articles: [
    [3, []],
    [4, ['consultation']],
  ],
  lifecycle: [
    ['signed', '2033-05-07', null, ['d1', 'd2'], 'confirmed'],
    ['approved-by-legislature', '2033-06-20', 'Lumeria', ['d3'], 'reported'],
  ],
  conflicts: [],
};

test('the pile as read gives the dossier of what its reports say', () => {
  assert.deepEqual(facts(assembleDossier(items, [], { generated: at })), KNOWN);
});

test('a pile held in dossier form gives the same facts', () => {
  const dossier = assembleDossier(held(items), [], { generated: at });
  assert.equal(dossier.generated, '2033-07-01T00:00:00.000Z');
  assert.deepEqual(facts(dossier), KNOWN);
});

test('a pile held in dossier form is cited as it is held: each claim is one object', () => {
  const pile = held(items);
  const dossier = assembleDossier(pile, [], { generated: at });
  pile.flatMap((p) => p.claims).forEach((claim, i) => assert.equal(dossier.claims[i], claim));
  assert.deepEqual(
    dossier.claims.map((c) => c.id),
    KNOWN.claims.map(([id]) => id),
  );
  assert.equal(dossier.claims.at(-1)!.text, 'The treaty has 12 articles.');
});

test('a document appended to a held pile adds what it says: the approval and the article count', () => {
  const pile = held(items.slice(0, 2));
  const before = facts(assembleDossier(pile, [], { generated: at }));
  assert.deepEqual(before.lifecycle, [['signed', '2033-05-07', null, ['d1', 'd2'], 'confirmed']]);
  assert.equal(before.article_count, null);
  const first = pile.reduce((n, p) => n + p.claims.length, 0);
  pile.push(inDossierForm(items[2], 2, first));
  assert.deepEqual(facts(assembleDossier(pile, [], { generated: at })), KNOWN);
});

test('a syndicated copy is linked to the report it repeats, and links given by the caller are kept', () => {
  const wire = `${REPORTS[0]} The commission will meet twice a year in the two capitals, and its chair will rotate every year between them.`;
  const copy = `Rail treaty signed\n\n${wire.replace('every year', 'each year')}`;
  const pile = [wire, REPORTS[2], copy].map((text, i) => prepareDocument(raw(`s${i}.txt`, text)));
  assert.deepEqual(
    assembleDossier(pile, [], { generated: at }).documents.map((d) => d.near_duplicate_of),
    [null, null, 'd1'],
  );
  const given = new Map([['d2', 'd1']]);
  assert.deepEqual(
    assembleDossier(pile, [], { generated: at, links: given }).documents.map((d) => d.near_duplicate_of),
    [null, 'd1', null],
  );
});
