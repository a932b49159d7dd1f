import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instrumentAfterEn } from './en.ts';
import { findArticleRefs } from './index.ts';

const ours = (text: string, title: string | null = null) => findArticleRefs(text, { language: 'en', previous: [], title }).refs.map((r) => r.number);
const foreign = (text: string) => findArticleRefs(text, { language: 'en', previous: [] }).foreign.map((r) => `${r.number}@${r.instrument}`);

test('en article-number: "Article 4", "Art. 4", "(Article 8)", official headings', () => {
  assert.deepEqual(ours('Article 4 of the treaty states that in the event of an imminent threat'), [4]);
  assert.deepEqual(ours('The treaty also includes Article 8, which states that "the parties shall establish'), [8]);
  assert.deepEqual(ours('Joint naval exercises will be held at least once a year (Article 8).'), [8]);
  assert.deepEqual(ours('See Art. 4 and Art. 7 of the pact.'), [4, 7]);
  assert.deepEqual(ours('Article 12'), [12]);
  assert.deepEqual(ours('Amendments shall take the form of protocols, which shall enter into force in the manner provided for in Article 12.'), [12]);
});

test('en lists and ranges: "Articles 3 and 4", "Articles 3–5", "Articles 3, 4 and 5"', () => {
  assert.deepEqual(ours('Articles 3 and 4 set out the defence terms.'), [3, 4]);
  assert.deepEqual(ours('Articles 3–5 apply.'), [3, 4, 5]);
  assert.deepEqual(ours('Articles 3 to 5 apply.'), [3, 4, 5]);
  assert.deepEqual(ours('Articles 3, 4 and 5 apply.'), [3, 4, 5]);
  // A year after "and" is no article number.
  assert.deepEqual(ours('Article 5 and 2009 were cited.'), [5]);
});

test('en number words and ordinals: "Article Four", "Articles Three and Four", "the fourth article", "a third article"', () => {
  assert.deepEqual(ours('Article One of the Treaty reaffirms the principles'), [1]);
  assert.deepEqual(ours('Articles Three and Four formulate the terms of agreement of mutual defense.'), [3, 4]);
  assert.deepEqual(ours('Thus, the fourth article of the treaty states that in the event'), [4]);
  assert.deepEqual(ours('In addition, the amendment added a third article, which states that'), [3]);
  assert.deepEqual(ours('its twenty-first article'), [21]);
});

test('en Roman numerals, but not the pronoun "I"', () => {
  assert.deepEqual(ours('Article IV of the pact covers consultations.'), [4]);
  assert.deepEqual(ours('Article V guarantees collective defence.'), [5]);
  assert.deepEqual(ours('This is the article I wrote last week.'), []);
});

test('en paragraphs: "paragraph 2 of Article 4", "Article 4(2)", "Article 4, paragraph 2"', () => {
  for (const text of ['paragraph 2 of Article 4 says', 'Article 4(2) says', 'Article 4, paragraph 2, says']) {
    const [ref] = findArticleRefs(text, { language: 'en', previous: [] }).refs;
    assert.equal(ref.number, 4, text);
    assert.equal(ref.paragraph, 2, text);
  }
});

test('en other instruments: UN Charter, dated and named treaties', () => {
  assert.deepEqual(foreign('in accordance with Article 51 of the UN Charter and in accordance with the laws'), ['51@the UN Charter']);
  assert.deepEqual(foreign('in line with Article 51 of the U.N. Charter, which covers'), ['51@the U.N. Charter']);
  assert.deepEqual(foreign('in accordance with Article 51 of the Charter of the United Nations and the laws of the Parties.'), [
    '51@the Charter of the United Nations',
  ]);
  assert.deepEqual(foreign('(Article 51 of the UN Charter affirms the inherent right of member states)'), ['51@the UN Charter']);
  assert.deepEqual(foreign('Article 5 of the 2009 agreement, which set fishing quotas in the strait, will lapse with it.'), ['5@the 2009 agreement']);
  assert.deepEqual(foreign('the third article of the 1961 treaty'), ['3@the 1961 treaty']);
  assert.deepEqual(foreign('Article 2 of the Washington Treaty'), ['2@the Washington Treaty']);
  assert.deepEqual(foreign('Article 2 of the Treaty of Friendship, Cooperation and Mutual Assistance'), ['2@the Treaty of Friendship']);
  assert.deepEqual(foreign("NATO's Article 5 was invoked once."), ['5@NATO']);
  assert.deepEqual(ours('Article 51 of the UN Charter'), []);
});

