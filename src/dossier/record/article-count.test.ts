// How many articles a sentence says the agreement has, in each language, in digits or words; and sentences
// that count some of its articles, or cite one, which state no count. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countsOf } from './article-count.ts';

test('a count of articles in six languages, in digits and in words', () => {
  const cases: [string, string][] = [
    ['17', 'The pact runs to 17 articles and two annexes.'],
    ['17', 'Its 17 articles say nothing about the disputed reefs.'],
    ['17', 'All seventeen articles were agreed in one night.'],
    ['17', 'The 17 articles of the convention entered into force together.'],
    ['11', 'Les onze articles de l’accord ne touchent pas aux frontières.'],
    ['11', 'Le texte se compose de 11 articles.'],
    ['21', 'El acuerdo consta de 21 artículos y un anexo.'],
    ['21', 'Sus veintiún artículos regulan la pesca y la navegación.'],
    ['28', 'El protocolo tiene veintiocho artículos.'],
    ['32', 'Los treinta y dos artículos del convenio entraron en vigor a la vez.'],
    ['14', 'Der Vertrag besteht aus 14 Artikeln.'],
    ['14', 'Seine vierzehn Artikel regeln die Zusammenarbeit der Küstenwachen.'],
    ['9', 'Соглашение насчитывает девять статей.'],
    ['9', 'Документ из 9 статей вступил в силу в январе.'],
    ['27', 'ويتألف البروتوكول من 27 مادة ومرفقين.'],
    ['12', 'تتكون الاتفاقية من ١٢ مادة.'],
    ['13', 'وتضم المعاهدة ثلاث عشرة مادة.'],
    // The count listed after the preamble.
    ['15', 'The charter is made up of a preamble, 15 articles and three annexes.'],
    ['15', 'The text has a preamble and fifteen articles.'],
    ['15', 'La convention comprend un préambule et 15 articles.'],
    ['15', 'El tratado consta de un preámbulo y quince artículos.'],
    ['15', 'Das Abkommen besteht aus einer Präambel und 15 Artikeln.'],
    ['15', 'Договор состоит из преамбулы и 15 статей.'],
    ['15', 'وتتألف الاتفاقية من ديباجة و15 مادة.'],
  ];
  for (const [want, text] of cases) assert.deepEqual(countsOf(text), [want], text);
});

test('some of the articles, or one article cited: no count', () => {
  for (const text of [
    'Its three articles on fishing were the hardest to agree.',
    'Les deux articles consacrés à la pêche ont été les plus disputés.',
    'Sus dos artículos sobre pesca fueron los más discutidos.',
    'Article 13 of the treaty sets up a joint commission.',
    'Die zwei Artikel über die Fischerei waren am umstrittensten.',
    'Две статьи о рыболовстве вызвали споры.',
    'وأثارت المادتان 4 و5 جدلاً واسعاً.',
  ]) {
    assert.deepEqual(countsOf(text), [], text);
  }
});

test('a count after words that are no number, and after a preamble with a preposition', () => {
  assert.deepEqual(countsOf('Much depends on the spirit of its nine articles rather than their letter.'), ['9']);
  assert.deepEqual(countsOf("Composé d'un préambule et de neuf articles, l'accord couvre la pêche."), ['9']);
});
