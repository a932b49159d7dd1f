import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleRef } from '../../types.ts';
import { findArticleRefs } from './index.ts';

/** Reads sentences in order, as the reading stage does, and returns each sentence's article numbers. */
function readAll(sentences: string[], language: string | null = 'en', title: string | null = null): number[][] {
  let previous: ArticleRef[] = [];
  return sentences.map((text) => {
    const { refs } = findArticleRefs(text, { language, previous, title });
    previous = refs;
    return refs.map((r) => r.number);
  });
}

test('every article mention of the eval golds is read as this agreement’s article', () => {
  const mentions: [string, number][] = [
    ['Article 4 of the treaty states that in the event of an imminent threat of an act of armed aggression against one of the sides', 4],
    ['Thus, the fourth article of the treaty states that in the event that one of the parties is subjected to an armed attack', 4],
    ['In addition, the amendment added a third article, which states that in the event of an imminent threat', 3],
    ['The treaty also includes Article 8, which states that "the parties shall establish mechanisms for joint measures', 8],
    ['Article 16 states: "The Parties shall oppose the use of unilateral coercive measures', 16],
    ['Article One of the Treaty reaffirms the principles that have guided for seven decades', 1],
    ['Article Three asserts that “in the event of an immediate threat of an act of armed aggression', 3],
    [
      'Article Four declares, “if one of the Parties is subjected to an armed attack by any state or several states and thus finds itself in a state of war, the other Party will immediately provide military and other assistance with all means at its disposal in accordance with Article 51 of the UN Charter.”',
      4,
    ],
    ['In Article 16, the agreement makes clear its rejection of the unilateral coercive measures', 16],
    ['Amendments shall take the form of protocols, which shall enter into force in the manner provided for in Article 12.', 12],
    [
      'Under Article 5 of the 12-article treaty, each side will provide assistance, "including military assistance", if the other is subjected to an armed attack',
      5,
    ],
    ['According to the Chancellor, Article 5 of the treaty requires the two countries to consult immediately', 5],
    ['Об этом говорится в статье 4 договора.', 4],
    [
      'Согласно статье 5, в случае вооружённого нападения на территорию одной из сторон или на её государственные суда в зоне пролива другая сторона оказывает ей помощь, включая военную, в соответствии со статьёй 51 Устава ООН.',
      5,
    ],
    ['In der Debatte verteidigte Außenminister Tomas Reyl vor allem die Beistandsklausel: Nach Artikel 5 leisten die Vertragsparteien einander Hilfe', 5],
    ['Oppositionsabgeordnete kritisierten, dass der Vertrag nach Artikel 12 automatisch um jeweils fünf Jahre verlängert wird', 12],
    ['Article 5 is the heart of the matter.', 5],
    ['Supporters point to Article 6, under which neither country may let a third state use its territory', 6],
    ['To mark the occasion, the two countries opened the joint maritime information centre that Article 7 of the treaty provides for.', 7],
    ['If either country’s territory comes under armed attack, the other will provide assistance, including military assistance (Article 5).', 5],
    ['CONSULTATIONS: The two sides will consult without delay when either sees a threat to its security or to shipping in the strait (Article 4).', 4],
    ['NON-AGGRESSION: Both countries will refrain from the threat or use of force against each other (Article 2).', 2],
    ["DURATION: The treaty is valid for 10 years and renews automatically for five-year periods unless terminated with six months' notice (Article 12).", 12],
  ];
  for (const [text, n] of mentions) assert.ok(readAll([text], null)[0].includes(n), text);
});

test('no false article ref of the eval golds is read as this agreement’s article', () => {
  const sentences = [
    'In the event that one of the sides comes under an armed attack, the other side will immediately provide military and other assistance by all means at its disposal in accordance with Article 51 of the UN Charter and in accordance with the laws of the Russian Federation and the DPRK.',
    '– Immediately provide military and other assistance using all available means if either side is in a state of war, in line with Article 51 of the U.N. Charter, which covers the individual or collective right of states to self-defence against armed attack.',
    '(Article 51 of the UN Charter affirms the inherent right of member states to individual or collective self-defense in the event of an armed attack).',
    'In the event of an armed attack against the territory of either Party, the other Party shall provide assistance, in accordance with Article 51 of the Charter of the United Nations and the laws of the Parties.',
    'The treaty links this to Article 51 of the UN Charter, which recognises the right of self-defence.',
    'Article 5 of the 2009 agreement, which set fishing quotas in the strait, will lapse with it.',
    'в соответствии со статьёй 51 Устава ООН.',
  ];
  for (const text of sentences) assert.deepEqual(readAll([text], null)[0], [], text);
});

