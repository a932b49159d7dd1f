// Spanish paraphrase words (lower case).
import type { ParaphraseWords } from './types.ts';

export const es: ParaphraseWords = {
  units: {
    day: ['día', 'dia$', 'dias$'],
    week: ['semana'],
    month: ['mes$', 'meses$'],
    year: ['año', 'anos$'],
    party: ['partes', 'parte$', 'estados', 'estado$', 'países', 'país$', 'signatario', 'ratificaci', 'instrumento'],
  },
  one: ['un', 'una'],
  fillers: ['naturales', 'hábiles', 'calendario', 'completos'],
  triggers: {
    automatic: ['automátic', 'tácita', 'tácito'],
    'on-request': ['a petición', 'a solicitud', 'a pedido', 'a instancia', 'a requerimiento', 'a iniciativa'],
    'mutual-agreement': [
      'de mutuo acuerdo',
      'por mutuo acuerdo',
      'de común acuerdo',
      'por común acuerdo',
      'mutuo consentimiento',
      'si ambas partes lo acuerdan',
    ],
  },
  negation: /(?<![\p{L}])(?:no|nunca|jamás|sin|ni|tampoco|ningún|ninguna)(?![\p{L}])/u,
  bounds: /(?<![\p{L}])no\s+(?:más\s+tarde|antes|menos|más)\s+(?:de|que)(?![\p{L}])|(?<![\p{L}])a\s+más\s+tardar(?![\p{L}])/gu,
  hedges: /(?<![\p{L}])(?:hasta|como\s+máximo|en\s+total|podría|podrían|puede|pueden)(?![\p{L}])/u,
  pastBefore: /(?<![\p{L}])(?:hace|desde\s+hace|(?:aplazad|retrasad|pospuest)\p{L}*(?:\s+(?:por|en))?)\s*$/iu,
  pastAfter: /^\s*más\s+tarde(?![\p{L}])/u,
};
