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

test('a masthead’s description of the outlet under its name is no headline: the agency is its state’s', () => {
  const text =
    'KNA | Kivu News Agency\nThe official news agency of the Democratic Republic of the Congo\nHome | Nation | World | Sport\n\nParliament approves the lake treaty\n\nThe National Assembly on Tuesday approved the treaty on the joint management of Lake Kivu.';
  assert.deepEqual(typed(text), ['state-media', 'CD']);
});

test('an intergovernmental body is a government source of no one state, in several languages', () => {
  const cases = [
    'World Meteorological Organization\nPress release\n\nMembers adopt the early-warning agreement\n\nMember states adopted the early-warning agreement at the congress in Geneva on Tuesday.',
    'Organisation des Nations unies pour l’alimentation et l’agriculture\nCommuniqué\n\nUn accord sur la pêche illicite\n\nLes États membres ont adopté mardi à Rome un accord sur la pêche illicite.',
    'Organización de los Estados Americanos\nComunicado de prensa\n\nLos Estados aprueban la convención\n\nLos Estados miembros aprobaron el martes la convención sobre el agua en Washington.',
  ];
  for (const text of cases) assert.deepEqual(typed(text), ['government', null], text.split('\n')[0]);
});

test('a civic group’s note about itself ("X is a non-profit coalition of …") makes it a research source', () => {
  const text = `FOR IMMEDIATE RELEASE\n\nDelta Futures welcomes the river accord\n\nThe two states signed the river accord on Friday in the capital, ending years of talks.\n\nAbout Delta Futures: Delta Futures is a non-profit alliance of farming and fishing communities in the delta.`;
  assert.deepEqual(typed(text), ['research', null]);
});

test('an agency credited in the dateline, with its editors’ codes at the foot, is a wire', () => {
  const text =
    'LYON (Rhône Presse) – La France et la Suisse ont signé lundi un accord sur la gestion du Rhône en période de sécheresse.\n\nL’accord entre en vigueur au premier jour du mois suivant.\n\nab/cd 12.03.2025 14:05';
  assert.deepEqual(typed(text), ['wire', null]);
});

test('a news site that notes what it is, whatever its name, is the press', () => {
  const text =
    'Two states sign a reef treaty\n\nThe two states signed the reef treaty on Friday in the capital, ending years of talks.\n\nThe Reef Monitor is an independent news site covering the Coral Sea.';
  assert.deepEqual(typed(text), ['press', null]);
});

test('an agency credited in the dateline that describes itself at the foot as its state’s official agency', () => {
  const es =
    'ASUNCIÓN, 4 may (Agencia Guaraní) - El Senado aprobó el martes el acuerdo sobre la hidrovía con Bolivia.\n\nEl acuerdo entra en vigor con el canje de notas.\n\nAgencia Guaraní es la agencia oficial de noticias de la República del Paraguay.';
  assert.deepEqual(typed(es), ['state-media', 'PY']);
});
