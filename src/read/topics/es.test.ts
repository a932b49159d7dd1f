// Spanish sentences of my own, each with the topics it speaks of.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTopics } from './index.ts';

const has = (text: string, ...topics: string[]) => {
  const found = readTopics(text);
  for (const t of topics) assert.ok(found.includes(t), `${JSON.stringify(found)} lacks ${t}: ${text}`);
};

test('paraphrased security clauses (es)', () => {
  has('Si una de las partes sufre una agresión, la otra no ayudará al agresor.', 'no-aid-to-aggressor');
  assert.ok(!readTopics('Si una de las partes sufre una agresión, la otra no ayudará al agresor.').includes('defense'));
  has('Ninguna de las partes permitirá que su territorio sea utilizado contra la otra.', 'no-territory-use');
  has('En caso de amenaza a la seguridad de una de ellas, las partes celebrarán consultas de inmediato.', 'consultation');
  has('En caso de ataque armado contra una parte, la otra le prestará asistencia militar.', 'defense');
  has('Ambas partes renuncian al uso de la fuerza en sus relaciones.', 'nonaggression');
  has('Los servicios de inteligencia compartirán datos para combatir el terrorismo.', 'security-cooperation');
  has('Las relaciones se basan en el respeto a la soberanía y la no injerencia.', 'principles');
});

test('trade, peace, environment and final clauses (es)', () => {
  has('El acuerdo prevé la eliminación progresiva de aranceles para el 95 % de las exportaciones.', 'market-access');
  has('Los productos deben cumplir las normas de origen del tratado.', 'rules-of-origin');
  has('Ambos gobiernos acordaron un alto el fuego y el canje de prisioneros.', 'ceasefire', 'prisoner-exchange');
  has('El tratado establece relaciones diplomáticas plenas entre ambos países.', 'diplomatic-relations');
  has('Cada Estado deberá realizar una evaluación de impacto ambiental antes de autorizar la obra.', 'impact-assessment');
  has('El tratado entrará en vigor treinta días después del canje de los instrumentos de ratificación.', 'entry-into-force');
  has('Tendrá una duración de diez años, prorrogable por periodos de cinco.', 'duration');
});

test('withdrawal told by its notice, entry into force as taking effect (es)', () => {
  has('Cualquier Estado parte podrá retirarse mediante notificación escrita al depositario.', 'withdrawal');
  has('La retirada surtirá efecto seis meses después de la notificación.', 'withdrawal');
  has('Según el artículo 30, el convenio surte efecto noventa días después del depósito del décimo instrumento.', 'entry-into-force');
});

test('boundary, water, holy places, definitions, disarmament conventions (es)', () => {
  has('El artículo 1 fija la frontera marítima entre ambos países.', 'maritime-boundary', 'boundary');
  has('El artículo 6 reparte las aguas de los dos ríos entre las partes.', 'water-allocation', 'water');
  has('El artículo 9 reconoce el papel de la monarquía en los santos lugares de la ciudad.', 'holy-sites');
  has('El artículo 1 recoge las definiciones de los términos del acuerdo.', 'definitions');
  has('El artículo 6 obliga a prestar asistencia a las víctimas.', 'victim-assistance');
  has('El artículo 8 prevé reuniones de los Estados partes.', 'meetings-of-states-parties');
});

test('no conflicting obligations (es)', () => {
  has('Ninguna de las partes asumirá obligaciones internacionales incompatibles con el tratado.', 'no-competing-commitments');
});

test('organisations, security arrangements, navigation, boundaries (es)', () => {
  has('El artículo III establece la Organización para la Prohibición de las Armas Químicas.', 'organization');
  has('El artículo 2 reconoce como frontera permanente la frontera internacional entre ambos países.', 'boundary');
  has('El artículo 5 garantiza el libre paso de los buques por el estrecho.', 'navigation');
  has('El artículo 4 crea zonas desmilitarizadas vigiladas por observadores de la ONU.', 'security-arrangements');
});

test('the alliance formula (act against an attack) is a defense clause', () => {
  has('El artículo IV obliga a cada aliado a actuar frente a un ataque contra cualquiera de ellos.', 'defense');
});
