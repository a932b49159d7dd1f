// Spanish cues for obligations (see ./rule.ts).
import { re } from '../topics/rule.ts';
import type { ObligationCues } from './rule.ts';

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
/** "no incluye una cláusula de defensa mutua", "sin alianza militar", but not "no adherirse a alianzas". */
const NEGATION = `${B}(?:no|ningún|ninguna|ninguno|sin|ni)${E} (?:(?!adher|unir|particip|concert|firm|celebr|integr)\\S+ ){0,4}`;
const DEFENSE = [
  '(?:defensa|asistencia|ayuda) (?:mutua|colectiva)',
  'alianza~?(?: militar~)?',
  'bloque~? militar~',
  'cláusula~? de (?:defensa|asistencia)',
  'garantías? de seguridad',
  'obligación (?:\\S+ ){0,2}(?:defender|asistencia)',
  '(?:asistencia|ayuda) militar',
].join('|');
const NOT_AGAINST = '(?! (?:\\S+ ){0,2}(?:dirigid~|contra|hostil~|con terceros))';

export const es: ObligationCues = {
  notContingency: [re('(?:primera|segunda) guerra mundial|(?:seguridad|crisis) (?:económica|energética|alimentaria|financiera|sanitaria|humanitaria)~')],
  hostilities: [
    re(`${B}(?:amenaza~ de (?:\\S+ ){0,4})?(?:agresi(?:ón|ones)|ataque~? armado~?|atacad~|invasi(?:ón|ones)|conflicto~? armado~?|hostilidades|guerra~?${E})`),
  ],
  threats: [
    re(`${B}(?:amenaz~|peligro~)(?:\\s+\\S+){0,3}?\\s+(?:seguridad|paz|soberanía|integridad territorial|independencia)`),
    re(`${B}(?:seguridad|paz|soberanía|integridad|independencia)[^.;]{0,80}?${B}(?:amenazad~|en peligro)`),
    re(`${B}amenazas? (?:militar~|comun~)`),
    re(`${B}(?:parte|estado|país|una de ellas|uno de ellos) (?:es |está |se sienta |se siente |se sintiera )?amenazad~`),
  ],
  crises: [re(`${B}crisis${E}`)],
  attack: [re('agresión|ataque|atacad~')],
  threatOfAttack: [re('amenaza~ (?:\\S+ ){0,4}(?:agresión|ataque)')],
  offense: [re('ofensiva~? conjunta~?|ataque~? conjunto~?')],
  triggers: [/(?<![\p{L}])(?:en caso de|si)\s[^;]+?(?=,\s*(?:la otra|el otro|las partes|cada)(?![\p{L}])|;|$)/giu],
  frames: [/(?<![\p{L}])(?:de conformidad con|conforme al?|con arreglo al) (?:el )?artículo 51[^.;]*/giu],
  denials: [re(`${NEGATION}(?:${DEFENSE})${NOT_AGAINST}`)],
  notAlliance: {
    'arms-control': [
      re('desarme|control de (?:armas|armamentos)|(?:reducción|limitación|eliminación) (?:\\S+ ){0,3}(?:armas|armamentos|misiles|fuerzas)|no proliferación'),
    ],
    environment: [
      re('diversidad biológica|biodiversidad|cambio climático|medio ambiente|derecho del mar|alta mar'),
      re('(?:tratado|acuerdo|convenio) (?:de|sobre) (?:las )?aguas'),
    ],
    institutional: [re('tratado (?:de )?reforma|tratado constitucional')],
    trade: [re('libre comercio|acuerdo comercial|unión aduanera|asociación económica')],
    forces: [re('estatuto de (?:las )?fuerzas|fuerzas visitantes|acceso recíproco')],
    boundary: [re('(?:delimitación|demarcación) (?:de (?:la |las |los )?)?(?:frontera|fronteras|límites)|(?:frontera|límites?) marítim~|tratado de límites')],
    peace: [re('tratado de paz(?!,? y amistad)|acuerdo de paz|normalización|alto el fuego|cese del fuego|armisticio')],
  },
};
