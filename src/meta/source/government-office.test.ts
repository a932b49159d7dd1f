// A government's press office as the masthead of its communiqué, written for these tests (real capitals, agreements
// outside the eval cases): government, the state from the masthead's capital when no state is named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../../clean/index.ts';
import type { RawDocument } from '../../types.ts';
import { extractMeta } from '../index.ts';
import { retypeSource } from './index.ts';

function typed(text: string): [string | null, string | null] {
  const raw: RawDocument = { file: 'x.txt', sha256: 'x', format: 'text', text, html: null, hints: {}, charset: 'UTF-8', warnings: [] };
  const cleaned = cleanDocument(raw);
  const doc = { ...extractMeta(raw, cleaned), url: null, body: cleaned.body, removed: cleaned.removed };
  const found = retypeSource(doc, { register: { outlets: [], defaults: false } });
  return [found.source_type, found.source_state];
}

const release = (masthead: string[], dateline: string, prose: string) => [...masthead, '', dateline, '', prose, '', prose].join('\n');

test("en: a government information service under the prime minister's office, the state from its capital", () => {
  const text = release(
    ['GOVERNMENT INFORMATION SERVICE', "PRIME MINISTER'S OFFICE, WELLINGTON", '', 'Media Statement'],
    'Wellington, 9 May 2021',
    'The House of Representatives today passed the bill approving the free trade agreement with the United Kingdom by a large majority, and the Prime Minister thanked members of every party for their support.',
  );
  assert.deepEqual(typed(text), ['government', 'NZ']);
});

test("fr: « Bureau du Premier ministre » with its capital is a government's", () => {
  const text = release(
    ['BUREAU DU PREMIER MINISTRE', 'Ottawa', '', 'Communiqué'],
    'Ottawa, le 3 mars 2022',
    "Le Parlement a adopté aujourd'hui le projet de loi de mise en œuvre de l'accord commercial, qui entrera en vigueur dès l'échange des notes diplomatiques entre les deux gouvernements.",
  );
  assert.deepEqual(typed(text), ['government', 'CA']);
});

test('es: «Oficina de Prensa de la Presidencia» with its capital is a government’s', () => {
  const text = release(
    ['OFICINA DE PRENSA DE LA PRESIDENCIA', 'Santiago', '', 'Comunicado'],
    'Santiago, 12 de abril de 2022',
    'El Senado aprobó hoy el acuerdo de asociación económica digital por amplia mayoría, y el Presidente agradeció a los parlamentarios de todos los sectores su apoyo al texto negociado.',
  );
  assert.deepEqual(typed(text), ['government', 'CL']);
});

test('de: «Presse- und Informationsamt der Bundesregierung» is a government’s', () => {
  const text = release(
    ['Presse- und Informationsamt der Bundesregierung', '', 'Pressemitteilung'],
    'Berlin, 4. Mai 2022',
    'Der Bundestag hat heute dem Gesetz zu dem Abkommen über die Zusammenarbeit in der Fischerei zugestimmt, das nach dem Austausch der Ratifikationsurkunden in Kraft treten wird.',
  );
  assert.deepEqual(typed(text), ['government', 'DE']);
});
