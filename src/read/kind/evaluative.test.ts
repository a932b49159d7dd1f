// A column's verdict in an impersonal frame ("it would be reckless to…", "lo razonable sería…"), its call that the
// time has come, its good or bad news, who will pay the price, who was right or wrong to act: the writer's voice in
// a column, never enough alone in a news report. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyKind } from './index.ts';
import { misses, sentence } from './testing.ts';

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
      ['Oslo was wrong to sign the annex, and far too quick to ratify it.', 'en', 'opinion', 'opinion'],
      ['Für die Küstenfischer ist das eine gute Nachricht.', 'de', 'opinion', 'report'],
      ['Para los agricultores del valle es una excelente noticia.', 'es', 'opinion', 'report'],
      ['Для рыбаков это отличная новость.', 'ru', 'opinion', 'report'],
      ['The court ruled that the ministry was right to suspend the permits, officials said.', 'en', 'report', 'report'],
      ['Le ministre a annoncé que les pêcheurs recevront une compensation.', 'fr', 'report', 'report'],
    ]),
    [],
  );
});

test("who was right or wrong to act, good or bad news, who will pay the price: a column's verdict", () => {
  assert.deepEqual(
    misses([
      ['Warsaw was right to delay the vote, but it acted far too late.', 'en', 'opinion', 'report'],
      ["Pour les exportateurs de blé, c'est une excellente nouvelle pour la stabilité des prix mondiaux.", 'fr', 'opinion', 'report'],
      ['Les agriculteurs du delta paieront le prix de cette décision.', 'fr', 'opinion', 'report'],
      ['Lissabon hatte recht, den Vertrag auszusetzen, aber es handelte viel zu spät.', 'de', 'opinion', 'report'],
      ['Für die Exporteure des Hafens ist der Beschluss eine gute Nachricht für die Preise.', 'de', 'opinion', 'report'],
      ['Para los exportadores del puerto, la decisión es una excelente noticia para los precios.', 'es', 'opinion', 'report'],
      ['Los pescadores del estrecho pagarán el precio de esta decisión.', 'es', 'opinion', 'report'],
      ['Для экспортёров зерна из порта это решение — хорошая новость для мировых цен.', 'ru', 'opinion', 'report'],
    ]),
    [],
  );
});

test('a credited verdict in a news report stays a report', () => {
  const credited: [string, string][] = [
    ['Opposition leaders said the government was wrong to sign the annex.', 'en'],
    ["Selon le syndicat, c'est une bonne nouvelle pour les dockers.", 'fr'],
    ['Der Verband erklärte, der Beschluss sei eine gute Nachricht für die Häfen.', 'de'],
    ['Según el sindicato, es una buena noticia para los estibadores.', 'es'],
  ];
  for (const [text, language] of credited) assert.equal(classifyKind(sentence(text), { docKind: 'news', language, previous: null }).kind, 'report', text);
});
