// French date rules: "entre en vigueur le trentième jour suivant l'échange des instruments de ratification", "90 jours
// après le dépôt du cinquantième instrument", "le premier jour du deuxième mois suivant …", "le retrait prend effet un
// an après la réception de la notification".
import type { NumberWord, RuleLanguage } from './types.ts';

const words = (list: string[], from = 1): NumberWord[] => list.map((w, i) => [w, from + i]);

export const fr: RuleLanguage = {
  prefilter: /vigueur|effet|retrait|dénonciation|préavis|notifi|expiration|échéance|seuil|instrument|ratifi/i,
  cardinals: [
    ...words(['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze']),
    ['une', 1],
    ['quinze', 15],
    ['vingt', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
    ['quatre-vingt-dix', 90],
    ['cent', 100],
  ],
  ordinals: [
    ['premier', 1],
    ['première', 1],
    ['second', 2],
    ['seconde', 2],
    ...words(['deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'], 2),
    ['douzième', 12],
    ['quinzième', 15],
    ['vingtième', 20],
    ['trentième', 30],
    ['quarantième', 40],
    ['cinquantième', 50],
    ['soixantième', 60],
    ['quatre-vingt-dixième', 90],
    ['centième', 100],
  ],
  ordinalSuffix: 'e|ème|è',
  units: [
    ['jours?', 'day'],
    ['mois', 'month'],
    ['ans?|années?', 'year'],
  ],
  entry: String.raw`\bentr\w*\s+en\s+vigueur\b|\bentrée\s+en\s+vigueur\b|\bpr\w*\s+effet\b`,
  withdrawal: String.raw`\b(?:retrait|dénonciation|retire\w*)\b`,
  effect: String.raw`\bpr\w*\s+effet\b|\beffective\b`,
  notice: String.raw`\b(?:préavis|notification\w*|notifi\w*)`,
  offsets: {
    dayOrdinal: [String.raw`(?:le\s+)?{ORD}\s+jour\s+(?:suivant|après|qui\s+suit|à\s+compter\s+de)`],
    units: [String.raw`{NUM}\s+{UNIT}\s+(?:après|suivant|à\s+compter\s+de)`],
    firstOfMonth: [String.raw`le\s+premier\s+jour\s+du\s+(?:{ORD}\s+)?mois\s+(?:suivant|qui\s+suit)`],
    sameDay: [
      String.raw`\b(?:à|dès)\s+la\s+date\s+de\b`,
      String.raw`\b(?:le\s+jour|à\s+compter)\s+de\s+(?:la|sa)\b`,
      String.raw`\bdès\s+(?:sa|la)\s+signature\b`,
    ],
    beforeExpiry: [String.raw`{NUM}\s+{UNIT}\s+avant\s+(?:l['’]expiration|l['’]échéance|la\s+fin)`],
    noticePeriod: [String.raw`(?:avec|moyennant)\s+un\s+préavis\s+de\s+{NUM}\s+{UNIT}`],
  },
  triggers: {
    exchange: [String.raw`\béchang\w*`],
    signature: [String.raw`\bsignature\b|\bsigné\w*`],
    notification: [String.raw`\bnotification\w*|\bnotes?\b`],
    threshold: [String.raw`\b{NUM}\s+(?:\w+\s+){0,2}?(?:instruments?|ratifications?|États|Parties|pays)\b`],
    'own-deposit': [String.raw`\b(?:son|leur)\s+(?:propre\s+)?(?:instrument|dépôt)\b`],
  },
  eachLater: String.raw`\bpour\s+(?:chaque|tout)\s+(?:État|pays|Partie)\b|\bultérieurement\b|\bpar\s+la\s+suite\b`,
  conditional: String.raw`\breprésentant\b|\bpour\s+cent\b|%|\bdont\s+au\s+moins\b`,
  approximate: String.raw`\b(?:environ|près\s+de|quelque|presque|dans\s+les|dans\s+un\s+délai\s+de|au\s+plus\s+tard|jusqu['’]à|plus\s+de|moins\s+de)`,
  nth: [String.raw`\b{ORD}\s+(?:\w+\s+){0,2}?(?:instrument|ratification|adhésion|État|pays|Partie|membre)\w*`],
  thresholdReached: [String.raw`\bseuil\s+(?:\w+\s+){0,4}?(?:a\s+été|était)\s+(?:atteint|franchi|dépassé)`],
  future: String.raw`\b(?:devrait|devraient|pourrait|va|vont|sera|seront|prévu\w*|compte)\b`,
};