test('en "of the treaty" and its kin are this agreement', () => {
  assert.deepEqual(ours('Under Article 5 of the 12-article treaty, each side will provide assistance'), [5]);
  assert.deepEqual(ours('Article 1 of the Russia-DPRK treaty'), [1]);
  assert.deepEqual(ours('Article 3 of this Agreement'), [3]);
  assert.deepEqual(ours('Article 5 of the Treaty on Comprehensive Strategic Partnership'), [5]);
  // A named treaty that the report's own title uses is this one.
  assert.deepEqual(ours('Article 5 of the Harbour Treaty', 'Harbour Treaty enters into force'), [5]);
  assert.deepEqual(ours('Article 5 of the Harbour Treaty'), []);
});

test('instrumentAfterEn reads only an "of" phrase', () => {
  assert.equal(instrumentAfterEn(' states that', null), null);
  assert.equal(instrumentAfterEn(' of the treaty states', null), null);
  assert.equal(instrumentAfterEn(' of the agreement of September 22', null), 'the agreement of September 22');
  assert.equal(instrumentAfterEn(' of NATO, the alliance', null), 'NATO');
});

test('en Roman numerals: "Art. XIV", lists and ranges, paragraphs', () => {
  assert.deepEqual(ours('Under Article XIV the pact may be prolonged once.'), [14]);
  assert.deepEqual(ours('Art. XIV covers the duration of the accord.'), [14]);
  assert.deepEqual(ours('Articles V and VI deal with inspections.'), [5, 6]);
  assert.deepEqual(ours('Articles II–IV list the limits.'), [2, 3, 4]);
  assert.deepEqual(ours('Articles VII, VIII and IX were left untouched.'), [7, 8, 9]);
  assert.deepEqual(ours('paragraph 2 of Article XII sets the ceiling'), [12]);
  assert.deepEqual(ours('ARTICLE XVIII'), [18]);
});

test('en false Romans: wars, monarchs, parts, the pronoun "I"', () => {
  assert.deepEqual(ours('Bombers built after World War II are counted separately.'), []);
  assert.deepEqual(ours('The palace of Louis XIV hosted the talks.'), []);
  assert.deepEqual(ours('Part II of the protocol lists the bases.'), []);
  assert.deepEqual(ours('The article I read yesterday was wrong.'), []);
  assert.deepEqual(ours('Article V and I think Article VI too were debated.'), [5, 6]);
  assert.deepEqual(ours('Articles of faith, vi and civil law.'), []);
});

test('en other instruments named by a Roman-numbered or acronym reference', () => {
  assert.deepEqual(foreign('The parties recalled Article VI of the Non-Proliferation Treaty on disarmament.'), ['6@the Non-Proliferation Treaty']);
  assert.deepEqual(foreign('as required by Article IV of the Comprehensive Nuclear-Test-Ban Treaty'), ['4@the Comprehensive Nuclear-Test-Ban Treaty']);
  assert.deepEqual(foreign('Coastal states may claim an extended shelf under Article 76 of UNCLOS.'), ['76@UNCLOS']);
  assert.deepEqual(ours('Article 4 of the Chile–Argentina agreement covers the strait.'), [4]);
  assert.deepEqual(ours('Article 4 of the US-Russian treaty covers inspections.'), [4]);
  // A named treaty whose name the report's title uses is this agreement, however it is built.
  assert.deepEqual(ours('Article 2 of the Treaty of Ostrava Bay', 'Ostrava Bay treaty signed'), [2]);
});

