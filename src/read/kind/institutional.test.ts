// An institution's own voice (a research note, a board's editorial): "we" judge and recommend, and judgements made
// impersonally ("it would be naive to think"), in six languages; against reports of someone else's view. Wording of
// our own (a fisheries accord, a river protocol).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyKind } from './index.ts';
import { type Kind, misses as missesIn, sentence } from './testing.ts';

/** [sentence, language, kind in a research note (document kind "other"), kind in a news report] */
type Case = [string, string, Kind, Kind];
const misses = (cases: Case[]) => missesIn(cases, 'other');

test('"we" judging or recommending, in six languages, is the writer\'s view', () => {
  assert.deepEqual(
    misses([
      ['We would argue that the verification chapter is the weakest part of the accord.', 'en', 'opinion', 'opinion'],
      ['In our assessment, the quota system will not survive the first review.', 'en', 'opinion', 'opinion'],
      ['We recommend that the parties publish the catch data every quarter.', 'en', 'opinion', 'opinion'],
      ['À notre avis, le protocole arrive trop tard.', 'fr', 'opinion', 'opinion'],
      ['Nous estimons que le calendrier de mise en œuvre est irréaliste.', 'fr', 'opinion', 'opinion'],
      ['Nous recommandons que les deux États publient les relevés annuels.', 'fr', 'opinion', 'opinion'],
      ['Unseres Erachtens kommt das Protokoll zu spät.', 'de', 'opinion', 'opinion'],
      ['Wir empfehlen, die Fangdaten vierteljährlich zu veröffentlichen.', 'de', 'opinion', 'opinion'],
      ['A nuestro juicio, el protocolo llega tarde.', 'es', 'opinion', 'opinion'],
      ['Recomendamos que las partes publiquen los datos cada trimestre.', 'es', 'opinion', 'opinion'],
      ['По нашему мнению, протокол запоздал.', 'ru', 'opinion', 'opinion'],
      ['Мы рекомендуем сторонам ежеквартально публиковать данные.', 'ru', 'opinion', 'opinion'],
      ['نرى أن البروتوكول جاء متأخرا.', 'ar', 'opinion', 'opinion'],
      ['نوصي بأن تنشر الأطراف البيانات كل ثلاثة أشهر.', 'ar', 'opinion', 'opinion'],
      // "selon lequel", "según el cual": the claim that …, nobody credited.
      ["Nous estimons que l'argument selon lequel le protocole serait caduc est mal fondé.", 'fr', 'opinion', 'opinion'],
      ['Creemos que el argumento según el cual el protocolo caducó no se sostiene.', 'es', 'opinion', 'opinion'],
    ]),
    [],
  );
});

test('a judgement made impersonally ("it would be naive to think"), in six languages, is the writer\'s view', () => {
  assert.deepEqual(
    misses([
      ['It would be naive to think that the annex settles the dispute.', 'en', 'opinion', 'opinion'],
      ['It would be a mistake to read the vote as a mandate.', 'en', 'opinion', 'opinion'],
      ["Il serait naïf de penser que l'annexe règle le différend.", 'fr', 'opinion', 'opinion'],
      ['Es wäre naiv zu glauben, dass der Anhang den Streit beilegt.', 'de', 'opinion', 'opinion'],
      ['Sería ingenuo pensar que el anexo resuelve la disputa.', 'es', 'opinion', 'opinion'],
      ['Было бы наивно полагать, что приложение решит спор.', 'ru', 'opinion', 'opinion'],
      ['من السذاجة الاعتقاد بأن الملحق يحسم النزاع.', 'ar', 'opinion', 'opinion'],
    ]),
    [],
  );
});

test('someone else recommending or judging, told by the writer, stays a report', () => {
  assert.deepEqual(
    misses([
      ['The ministry recommended that the parties publish the catch data, officials said.', 'en', 'report', 'report'],
      ['The minister said it would be a mistake to delay the vote.', 'en', 'report', 'report'],
      ['Les experts recommandent que les relevés soient publiés, selon le rapport.', 'fr', 'report', 'report'],
      ['Die Kommission empfahl, die Daten zu veröffentlichen.', 'de', 'report', 'report'],
      ['El ministerio recomendó publicar los datos, según el comunicado.', 'es', 'report', 'report'],
      ['Министерство рекомендовало публиковать данные, сообщили в ведомстве.', 'ru', 'report', 'report'],
      ['أوصت الوزارة بنشر البيانات، بحسب البيان.', 'ar', 'report', 'report'],
    ]),
    [],
  );
});

test("an analysis paper's advice and verdicts are its view, as a column's are", () => {
  for (const [text, language] of [
    ['Parliaments should publish the catch data before the first review.', 'en'],
    ['Quotas on paper are no substitute for inspectors at sea.', 'en'],
    ['Les parlements devraient publier les relevés sans attendre la révision.', 'fr'],
  ]) {
    const got = classifyKind(sentence(text), { docKind: 'other', language, previous: null });
    assert.equal(got.kind, 'opinion', `${text} ${JSON.stringify(got.features.map((f) => f.cue))}`);
  }
});

test('a Spanish first-person verb that is also a noun, after an article or a preposition, is the noun', () => {
  for (const text of [
    'El giro pone fin a diez años de rechazo del gobierno anterior al tratado pesquero.',
    'El rechazo del Senado retrasó la entrada en vigor del acuerdo.',
    'La ministra presentó su pedido de prórroga ante la comisión mixta.',
  ]) {
    const got = classifyKind(sentence(text), { docKind: 'news', language: 'es', previous: null });
    assert.equal(got.kind, 'report', `${text} ${JSON.stringify(got.features.map((f) => f.cue))}`);
  }
  const own = classifyKind(sentence('Rechazo que se trate a los pescadores como enemigos.'), { docKind: 'news', language: 'es', previous: null });
  assert.equal(own.kind, 'opinion');
});
