import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consultationCues } from './index.ts';

test('consulting on a threat, attack, conflict or crisis names both the consult words and the contingency (en/ru/de/fr)', () => {
  const cases: [string, string, string][] = [
    [
      'The Parties shall consult each other without delay whenever, in the opinion of either of them, the territorial integrity, political independence or security of either Party is threatened.',
      'consult',
      'territorial integrity, political independence or security of either Party is threatened',
    ],
    ['In the event of an international crisis affecting either Party, the Parties shall immediately enter into consultations.', 'consultations', 'crisis'],
    ['If either Party is attacked, the Parties shall consult on the measures to be taken.', 'consult', 'attacked'],
    [
      'Should a direct threat of armed invasion arise, both countries will immediately initiate bilateral negotiations.',
      'bilateral negotiations',
      'threat of armed invasion',
    ],
    ['В случае возникновения угрозы агрессии против одной из Сторон Стороны незамедлительно проводят консультации.', 'консультации', 'угрозы агрессии'],
    ['Стороны консультируются, если, по мнению одной из них, возникла ситуация, которая может создать угрозу миру.', 'консультируются', 'угрозу миру'],
    [
      'Die Vertragsparteien konsultieren einander unverzüglich, wenn die Sicherheit einer von ihnen bedroht ist.',
      'konsultieren',
      'Sicherheit einer von ihnen bedroht',
    ],
    ['Im Falle eines bewaffneten Angriffs auf eine Vertragspartei nehmen die Vertragsparteien sofort Konsultationen auf.', 'Konsultationen', 'Angriffs'],
    ['En cas de menace contre la paix, les Parties se consultent sans délai.', 'consultent', 'menace contre la paix'],
  ];
  for (const [text, consult, contingency] of cases) assert.deepEqual(consultationCues(text), { consult, contingency }, text);
});

test('consulting on water flow, implementation, disputes, trade or a non-military "security" or crisis is not it', () => {
  const cases: [string, string][] = [
    ['When the flow of the river falls below the agreed minimum for ten days, the Parties shall consult on the reduction of withdrawals.', 'consult'],
    ['In the event of danger of flooding, either Party shall consult the other.', 'consult'],
    ['The Parties shall hold regular consultations on the implementation of this Treaty and on the development of their cooperation.', 'consultations'],
    [
      'Any dispute concerning the interpretation or application of this Agreement shall be settled through consultations and negotiations between the Parties.',
      'consultations',
    ],
    ['If imports of a product threaten serious injury to domestic producers, the Parties shall consult on safeguard measures.', 'consult'],
    ['In case of a threat to the energy security of either Party, the Parties shall consult on supplies.', 'consult'],
    ['In the event of a financial crisis, the Parties shall consult on coordinated measures.', 'consult'],
    ['The Parties shall consult on the care of war graves from the Second World War.', 'consult'],
    ['Если уровень воды опускается ниже установленной отметки, Стороны проводят консультации.', 'консультации'],
    ['Стороны проводят консультации по вопросам реализации настоящего Договора и развития торговли.', 'консультации'],
    ['Wenn der Pegel unter die Dürregrenze fällt, nehmen die Regierungen Konsultationen auf.', 'Konsultationen'],
    ['Die Vertragsparteien beraten sich regelmäßig über die Durchführung dieses Abkommens und den Handel.', 'beraten sich'],
  ];
  for (const [text, consult] of cases) assert.deepEqual(consultationCues(text), { consult, contingency: null }, text);
});
