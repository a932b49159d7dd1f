import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, sha256Hex } from './hash.ts';
import { jsonReports } from './json-reports.ts';

test('json: an object wrapping one array of reports is read item by item', () => {
  const { docs, warnings } = jsonReports('export.json', JSON.stringify({ count: 2, items: [{ text: 'One.' }, { text: 'Two.' }] }), 'UTF-8');
  assert.deepEqual(warnings, []);
  assert.deepEqual(
    docs.map((d) => [d.file, d.text]),
    [
      ['export.json#1', 'One.'],
      ['export.json#2', 'Two.'],
    ],
  );
});

test('json: scraper and schema.org field spellings fill the same hints', () => {
  const item = {
    headline: 'Treaty approved',
    articleBody: 'Parliament approved the treaty.',
    author: [{ '@type': 'Person', name: 'Ana Roth' }, { name: 'Li Wen' }],
    datePublished: '2029-06-02T08:00:00Z',
    publisher: { name: 'Daily Example' },
    inLanguage: 'de',
  };
  const { docs } = jsonReports('a.json', JSON.stringify(item), 'UTF-8');
  assert.equal(docs[0].text, 'Parliament approved the treaty.');
  assert.deepEqual(docs[0].hints, {
    title: 'Treaty approved',
    outlet: 'Daily Example',
    author: 'Ana Roth, Li Wen',
    published: '2029-06-02T08:00:00Z',
    language: 'de',
  });
});

test('json: a text field that holds markup is HTML', () => {
  const { docs } = jsonReports('a.json', JSON.stringify({ content: '<div><p>The treaty.</p><p>More.</p></div>' }), 'UTF-8');
  assert.equal(docs[0].text, null);
  assert.equal(docs[0].html, '<div><p>The treaty.</p><p>More.</p></div>');
});

test('json: an item is hashed by its canonical JSON, so key order and whitespace do not matter', () => {
  const a = jsonReports('a.jsonl', '{"text":"Same report.","title":"T"}\n', 'UTF-8').docs[0];
  const b = jsonReports('b.json', '[ { "title": "T",\n  "text": "Same report." } ]', 'UTF-8').docs[0];
  assert.equal(a.sha256, b.sha256);
  assert.equal(a.sha256, sha256Hex('{"text":"Same report.","title":"T"}'));
  assert.equal(canonicalJson({ b: { d: 1, c: [2, { f: 0, e: 1 }] }, a: null }), '{"a":null,"b":{"c":[2,{"e":1,"f":0}],"d":1}}');
});

test('jsonl: entries are numbered among non-blank lines; warnings name the line', () => {
  const { docs, warnings } = jsonReports('f.jsonl', '\n{"text":"A."}\n\n"just a string"\n{"html":"<p>B</p>"}\n', 'UTF-8');
  assert.deepEqual(
    docs.map((d) => d.file),
    ['f.jsonl#1', 'f.jsonl#3'],
  );
  assert.deepEqual(warnings, [{ level: 'warning', file: 'f.jsonl', message: 'line 4: not a JSON object; skipped' }]);
});
