import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../../test/fixtures/export/sample-dossier.ts';
import type { Claim } from '../../types.ts';
import { locate } from './context.ts';
import { markedBody } from './sources.ts';

const claim = (id: string, start: number, end: number, text = ''): Claim => ({ ...sampleDossier.claims[0], id, start, end, text });
const span = (id: string, start: number, end: number) => ({ claim: claim(id, start, end), start, end });

test('markedBody wraps spans and escapes everything else', () => {
  const out = markedBody('a <b> c & d', [span('c1', 2, 5)], () => 'hl');
  assert.equal(out, 'a <mark id="c1" class="hl" title="c1 · heading">&lt;b&gt;</mark> c &amp; d');
});

test('overlapping and nested spans still give every claim its anchor, text in order', () => {
  const body = '0123456789';
  const out = markedBody(body, [span('c2', 5, 9), span('c1', 0, 7), span('c3', 1, 3)], () => 'hl');
  assert.match(out, /^<mark id="c1"[^>]*>0123456<\/mark><span class="anchor" id="c3"><\/span><mark id="c2"[^>]*>78<\/mark>9$/);
  assert.equal(out.replace(/<[^>]+>/g, ''), body);
});

test('locate trusts offsets that match, else finds the text, else gives up', () => {
  const doc = sampleDossier.documents[0];
  const real = sampleDossier.claims.find((c) => c.id === 'c4')!;
  assert.deepEqual(locate(doc, real), { start: real.start, end: real.end });
  assert.deepEqual(locate(doc, { ...real, start: 0, end: 5 }), { start: real.start, end: real.end });
  assert.equal(locate(doc, { ...real, text: 'not in the body' }), null);
  assert.equal(locate(sampleDossier.documents[1], real), null, 'a claim of another document');
});
