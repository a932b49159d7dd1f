import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArticleRefs } from './index.ts';

const read = (text: string) => findArticleRefs(text, { language: 'fr', previous: [] });
const ours = (text: string) => read(text).refs.map((r) => r.number);

test('fr "l\'article 4", "l’article 4", "article premier", lists and ordinals', () => {
  assert.deepEqual(ours("Selon l'article 4 du traité, les parties se consultent."), [4]);
  assert.deepEqual(ours('Selon l’article 4, les parties se consultent.'), [4]);
  assert.deepEqual(ours("L'article premier réaffirme les principes."), [1]);
  assert.deepEqual(ours('les articles 3 et 4'), [3, 4]);
  assert.deepEqual(ours('les articles 3 à 5'), [3, 4, 5]);
  assert.deepEqual(ours('le quatrième article du traité'), [4]);
  const [p] = read("paragraphe 2 de l'article 4").refs;
  assert.deepEqual([p.number, p.paragraph], [4, 2]);
});

test('fr other instruments', () => {
  assert.deepEqual(
    read('conformément à l’article 51 de la Charte des Nations unies').foreign.map((f) => f.number),
    [51],
  );
  assert.deepEqual(ours('conformément à l’article 51 de la Charte des Nations unies'), []);
  assert.deepEqual(ours("l'article 5 du traité de 1961"), []);
  assert.deepEqual(ours("l'article 5 du traité de l'Atlantique Nord"), []);
  assert.deepEqual(ours("l'article 5 du présent traité"), [5]);
});

test('fr Roman numerals, number words and "article Ier"', () => {
  assert.deepEqual(ours("L'article XIV fixe la durée du traité."), [14]);
  assert.deepEqual(ours('les articles V et VI portent sur les inspections'), [5, 6]);
  assert.deepEqual(ours("L'article Ier réaffirme les principes."), [1]);
  assert.deepEqual(ours("l'article quatre du traité prévoit des consultations"), [4]);
  assert.deepEqual(ours('les articles trois et quatre'), [3, 4]);
  assert.deepEqual(ours('Depuis la Seconde Guerre mondiale et Louis XIV'), []);
});

test('fr other instruments: Roman numerals, acronyms, "dont l\'article"', () => {
  assert.deepEqual(ours("l'article VI du TNP"), []);
  assert.deepEqual(ours("l'article 76 de la Convention des Nations unies sur le droit de la mer"), []);
  assert.deepEqual(ours("Contrairement au traité de Rio, dont l'article 3 assimile une attaque contre l'un à une attaque contre tous, le texte est muet."), []);
  assert.deepEqual(ours("l'article 5 du traité de l'Atlantique Nord"), []);
  assert.deepEqual(ours("Le traité, dont l'article 4 prévoit des consultations, a été ratifié."), [4]);
});

test('fr a treaty "sur" a named thing is another instrument, unless it names the parties', () => {
  assert.deepEqual(ours("l'article 42 du traité sur l'Union européenne"), []);
  assert.deepEqual(ours("l'article 3 de l'accord sur la pêche entre la Norvège et l'Islande"), [3]);
  assert.deepEqual(ours("l'article 4 de l'accord sur le partenariat stratégique"), [4]);
  assert.deepEqual(ours("l'article 4 du traité sur les FNI"), [4]);
});

test('fr "le traité conclu avec X, dont l\'article" under a title about other states', () => {
  const text = "Le traité conclu avec Santiago, dont l'article 6 fixe la frontière, reste la référence.";
  assert.deepEqual(findArticleRefs(text, { language: 'fr', previous: [], title: "Le Pérou et l'Équateur signent un traité" }).refs, []);
  assert.deepEqual(
    findArticleRefs(text, { language: 'fr', previous: [], title: 'Le Pérou et le Chili signent un traité' }).refs.map((r) => r.number),
    [6],
  );
});

test('fr "la convention" sans nom est celle dont on parle ; une convention nommée est un autre instrument', () => {
  assert.deepEqual(ours("L'article 4 de la convention interdit les nouveaux barrages."), [4]);
  assert.deepEqual(ours('Selon l’article 12 de la Convention, les parties font rapport tous les deux ans.'), [12]);
  assert.deepEqual(ours("l'article 6 de la Convention de Bâle"), []);
  assert.deepEqual(ours("l'article 2 de la convention de 1979"), []);
});

test('fr a possessor named with its acronym in parentheses: "le traité de non-prolifération (TNP) de 1968, dont l\'article 6"', () => {
  assert.deepEqual(ours("Il complète le traité de non-prolifération (TNP) de 1968, dont l'article 6 engage les puissances à désarmer."), []);
});

test('fr un paragraphe lu avec son article, et un instrument régional par son adjectif', () => {
  assert.deepEqual(ours("sur le fondement de l'article 42, paragraphe 7, du traité sur l'Union européenne"), []);
  assert.deepEqual(ours("en violation des articles 3 et 8 de la Convention européenne des droits de l'homme"), []);
  assert.deepEqual(ours("l'article 4, paragraphe 2, du traité prévoit des consultations"), [4]);
});
