import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findArticleRefs } from './index.ts';
import { instrumentAfterEn } from './en.ts';

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
  assert.deepEqual(foreign('in accordance with Article 51 of the Charter of the United Nations and the laws of the Parties.'), ['51@the Charter of the United Nations']);
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
