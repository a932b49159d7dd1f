import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { toJson } from './json.ts';

/** The same data with every object's keys in reverse order, as a stage might happen to build it. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

test('toJson round-trips the dossier unchanged', () => {
  assert.deepEqual(JSON.parse(toJson(sampleDossier)), JSON.parse(JSON.stringify(sampleDossier)));
});

test('toJson is pretty-printed and ends with a newline', () => {
  const out = toJson(sampleDossier);
  assert.match(out, /^\{\n {2}"version": 1,\n {2}"generated": /);
  assert.ok(out.endsWith('}\n'));
});

test('toJson pieces join to the plain pretty-printed JSON, byte for byte', () => {
  const out = toJson({ ...sampleDossier, warnings: [] });
  assert.equal(out, JSON.stringify(JSON.parse(out), null, 2) + '\n');
  assert.match(out, /"warnings": \[\]\n\}\n$/);
  assert.equal(toJson(sampleDossier), JSON.stringify(JSON.parse(toJson(sampleDossier)), null, 2) + '\n');
});

test('toJson writes keys in the spec order whatever order the objects were built in', () => {
  const shuffled = reversedKeys(sampleDossier) as Dossier;
  assert.equal(toJson(shuffled), toJson(sampleDossier));
  const parsed = JSON.parse(toJson(shuffled));
  assert.deepEqual(Object.keys(parsed), ['version', 'generated', 'documents', 'claims', 'agreements', 'conflicts', 'warnings']);
  assert.deepEqual(Object.keys(parsed.documents[0]).slice(0, 16), [
    'id',
    'file',
    'sha256',
    'title',
    'outlet',
    'author',
    'published',
    'language',
    'kind',
    'source_type',
    'source_state',
    'source_evidence',
    'body',
    'removed',
    'near_duplicate_of',
    'warnings',
  ]);
  assert.deepEqual(Object.keys(parsed.claims[0]).slice(0, 10), ['id', 'doc', 'start', 'end', 'text', 'kind', 'speaker', 'articles', 'dates', 'parties']);
  assert.deepEqual(Object.keys(parsed.claims[1].dates[0]).slice(0, 2), ['value', 'text']);
  const a = parsed.agreements[0];
  assert.deepEqual(Object.keys(a).slice(0, 13), [
    'id',
    'title',
    'aliases',
    'parties',
    'signed',
    'article_count',
    'articles',
    'obligations',
    'lifecycle',
    'expected',
    'duration',
    'supersedes',
    'related',
  ]);
  assert.deepEqual(Object.keys(a.obligations), [
    'defense',
    'consultation',
    'nonaggression',
    'neutrality',
    'no_competing_commitments',
    'no_territory_use',
    'offense',
  ]);
  assert.deepEqual(Object.keys(a.lifecycle[0]).slice(0, 5), ['step', 'date', 'party', 'body', 'ref']);
  assert.deepEqual(Object.keys(parsed.conflicts[0]), ['slot', 'about', 'values', 'resolved', 'misstated_by']);
  assert.deepEqual(Object.keys(parsed.conflicts[0].resolved), ['value', 'basis']);
});

test('toJson keeps fields the spec does not name, after the known ones, sorted', () => {
  const extra = { ...sampleDossier, zeta: 1, alpha: 2 } as unknown as Dossier;
  assert.deepEqual(Object.keys(JSON.parse(toJson(extra))).slice(-3), ['warnings', 'alpha', 'zeta']);
});
