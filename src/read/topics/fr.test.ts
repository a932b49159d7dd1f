// French sentences of my own, each with the topics it speaks of.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTopics } from './index.ts';

const has = (text: string, ...topics: string[]) => {
  const found = readTopics(text);
  for (const t of topics) assert.ok(found.includes(t), `${JSON.stringify(found)} lacks ${t}: ${text}`);
};

test('paraphrased security clauses (fr)', () => {
  has("Si l'un des deux pays est attaqué, l'autre n'aidera pas l'agresseur.", 'no-aid-to-aggressor');
  assert.ok(!readTopics("Si l'un des deux pays est attaqué, l'autre n'aidera pas l'agresseur.").includes('defense'));
  has("Chaque partie s'engage à empêcher toute activité hostile menée depuis son territoire contre l'autre.", 'no-territory-use');
  has('En cas de menace contre la paix, les deux gouvernements se consultent sans délai.', 'consultation');
  has("Les deux pays s'engagent à ne pas recourir à la force l'un contre l'autre.", 'nonaggression');
  has('Les services de renseignement coopéreront contre le terrorisme.', 'security-cooperation');
});

test('final clauses, trade and environment (fr)', () => {
  has("L'accord prend effet à la date de l'échange des instruments de ratification.", 'entry-into-force');
  has("L'article 30 fixe les conditions d'entrée en vigueur de la convention.", 'entry-into-force');
  has('Le traité est conclu pour une durée indéterminée.', 'duration');
  has("Les droits de douane sur le vin seront supprimés dès l'entrée en vigueur.", 'market-access');
  has('Les États créeront des aires marines protégées en haute mer.', 'protected-areas');
  has('Le texte garantit le partage juste et équitable des avantages tirés des ressources génétiques.', 'benefit-sharing');
  has('Le cessez-le-feu entre en application à minuit.', 'ceasefire');
});

test('withdrawal told by its notice (fr)', () => {
  has("L'article 19 permet à tout État de s'en retirer par notification écrite.", 'withdrawal');
  has('Le retrait prend effet six mois après la réception de la notification.', 'withdrawal');
  has('Leur retrait est devenu effectif au terme du préavis de douze mois.', 'withdrawal');
});

test('boundary, water, holy places, definitions, disarmament conventions (fr)', () => {
  has("L'article 1 trace la frontière maritime entre les deux pays.", 'maritime-boundary', 'boundary');
  has("L'article 6 reconnaît les allocations d'eau de chaque partie dans les deux fleuves.", 'water-allocation', 'water');
  has("L'article 9 garantit le libre accès aux lieux saints.", 'holy-sites');
  has("L'article 1 contient les définitions des termes employés.", 'definitions');
  has("L'article 6 impose aux États parties d'assister les victimes et de décontaminer les zones touchées.", 'victim-assistance', 'environmental-remediation');
  has("L'article 8 prévoit une réunion des États parties tous les deux ans.", 'meetings-of-states-parties');
});

test('no conflicting obligations (fr)', () => {
  has("Chaque partie s'engage à ne pas contracter d'obligations internationales incompatibles avec le présent traité.", 'no-competing-commitments');
});

test('organisations, security arrangements, navigation, boundaries (fr)', () => {
  has('L’article VIII institue l’Organisation pour l’interdiction des armes chimiques.', 'organization');
  has('L’article 4 prévoit des zones démilitarisées et des observateurs des Nations unies.', 'security-arrangements');
  has('L’article 5 garantit la liberté de navigation dans le détroit.', 'navigation');
});

test('the alliance formula (act against an attack) is a defense clause', () => {
  has("L'article IV engage chaque allié à agir face à une attaque armée contre l'un d'eux.", 'defense');
});
