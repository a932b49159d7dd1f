// Spanish date rules: "entrará en vigor el trigésimo día siguiente al canje de los instrumentos", "90 días después
// del depósito del quincuagésimo instrumento", "en la fecha de su firma", "la denuncia surtirá efecto seis meses
// después de la recepción de la notificación". Ordinals are stems (trigésimo, trigésima).
import type { NumberWord, RuleLanguage } from './types.ts';

const words = (list: string[], from = 1): NumberWord[] => list.map((w, i) => [w, from + i]);

export const es: RuleLanguage = {
  prefilter: /vigor|efecto|retiro|retirada|denuncia|notifica|preaviso|expiraci|vencimiento|umbral|instrumento|ratific/i,
  cardinals: [
    ...words(['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce']),
    ['un', 1],
    ['una', 1],
    ['quince', 15],
    ['veinte', 20],
    ['treinta', 30],
    ['cuarenta', 40],
    ['cincuenta', 50],
    ['sesenta', 60],
    ['noventa', 90],
    ['cien', 100],
    ['ciento', 100],
  ],
  ordinals: [
    ['primer*', 1],
    ['segund*', 2],
    ['tercer*', 3],
    ['cuart*', 4],
    ['quint*', 5],
    ['sext*', 6],
    ['décim*', 10],
    ['vigésim*', 20],
    ['trigésim*', 30],
    ['cuadragésim*', 40],
    ['quincuagésim*', 50],
    ['sexagésim*', 60],
    ['nonagésim*', 90],
    ['centésim*', 100],
  ],
  ordinalSuffix: String.raw`\.?[ºª°]|\.?[oa](?=\s)`,
  units: [
    ['días?', 'day'],
    ['mes(?:es)?', 'month'],
    ['años?', 'year'],
  ],
  entry: String.raw`\bentr\w*\s+en\s+vigor\b|\bentrada\s+en\s+vigor\b`,
  withdrawal: String.raw`\b(?:retiro|retirada|denuncia)\b`,
  effect: String.raw`\bsurt\w*\s+efecto\b|\btendrá\s+efecto\b|\befectiv[oa]\b`,
  notice: String.raw`\b(?:notificaci\w*|notifi\w*|preaviso)`,
  offsets: {
    dayOrdinal: [String.raw`(?:el\s+)?{ORD}\s+día\s+(?:siguiente|después|a\s+partir|contado)`],
    units: [String.raw`{NUM}\s+{UNIT}\s+(?:después|siguientes?\s+a|a\s+partir|contados?)`],
    firstOfMonth: [String.raw`el\s+primer\s+día\s+del\s+(?:{ORD}\s+)?mes\s+(?:siguiente|posterior)`],
    sameDay: [String.raw`\b(?:en|a\s+partir\s+de|desde)\s+la\s+fecha\s+de\b`, String.raw`\ben\s+el\s+momento\s+de\b`],
    beforeExpiry: [String.raw`{NUM}\s+{UNIT}\s+antes\s+de\s+(?:su\s+|la\s+)?(?:expiración|vencimiento|terminación)`],
    noticePeriod: [String.raw`con\s+un\s+preaviso\s+de\s+{NUM}\s+{UNIT}`],
  },
  triggers: {
    exchange: [String.raw`\bcanje\w*|\bintercambi\w*|\bcanjea\w*`],
    signature: [String.raw`\bfirma\b|\bfirmado\b`],
    notification: [String.raw`\bnotificaci\w*|\bnotas?\b`],
    threshold: [String.raw`\b{NUM}\s+(?:\w+\s+){0,2}?(?:instrumentos?|ratificaci\w*|Estados|Partes|países)\b`],
    'own-deposit': [String.raw`\b(?:su|sus)\s+(?:propio\s+)?(?:instrumento|depósito)\b`],
  },
  eachLater: String.raw`\bpara\s+cada\s+(?:Estado|país|Parte)\b|\bposteriormente\b|\bcon\s+posterioridad\b`,
  conditional: String.raw`\bque\s+representen\b|\bpor\s+ciento\b|%|\bentre\s+ellos\s+al\s+menos\b`,
  approximate: String.raw`\b(?:unos|unas|cerca\s+de|alrededor\s+de|aproximadamente|casi|dentro\s+de|en\s+un\s+plazo\s+de|a\s+más\s+tardar|hasta|más\s+de|menos\s+de)`,
  nth: [String.raw`\b{ORD}\s+(?:\w+\s+){0,2}?(?:instrumento|ratificaci|adhesi|Estado|país|Parte|miembro)\w*`],
  thresholdReached: [String.raw`\bumbral\s+(?:\w+\s+){0,4}?(?:fue|había\s+sido|se\s+ha)\s+(?:alcanzado|superado|alcanzó)`],
  future: String.raw`\b(?:se\s+espera|espera|podría|será|serán|prevé|previsto|planea)\b`,
};
