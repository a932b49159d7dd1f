import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../clean/index.ts';
import type { RawDocument } from '../types.ts';
import { extractMeta } from './index.ts';

const raw = (text: string): RawDocument => ({ file: 'x.txt', sha256: 'x', format: 'text', text, html: null, hints: {}, charset: 'UTF-8', warnings: [] });

test('extractMeta: every field with the words that decided it (practice 08, a wire factbox)', () => {
  const text = [
    'FACTBOX - What is in the Arland-Borvia Harbour Treaty?',
    'By Compass Press staff',
    'March 15, 2031',
    '',
    'March 15 (Compass Press) - Arland and Borvia signed a Treaty on Maritime Cooperation and Mutual Security on Friday. Here are its main provisions:',
    '',
    '* EXERCISES: Joint naval exercises will be held at least once a year (Article 8).',
    '',
    'Compiled by Dana Ilves; Editing by Mark Oyelaran',
  ].join('\n');
  const r = raw(text);
  const meta = extractMeta(r, cleanDocument(r));
  assert.deepEqual(
    { title: meta.title, outlet: meta.outlet, author: meta.author, published: meta.published, language: meta.language, kind: meta.kind },
    {
      title: 'FACTBOX - What is in the Arland-Borvia Harbour Treaty?',
      outlet: 'Compass Press',
      author: 'Dana Ilves',
      published: '2031-03-15',
      language: 'en',
      kind: 'factbox',
    },
  );
  assert.deepEqual(Object.keys(meta.evidence).sort(), ['author', 'kind', 'language', 'outlet', 'published', 'title']);
  assert.match(meta.evidence.outlet, /Compass Press/);
  assert.match(meta.evidence.published, /March 15, 2031/);
});

test('extractMeta: an untitled, undated scrape gets nulls, not guesses (seed 002 shape)', () => {
  const r = raw(
    'In addition, this treaty has separate clauses related to mutual assistance in the event of war, signed in Pyongyang on June 19, 2024.\nThe Washington Post previously reported that several thousand soldiers are undergoing training.',
  );
  const meta = extractMeta(r, cleanDocument(r));
  assert.equal(meta.title, null);
  assert.equal(meta.outlet, null);
  assert.equal(meta.published, null);
  assert.equal(meta.author, null);
});
