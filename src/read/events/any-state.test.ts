// "How a state leaves the treaty": a headline or sentence about what any state may do tells of no state's step.
// Our own wording, en, de, fr, es, ru.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventsIn } from './testing.ts';

const steps = (text: string, language: string) => eventsIn(text, { language, published: '2024-03-01', kind: 'news' }).map((e) => e.step);

test('how a state takes a step is no step', () => {
  assert.deepEqual(steps('How a country leaves the Paris Agreement: the legal steps of the 2020 exit', 'en'), []);
  assert.deepEqual(steps('Wie ein Staat aus dem Vertrag austritt: die Fristen des Jahres 2023', 'de'), []);
  assert.deepEqual(steps('Comment un État se retire du traité : les étapes de 2023', 'fr'), []);
  assert.deepEqual(steps('Cómo un país se retira del tratado: los plazos de 2023', 'es'), []);
  assert.deepEqual(steps('Как государство выходит из договора: сроки 2023 года', 'ru'), []);
});

test('a named state still takes its step', () => {
  assert.deepEqual(steps('Norway leaves the treaty in 2023', 'en'), ['denounced']);
});
