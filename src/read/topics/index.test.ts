import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGUE, LANGUAGES, readTopics, topicCues } from './index.ts';

test('every topic says what it is about, in kebab-case, and every rule has cues in English', () => {
  for (const [id, info] of Object.entries(CATALOGUE)) {
    assert.ok(info.about.length > 10 && /^[a-z]+(?:-[a-z]+)*$/.test(info.topic), id);
    assert.ok(LANGUAGES.en[id as keyof typeof CATALOGUE]?.cues.length, `${id} has no English cues`);
    for (const other of (info as { yieldsTo?: string[] }).yieldsTo ?? []) assert.ok(other in CATALOGUE, `${id} yields to unknown ${other}`);
  }
});

test('each topic comes with the words that decided it; a weak cue counts only alone', () => {
  assert.deepEqual(
    topicCues('the parties shall not help the aggressor.').map((c) => [c.topic, c.words]),
    [['no-aid-to-aggressor', 'not help the aggressor']],
  );
  assert.deepEqual(
    topicCues('a pact of non-aggression.').map((c) => [c.topic, c.weak]),
    [['nonaggression', true]],
  );
  assert.deepEqual(
    topicCues('relations rest on non-interference and non-aggression.').map((c) => c.topic),
    ['principles'],
  );
});

test('withdrawal told by its notice (ar)', () => {
  assert.ok(readTopics('ويصبح الانسحاب نافذا بعد ستة أشهر من تسلم الإخطار.').includes('withdrawal'));
});

test('maritime boundary and holy places (ar)', () => {
  assert.ok(readTopics('وتنص المادة الأولى على أن خط الحدود البحرية يبدأ من نقطة الالتقاء.').includes('maritime-boundary'));
  assert.ok(readTopics('وتعترف المادة التاسعة بالدور الخاص في الأماكن المقدسة.').includes('holy-sites'));
});
