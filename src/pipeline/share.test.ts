import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawText } from '../ingest/testing.ts';
import { prepareDocument } from './prepare.ts';
import { shareMemory } from './share.ts';

test('shareMemory leaves every claim value as it was', () => {
  const raw = rawText(
    'report.txt',
    'MOSCOW, June 20. The treaty was signed on 19 June 2024 in Pyongyang. Article 4 provides for mutual assistance. Analysts said it was narrow.',
  );
  const prepared = prepareDocument(raw);
  const before = structuredClone(prepared);
  assert.deepEqual(shareMemory(structuredClone(prepared)), before);
});

test('shareMemory gives claims one frozen empty list, so no stage can fill it by mistake', () => {
  const raw = rawText('report.txt', 'Analysts said the clause was narrower than a general alliance. Officials declined to comment.');
  const { claims } = shareMemory(structuredClone(prepareDocument(raw)));
  assert.ok(claims.length >= 2);
  assert.equal(claims[0].articles, claims[1].articles);
  assert.throws(() => claims[0].articles.push(1), TypeError);
});
