import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { RawDocument } from '../types.ts';
import { assembleDossier, inDossierForm } from './assemble.ts';
import { type Prepared, prepareDocument } from './prepare.ts';

const raw = (file: string, text: string): RawDocument => ({
  file,
  sha256: createHash('sha256').update(text).digest('hex'),
  format: 'text',
  text,
  html: null,
  hints: {},
  charset: 'UTF-8',
  warnings: [],
});

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

test('a pile held in dossier form assembles to the same dossier as the pile as read', () => {
  assert.deepEqual(assembleDossier(held(items), [], { generated: at }), assembleDossier(items, [], { generated: at }));
});

test('a pile held in dossier form is cited as it is held: each claim is one object', () => {
  const pile = held(items);
  const dossier = assembleDossier(pile, [], { generated: at });
  assert.deepEqual(
    dossier.claims,
    pile.flatMap((p) => p.claims),
  );
  pile.flatMap((p) => p.claims).forEach((claim, i) => assert.equal(dossier.claims[i], claim));
  assert.deepEqual(dossier.claims.map((c) => c.id).slice(0, 2), ['c1', 'c2']);
  assert.equal(dossier.claims.at(-1)!.doc, 'd3');
});

test('a document appended to a held pile gives the dossier of the whole pile read afresh', () => {
  const pile = held(items.slice(0, 2));
  assembleDossier(pile, [], { generated: at });
  const first = pile.reduce((n, p) => n + p.claims.length, 0);
  pile.push(inDossierForm(items[2], 2, first));
  assert.deepEqual(assembleDossier(pile, [], { generated: at }), assembleDossier(items, [], { generated: at }));
});
