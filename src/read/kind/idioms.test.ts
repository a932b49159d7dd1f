// A column's judgement in a fixed phrase: a modal of feeling ("should be ashamed", "devraient avoir honte") that no
// treaty imposes on its parties (German, Russian and Arabic modals already read it, having no treaty subject to veto), and idioms of verdict ("is playing with fire", "speaks volumes", "the worst of both
// worlds"), in six languages. Enough in a column; never enough alone in a news report. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { misses } from './testing.ts';

test("a modal of feeling is the writer's reproach, whoever its subject, in six languages", () => {
  assert.deepEqual(
    misses([
      ['Both ministries should be embarrassed by the delay in publishing the quotas.', 'en', 'opinion', 'report'],
      ['If this is how the council treats the fishermen, it should not be surprised by their anger.', 'en', 'opinion', 'report'],
      ['Les deux gouvernements devraient avoir honte de ce silence.', 'fr', 'opinion', 'report'],
      ['Beide Regierungen sollten sich schämen für dieses Schweigen.', 'de', 'opinion', 'report'],
      ['Ambos gobiernos deberían avergonzarse de este silencio.', 'es', 'opinion', 'report'],
      ['Обоим правительствам должно быть стыдно за это молчание.', 'ru', 'opinion', 'report'],
      ['يجب أن تخجل الحكومتان من هذا الصمت.', 'ar', 'opinion', 'report'],
    ]),
    [],
  );
});

test("idioms of verdict are the writer's judgement in a column, in six languages", () => {
  assert.deepEqual(
    misses([
      ['Signing the quotas without the scientists is playing with fire.', 'en', 'opinion', 'report'],
      ['The empty seats at the ceremony speak volumes.', 'en', 'opinion', 'report'],
      ['A protocol nobody enforces is the worst of both worlds.', 'en', 'opinion', 'report'],
      ['A council that ignores its fishermen is storing up trouble.', 'en', 'opinion', 'report'],
      ['Ce silence en dit long sur les priorités du gouvernement.', 'fr', 'opinion', 'report'],
      ['Dieses Schweigen spricht Bände.', 'de', 'opinion', 'report'],
      ['Firmar sin los científicos es jugar con fuego.', 'es', 'opinion', 'report'],
      ['Это молчание говорит о многом.', 'ru', 'opinion', 'report'],
      ['هذا الصمت يقول الكثير.', 'ar', 'opinion', 'report'],
    ]),
    [],
  );
});

test("a treaty's own modals and a report of a fire stay reports", () => {
  assert.deepEqual(
    misses([
      ['Each party should notify the other of any change in its quota.', 'en', 'report', 'report'],
      ['Firefighters were playing catch-up with the blaze near the port, officials said.', 'en', 'report', 'report'],
    ]),
    [],
  );
});
