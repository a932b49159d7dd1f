// Public bodies and civic groups that publish on their own sites: a parliament or a ministry named in the masthead
// (its state from the masthead, the header or the letter's dateline, when the name itself does not say), and
// civic groups and observatories as research. Reports written for these tests (invented bodies, real states).
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
  const found = retypeSource(doc, { register: { outlets: [] } });
  return [found.source_type, found.source_state];
}

test('a legislature named in the masthead is a government source of its state, in several languages', () => {
  const cases: [string, string, string][] = [
    [
      'Сенат Парламента Республики Узбекистан\nПресс-служба\n\nСенат одобрил соглашение с Таджикистаном о границе',
      'Сенаторы на пленарном заседании одобрили закон о ратификации соглашения о государственной границе с Таджикистаном.',
      'UZ',
    ],
    [
      'Nationalrat der Republik Österreich | Parlamentskorrespondenz\n\nNationalrat genehmigt Donau-Abkommen',
      'Der Nationalrat hat am Mittwoch das Abkommen über die Schifffahrt auf der Donau mit großer Mehrheit genehmigt.',
      'AT',
    ],
    [
      'مجلس النواب - الجمهورية اللبنانية\nبيان\n\nالمجلس يقر اتفاقية الربط الكهربائي',
      'أقر مجلس النواب في جلسته العامة اليوم اتفاقية الربط الكهربائي مع الدول المجاورة.',
      'LB',
    ],
  ];
  for (const [head, lead, state] of cases) assert.deepEqual(typed(`${head}\n\n${lead}`), ['government', state], head);
});

test('a ministry whose name says no state takes it from the header or the letter’s dateline', () => {
  const es =
    'Cancillería\nMinisterio de Relaciones Exteriores del Perú\n\nPerú y Bolivia firman un acuerdo sobre el lago\n\nLos cancilleres de ambos países firmaron hoy en Lima un acuerdo para la gestión conjunta del lago.';
  assert.deepEqual(typed(es), ['government', 'PE']);
  const fr =
    'Ministère des Affaires étrangères\nCommuniqué de presse\nDakar, le 4 avril 2025\n\nSignature d’un accord de pêche avec la Gambie\n\nLe ministre a signé ce jour un accord de pêche avec son homologue gambien.';
  assert.deepEqual(typed(fr), ['government', 'SN']);
});

test('civic groups, coalitions and observatories are research sources, in several languages', () => {
  const cases: string[] = [
    'Alliance for Arctic Futures\nStatement | 3 March 2025\n\nTwo more states ratify the polar code amendment\n\nNorway and Iceland deposited their instruments on Monday, bringing the number of parties to twelve.',
    'Observatoire des traités africains\nAccueil | Analyses | Contact\n\nLe Niger ratifie la convention de Kampala\n\nLe Niger a déposé lundi son instrument de ratification auprès de la Commission de l’Union africaine.',
    'Coalición Ciudadana por el Agua\nInicio | Campañas | Contacto\n\nParaguay ratifica el acuerdo del acuífero\n\nEl Congreso de Paraguay aprobó el martes el acuerdo sobre el acuífero compartido con sus vecinos.',
  ];
  for (const text of cases) assert.deepEqual(typed(text), ['research', null], text.split('\n')[0]);
});
