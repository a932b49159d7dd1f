// A column's verdict in an impersonal frame ("it would be reckless to…", "lo razonable sería…"), its call that the
// time has come, its good or bad news, who will pay the price, who was right or wrong to act: the writer's voice in
// a column, never enough alone in a news report. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Segment } from '../segment/index.ts';
import { classifyKind } from './index.ts';

const sentence = (text: string): Segment => ({ start: 0, end: text.length, text, unit: 'sentence' });
type Kind = 'opinion' | 'report';

function misses(cases: [string, string, Kind, Kind][]): string[] {
  const out: string[] = [];
  for (const [text, language, inColumn, inNews] of cases) {
    for (const [docKind, want] of [
      ['opinion', inColumn],
      ['news', inNews],
    ] as const) {
      const got = classifyKind(sentence(text), { docKind, language, previous: null });
      if (got.kind !== want) out.push(`${docKind} ${language}: ${text} → ${got.kind} ${JSON.stringify(got.features.map((f) => f.cue))}`);
    }
  }
  return out;
}

test('an impersonal verdict on what to do is opinion anywhere', () => {
  assert.deepEqual(
    misses([
      ['It would be reckless to let the fishing quotas lapse without a replacement.', 'en', 'opinion', 'opinion'],
      ['Es wäre unverantwortlich, die Grenzkommission jetzt aufzulösen.', 'de', 'opinion', 'opinion'],
      ['Lo razonable sería que ambas capitales reabrieran la negociación del anexo.', 'es', 'opinion', 'opinion'],
      ["Il serait irresponsable d'abandonner le mécanisme de vérification.", 'fr', 'opinion', 'opinion'],
      ['Было бы безответственно отказаться от механизма проверки.', 'ru', 'opinion', 'opinion'],
    ]),
    [],
  );
});

test("a column's call, verdict on an actor, good news and price to pay; reports stay reports", () => {
  assert.deepEqual(
    misses([
      ['Il est temps que Madrid et Lisbonne assument leurs responsabilités.', 'fr', 'opinion', 'report'],
      ['Les pêcheurs paieront le prix de cet accord bâclé.', 'fr', 'opinion', 'report'],
      ["Pour les riverains du fleuve, c'est une bonne nouvelle.", 'fr', 'opinion', 'report'],
      ['Oslo was wrong to sign the annex, and far too quick to ratify it.', 'en', 'opinion', 'report'],
      ['Für die Küstenfischer ist das eine gute Nachricht.', 'de', 'opinion', 'report'],
      ['Para los agricultores del valle es una excelente noticia.', 'es', 'opinion', 'report'],
      ['Для рыбаков это отличная новость.', 'ru', 'opinion', 'report'],
      ['The court ruled that the ministry was right to suspend the permits, officials said.', 'en', 'report', 'report'],
      ['Le ministre a annoncé que les pêcheurs recevront une compensation.', 'fr', 'report', 'report'],
    ]),
    [],
  );
});
