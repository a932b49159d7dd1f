// What a sentence says of the agreement's duration; a deadline for one obligation is none. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDuration } from './duration.ts';

test('a deadline within N years is no term of the agreement (es); a term is', () => {
  assert.equal(readDuration('El convenio obliga a eliminar las centrales de carbón en un plazo de diez años.', 'es'), null);
  assert.equal(readDuration('El tratado tendrá una vigencia de diez años.', 'es')?.years, 10);
  assert.equal(readDuration('El acuerdo se celebra por un plazo de diez años.', 'es')?.years, 10);
});

test('an unlimited period, or in force until the parties end it, is indefinite (en, fr, es, de, ru)', () => {
  const indefinite: [string, string][] = [
    ['en', 'Article 20 says the charter is concluded for an unlimited period.'],
    ['en', 'The accord gives the commission an unlimited term.'],
    ['en', 'The compact shall remain in force until it is terminated by a later agreement between the two governments.'],
    ['fr', "L'accord reste en vigueur jusqu'à ce qu'il soit dénoncé par l'une des parties."],
    ['fr', 'Le pacte est conclu pour une période illimitée.'],
    ['es', 'El convenio permanecerá en vigor hasta que sea denunciado por una de las partes.'],
    ['de', 'Das Abkommen bleibt in Kraft, bis es von einer Vertragspartei gekündigt wird.'],
    ['ru', 'Соглашение остаётся в силе до тех пор, пока одна из сторон не денонсирует его.'],
  ];
  for (const [lang, text] of indefinite) assert.equal(readDuration(text, lang)?.kind, 'indefinite', text);
  assert.equal(readDuration('The pact remains in force for ten years and thereafter until terminated by either party.', 'en')?.kind, 'fixed');
});

test("a person's N-year term is no term of the agreement; the agreement's is", () => {
  assert.equal(readDuration('The ceremony was hosted by the president, whose seven-year term ends next spring.', 'en'), null);
  assert.equal(readDuration('The chancellor began his four-year term in 2021.', 'en'), null);
  assert.equal(readDuration('The pact has a seven-year term and renews itself.', 'en')?.years, 7);
});