test('en relative clauses: "X, whose Article 5" belongs to X when X is another named or dated instrument', () => {
  assert.deepEqual(foreign('Nobody expects a clause like the Rio Treaty, whose Article 3 treats an attack on one as an attack on all.'), ['3@the Rio Treaty']);
  assert.deepEqual(ours('Unlike the pact Lisbon concluded with Rabat in 1998, whose Article 2 covered fisheries, the new text is silent.'), []);
  assert.deepEqual(ours('Unlike the 1998 accord, whose Article 2 covered fisheries, the new text is silent.'), []);
  assert.deepEqual(ours('It borrows from the UN Charter, whose Article 2 bans the threat of force.'), []);
  assert.deepEqual(ours('Unlike NATO, whose Article 5 is famous, the new bloc has no such promise.'), []);
  assert.deepEqual(ours('Elsewhere the drafters copied UNCLOS, whose Article 76 defines the shelf.'), []);
  // The agreement under discussion, or a treaty without a name, keeps its article.
  assert.deepEqual(ours('The treaty, whose Article 4 obliges both sides to consult, was ratified on Monday.'), [4]);
  assert.deepEqual(ours('Parliament approved the accord, whose Article 7 sets up a joint commission.'), [7]);
});

test('en "X, which under its Article N": the instrument before "which" owns it', () => {
  assert.deepEqual(ours('States could quit the 1979 Moon Agreement instead, which under its Article 20 allows withdrawal after a year.'), []);
  assert.deepEqual(ours('The treaty, which in its Article 4 requires consultations, was ratified.'), [4]);
});

test('en a possessor concluded with a state the title does not name is another treaty', () => {
  const text = 'The pact concluded with Bolivia, whose Article 6 set up a joint commission, is still cited.';
  assert.deepEqual(ours(text, 'Peru and Ecuador sign river treaty'), []);
  assert.deepEqual(ours(text, 'Peru and Bolivia sign river treaty'), [6]);
  assert.deepEqual(ours(text), [6]);
});

test('en possessives: a dated or named instrument owns its article, "the treaty\'s" is ours', () => {
  assert.deepEqual(foreign("The 1961 treaty's Article 1 still governs the border."), ['1@the 1961 treaty']);
  assert.deepEqual(ours("The 1961 treaty's Article 1 still governs the border."), []);
  assert.deepEqual(ours("The treaty's Article 4 calls for consultations."), [4]);
});

test('en a name the title uses is this agreement, whatever its form (acronym, name before the noun)', () => {
  const title = 'Moscow and Washington extend Open Skies deal';
  assert.deepEqual(ours('Article XV of the Open Skies Treaty allows withdrawal.', title), [15]);
  assert.deepEqual(ours('Article XV of the Open Skies Treaty allows withdrawal.'), []);
  assert.deepEqual(ours('Article III of OSCE sets quotas.', 'OSCE members meet'), [3]);
});

test('en "the Convention" unnamed is the agreement under discussion; a named convention is another instrument', () => {
  assert.deepEqual(ours('Article 4 of the Convention bans new dams on mountain lakes.'), [4]);
  assert.deepEqual(ours('Under Article 12 of the convention, parties report every two years.'), [12]);
  assert.deepEqual(ours('Article 6 of the Basel Convention governs such shipments.'), []);
  assert.deepEqual(ours('Article 76 of the Convention on the Law of the Sea sets the shelf limit.'), []);
  assert.deepEqual(ours('Article 2 of the 1979 Convention applies.'), []);
});

test('en a possessor named with its acronym in parentheses: "the Outer Space Treaty (OST) of 1967, whose Article 4"', () => {
  assert.deepEqual(ours('It builds on the Outer Space Treaty (OST) of 1967, whose Article 4 bans weapons in orbit.'), []);
});

test('a subdivision in brackets, a treaty on a union, and a dated treaty the title names', () => {
  assert.deepEqual(ours('The pledge rests on Article 42(7) of the Treaty on European Union.'), []);
  assert.deepEqual(ours('Withdrawal follows Article 50 of the Treaty on the Functioning of the European Union.'), []);
  assert.deepEqual(ours('Article 4 of the Treaty on Comprehensive Partnership sets up a council.'), [4]);
  assert.deepEqual(ours('Article 2 of the Treaty on Friendship between Ostmark and Valdoria is the core.'), [2]);
  assert.deepEqual(ours('Article IX of the 1982 treaty ended the old one.', 'What the 1982 Treaty changed'), [9]);
  assert.deepEqual(ours('Article IX of the 1954 treaty ended the old one.', 'What the 1982 Treaty changed'), []);
  assert.deepEqual(ours('Article 4 and Article 51 of the UN Charter are cited.'), []);
});
