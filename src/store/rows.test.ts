import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addPieces, columns, DOCUMENT_COLUMNS, emptyPieces, FTS_CHARS } from './rows.ts';
import type { NewClaim, NewDocument } from './types.ts';

function claim(body: string, text: string, from = 0): NewClaim {
  const start = body.indexOf(text, from);
  return {
    start,
    end: start + text.length,
    text,
    kind: 'report',
    speaker: null,
    articles: [],
    article_refs: [],
    foreign_refs: [],
    dates: [],
    parties: [],
    party_mentions: [],
    bodies: [],
    features: [],
    unit: 'sentence',
  };
}

function pieces(body: string, claims: NewClaim[]) {
  const p = emptyPieces();
  addPieces(p, 1, body, claims);
  return p.text.map((text, i) => ({ ord: p.ord[i], chained: p.chained[i], text }));
}

test('a body becomes its claims and the worded gaps between them, in order', () => {
  const body = 'Title line\n\nThe treaty was signed. — * — It enters into force in May. Signed in two copies.';
  const claims = [claim(body, 'The treaty was signed.'), claim(body, 'It enters into force in May.')];
  assert.deepEqual(pieces(body, claims), [
    { ord: null, chained: 1, text: 'Title line\n\n' },
    { ord: 1, chained: 1, text: 'The treaty was signed.' },
    { ord: 2, chained: 1, text: 'It enters into force in May.' }, // ' — * — ' holds no word
    { ord: null, chained: 1, text: ' Signed in two copies.' },
  ]);
});

test('a claim that is not the body at its offsets, or overlaps the one before, stays out of the chain', () => {
  const body = 'Article 4 applies. Article 5 too.';
  const overlapping = { ...claim(body, 'applies. Article 5'), ord: 2 };
  const normalized = { ...claim(body, 'Article 5 too.'), text: 'Article 5 too (normalized).' };
  assert.deepEqual(pieces(body, [claim(body, 'Article 4 applies.'), overlapping, normalized]), [
    { ord: 1, chained: 1, text: 'Article 4 applies.' },
    { ord: 2, chained: 0, text: 'applies. Article 5' },
    { ord: 3, chained: 0, text: 'Article 5 too (normalized).' },
    { ord: null, chained: 1, text: ' Article 5 too.' },
  ]);
});

test('only the first FTS_CHARS characters are tokenized as the body; later claims keep their own text', () => {
  const filler = 'word '.repeat(FTS_CHARS / 5 + 1);
  const body = `${filler}Late claim here. Tail text.`;
  const late = claim(body, 'Late claim here.');
  const got = pieces(body, [late]);
  assert.deepEqual(
    got.map((p) => [p.ord, p.chained, p.text.length]),
    [
      [1, 0, 'Late claim here.'.length],
      [null, 1, FTS_CHARS],
    ],
  );
});

test('columns: one array per document column, JSON for the json ones and the claims, extra fields in extra', () => {
  const body = 'One sentence.';
  const doc = {
    file: 'a.txt',
    sha256: 'a'.repeat(64),
    format: 'text',
    url: null,
    title: 'T',
    outlet: null,
    author: null,
    published: null,
    language: 'en',
    kind: 'news',
    source_type: 'state-media',
    source_state: 'RU',
    source_evidence: 'self-description «state news agency»',
    evidence: { title: 'first line' },
    body,
    removed: [],
    warnings: ['w\u0000'],
    signature: [1, 2],
    scope: 'x',
  } as NewDocument & { scope: string };
  const { documents, claims, pieces: p } = columns([{ doc, claims: [claim(body, 'One sentence.')] }]);
  const row = Object.fromEntries(DOCUMENT_COLUMNS.map((column, i) => [column, documents[i][0]]));
  assert.equal(row.sha256, doc.sha256);
  assert.equal(row.evidence, '{"title":"first line"}');
  assert.equal(row.warnings, '["w\\ufffd"]');
  assert.equal(row.extra, '{"scope":"x"}');
  assert.deepEqual([row.source_type, row.source_state, row.source_evidence], ['state-media', 'RU', 'self-description «state news agency»']);
  assert.equal(row.url, null);
  assert.equal(row.near_duplicate_of, null);
  assert.deepEqual(JSON.parse(claims[0]), [claim(body, 'One sentence.')]);
  assert.deepEqual(p, { doc: [1], ord: [1], chained: [1], text: ['One sentence.'] });
});
