import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArticleRefs } from './index.ts';

const read = (text: string, title: string | null = null) => findArticleRefs(text, { language: 'es', previous: [], title });
const ours = (text: string, title: string | null = null) => read(text, title).refs.map((r) => r.number);

test('es "artículo 4", "art. 5", lists, ranges and paragraphs', () => {
  assert.deepEqual(ours('Según el artículo 4 del tratado, las partes se consultarán.'), [4]);
  assert.deepEqual(ours('El Artículo 9 crea una comisión mixta.'), [9]);
  assert.deepEqual(ours('conforme al art. 5 del acuerdo'), [5]);
  assert.deepEqual(ours('los artículos 3 y 4 del pacto'), [3, 4]);
  assert.deepEqual(ours('los artículos 3 a 5'), [3, 4, 5]);
  assert.deepEqual(ours('los artículos 2, 3 y 6'), [2, 3, 6]);
  const [p] = read('el apartado 2 del artículo 4').refs;
  assert.deepEqual([p.number, p.paragraph], [4, 2]);
  const [q] = read('el artículo 4, párrafo 3, del acuerdo').refs;
  assert.deepEqual([q.number, q.paragraph], [4, 3]);
});

test('es Roman numerals, ordinals and number words', () => {
  assert.deepEqual(ours('El artículo XIV regula la prórroga.'), [14]);
  assert.deepEqual(ours('los artículos V y VI'), [5, 6]);
  assert.deepEqual(ours('El artículo cuarto prevé consultas inmediatas.'), [4]);
  assert.deepEqual(ours('el artículo primero del convenio bilateral'), [1]);
  assert.deepEqual(ours('el cuarto artículo del tratado'), [4]);
  assert.deepEqual(ours('El tercer artículo prohíbe ayudar al agresor.'), [3]);
  assert.deepEqual(ours('el artículo decimocuarto'), [14]);
  assert.deepEqual(ours('el artículo cuatro del acuerdo'), [4]);
  assert.deepEqual(ours('Tras la Segunda Guerra Mundial y Felipe II'), []);
});

test('es other instruments and this agreement', () => {
  assert.deepEqual(
    read('el artículo 5 del Tratado del Atlántico Norte').foreign.map((f) => f.number),
    [5],
  );
  assert.deepEqual(ours('el artículo 5 del Tratado del Atlántico Norte'), []);
  assert.deepEqual(ours('conforme al artículo 51 de la Carta de las Naciones Unidas'), []);
  assert.deepEqual(ours('el artículo 76 de la CONVEMAR'), []);
  assert.deepEqual(ours('el artículo VI del TNP'), []);
  assert.deepEqual(ours('el artículo 2 del tratado de 1967'), []);
  assert.deepEqual(ours('A diferencia del Tratado de Río, cuyo artículo 3 obliga a la defensa mutua, el nuevo pacto no lo hace.'), []);
  assert.deepEqual(ours('el artículo 4 del tratado'), [4]);
  assert.deepEqual(ours('el artículo 4 del presente Acuerdo'), [4]);
  assert.deepEqual(ours('el artículo 4 de este acuerdo'), [4]);
  assert.deepEqual(ours('El acuerdo, cuyo artículo 4 prevé consultas, fue ratificado.'), [4]);
});

test('es a treaty "sobre" a named thing is another instrument, unless it names the parties', () => {
  assert.deepEqual(ours('el artículo 42 del tratado sobre la Unión Europea'), []);
  assert.deepEqual(ours('el artículo 3 del acuerdo sobre pesca entre Chile y Perú'), [3]);
  assert.deepEqual(ours('el artículo 3 del acuerdo sobre cooperación pesquera'), [3]);
});

test('es "el tratado firmado con X, cuyo artículo" under a title about other states', () => {
  const text = 'El tratado firmado con Bolivia, cuyo artículo 6 creó una comisión, sigue vigente.';
  assert.deepEqual(ours(text, 'Perú y Ecuador firman un tratado fluvial'), []);
  assert.deepEqual(ours(text, 'Perú y Bolivia firman un tratado fluvial'), [6]);
});

test('es a sentence continuing about the same article inherits it', () => {
  const first = findArticleRefs('El artículo 5 prevé asistencia mutua.', { language: 'es', previous: [] }).refs;
  const next = findArticleRefs('Dicho artículo también obliga a consultar.', { language: 'es', previous: first }).refs;
  assert.deepEqual(
    next.map((r) => [r.number, r.inherited]),
    [[5, true]],
  );
});

test('es "la Convención" sin nombre es la que se trata; una convención con nombre es otro instrumento', () => {
  assert.deepEqual(ours('El artículo 4 de la Convención prohíbe nuevas represas.'), [4]);
  assert.deepEqual(ours('Según el artículo 12 de la convención, los Estados informan cada dos años.'), [12]);
  assert.deepEqual(ours('el artículo 6 de la Convención de Basilea'), []);
  assert.deepEqual(ours('el artículo 76 de la Convención de las Naciones Unidas sobre el Derecho del Mar'), []);
});