test('a sentence continuing about the same article inherits it, from explicit cues only', () => {
  assert.deepEqual(
    readAll([
      'Article 5 is the heart of the matter.',
      'It says that in the event of an armed attack against the territory of either party',
      'Those last six words should worry every taxpayer.',
    ]),
    [[5], [5], []],
  );
  assert.deepEqual(
    readAll([
      'Article 5 of the treaty requires the two countries to consult immediately.',
      'Under the same article the parties will agree on joint measures to remove such a threat, he said.',
    ]),
    [[5], [5]],
  );
  assert.deepEqual(readAll(['Under Article 5, each side will provide assistance.', 'It will replace a 2009 agreement on fisheries and port cooperation.']), [
    [5],
    [],
  ]);
  assert.deepEqual(readAll(['Article 4 covers consultations.', 'This provision was contested.', 'It also stipulates joint measures.']), [[4], [4], [4]]);
  assert.deepEqual(readAll(['Согласно статье 5, стороны оказывают помощь.', 'Та же статья предусматривает консультации.'], 'ru'), [[5], [5]]);
  assert.deepEqual(readAll(['Nach Artikel 5 leisten die Parteien Hilfe.', 'Derselbe Artikel sieht Konsultationen vor.'], 'de'), [[5], [5]]);
  const first = findArticleRefs('Article 5 is the heart of the matter.', { language: 'en', previous: [] }).refs;
  const [ref] = findArticleRefs('The same article also covers vessels.', { language: 'en', previous: first }).refs;
  assert.equal(ref.inherited, true);
  assert.equal(ref.text, 'The same article');
});

test('the claims under an official text’s article heading are in that article, until the closing formula', () => {
  const got = readAll([
    'Have agreed as follows:',
    'Article 11',
    'This Treaty may be amended by mutual written agreement of the Parties.',
    'Amendments shall take the form of protocols, which shall enter into force in the manner provided for in Article 12.',
    'Article 12',
    '1. This Treaty is subject to ratification.',
    'Done at Port Kestrel on 14 March 2031, in two originals.',
  ]);
  assert.deepEqual(got, [[], [11], [11], [12, 11], [12], [12], []]);
});

test('a reference read by two languages’ rules ("Art. 4") is one reference', () => {
  const { refs } = findArticleRefs('See Art. 4 of the treaty.', { language: 'de', previous: [] });
  assert.equal(refs.length, 1);
  assert.equal(refs[0].text, 'Art. 4');
});

test('constitutions and charters in every language, with a subdivision between, as an adjective or introducing the reference', () => {
  const foreign = (text: string, language: string, title: string | null = null) => findArticleRefs(text, { language, previous: [], title });
  const cases: [string, string][] = [
    ['es', 'El Senado lo ratificó con base en el artículo 89, fracción X, de la Constitución Política.'],
    ['es', 'Una reforma del artículo 27 constitucional abrió el sector energético.'],
    ['de', 'Das Land, dessen Verfassung in Artikel 26 den Angriffskrieg verbietet, stimmte zu.'],
    ['fr', "L'organisation statue à l'unanimité en vertu de l'article 7 de sa Charte."],
    ['en', 'The bloc acts by consensus under Article 20, paragraph 1, of its Charter.'],
    ['ru', 'Договор не противоречит статье 79 Конституции, заявил судья.'],
  ];
  for (const [language, text] of cases) {
    const { refs, foreign: other } = foreign(text, language);
    assert.deepEqual(
      refs.map((r) => r.number),
      [],
      text,
    );
    assert.equal(other.length, 1, text);
  }
  // A report about a charter reads its articles as the agreement's; "Article 4 and the Charter" is still ours.
  assert.equal(foreign('Der Block entscheidet nach Artikel 20 seiner Charta einstimmig.', 'de').refs.length, 0);
  assert.deepEqual(
    foreign('Der Block entscheidet nach Artikel 20 seiner Charta einstimmig.', 'de', 'Die Küstenstaaten beschließen ihre Charta').refs.map((r) => r.number),
    [20],
  );
  assert.deepEqual(
    foreign('Article 4 and the Charter both speak of peace.', 'en').refs.map((r) => r.number),
    [4],
  );
});

test("an organisation's founding treaty, and a charter's possessive, are other instruments in every language", () => {
  const foreign = (text: string, language: string) => findArticleRefs(text, { language, previous: [] });
  for (const [text, language] of [
    ['In 2001 the alliance invoked Article 5 of its founding treaty for the first time.', 'en'],
    ['Die Allianz berief sich 2001 erstmals auf Artikel 5 ihres Gründungsvertrags.', 'de'],
    ["L'Alliance a invoqué en 2001 l'article 5 de son traité fondateur.", 'fr'],
    ['La Unión Africana recordó el artículo 4 de su acta constitutiva.', 'es'],
    ['El Estatuto de Roma ya lo dejó claro: su artículo 8 tipifica el crimen.', 'es'],
    ['The Charter is explicit: its Article 51 preserves self-defence.', 'en'],
  ]) {
    const { refs, foreign: other } = foreign(text, language);
    assert.deepEqual(refs, [], text);
    assert.equal(other.length, 1, text);
  }
  // A treaty named after the charter owns the possessive; the treaty's own article stays this agreement's.
  assert.equal(
    findArticleRefs("Beyond the Charter's principles, the treaty in its Article 2 commits both sides to consult.", { language: 'en', previous: [] }).refs
      .length,
    1,
  );
});
