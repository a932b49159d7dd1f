import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentRecord } from '../../types.ts';
import { independenceOf, namesOf } from './independence.ts';

function doc(id: string, outlet: string | null, body: string, extra: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    file: `${id}.txt`,
    sha256: id,
    format: 'text',
    url: null,
    body,
    removed: [],
    near_duplicate_of: null,
    warnings: [],
    title: null,
    outlet,
    author: null,
    published: null,
    language: 'en',
    kind: 'news',
    source_type: null,
    source_state: null,
    source_evidence: '',
    evidence: {},
    ...extra,
  };
}

test('an outlet credited by its name without a generic tail', () => {
  assert.ok(namesOf('Fjordline Wire').includes('Fjordline'));
  assert.ok(namesOf('The Andes Press Agency').includes('Andes'));
  assert.deepEqual(namesOf('Sol'), ['Sol']);
});

test('a report crediting an outlet in the pile joins its source; two reports of one outlet stay two', () => {
  const docs = [
    doc('d1', 'Fjordline Wire', 'OSLO, March 3 (Fjordline) - Norway and Chile signed a fisheries accord.'),
    doc('d2', 'Valparaíso Daily', 'The accord was signed on Tuesday, according to Fjordline.'),
    doc('d3', 'Pampa Herald', 'Chile and Norway signed a fisheries accord in Oslo.'),
    doc('d4', 'Fjordline Wire', 'FACTBOX - the Norway-Chile fisheries accord.'),
    doc('d5', 'Coast Courier', 'Chile and Norway signed a fisheries accord in Oslo.', { near_duplicate_of: 'd3' }),
  ];
  const { sources, repeats } = independenceOf(docs);
  assert.deepEqual(sources, { d1: 'd1', d2: 'd1', d3: 'd3', d4: 'd4', d5: 'd3' });
  assert.deepEqual(
    repeats.map((r) => [r.doc, r.source, r.why.split(':')[0]]),
    [
      ['d5', 'd3', 'near duplicate'],
      ['d2', 'd1', 'credits Fjordline Wire'],
    ],
  );
});

test('a credit line cut by cleaning still counts; a credit to an outlet not in the pile joins nothing', () => {
  const docs = [
    doc('d1', 'Fjordline Wire', 'Norway and Chile signed a fisheries accord.'),
    doc('d2', 'Pampa Herald', 'The accord was signed in Oslo.', { removed: [{ text: 'Distributed by Fjordline Wire', why: 'credit' }] }),
    doc('d3', 'Coast Courier', 'The accord was signed, according to Andes Agency.'),
  ];
  assert.deepEqual(independenceOf(docs).sources, { d1: 'd1', d2: 'd1', d3: 'd3' });
});
