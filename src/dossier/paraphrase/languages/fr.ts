// French paraphrase words (lower case).
import type { ParaphraseWords } from './types.ts';

export const fr: ParaphraseWords = {
  units: {
    day: ['jour'],
    week: ['semaine'],
    month: ['mois'],
    year: ['an$', 'ans$', 'année'],
    party: ['parties', 'partie$', 'états', 'état$', 'pays', 'signataire', 'ratification', 'instrument'],
  },
  one: ['un', 'une'],
  fillers: ['calendaires', 'ouvrables', 'pleins', 'francs'],
  triggers: {
    automatic: ['automatique', 'tacite', 'de plein droit'],
    'on-request': ['à la demande', 'sur demande', 'à la requête', 'sur requête', "à l'initiative", 'sur la demande'],
    'mutual-agreement': ["d'un commun accord", 'par accord mutuel', 'par consentement mutuel', 'par accord commun', 'si les deux parties y consentent'],
  },
  negation: /(?<![\p{L}])(?:ne|n['’]|pas|jamais|sans|ni|aucun\p{L}*)(?![\p{L}])/u,
  bounds: /(?<![\p{L}])(?:ne\s+)?(?:pas\s+)?(?:plus\s+tard|moins|plus)\s+(?:que|de)(?![\p{L}])|(?<![\p{L}])au\s+plus\s+tard(?![\p{L}])/gu,
  hedges: /(?<![\p{L}])(?:jusqu['’]à|au\s+maximum|au\s+total|en\s+tout|pourrait|pourraient|peut|peuvent)(?![\p{L}])/u,
  pastBefore: /(?<![\p{L}])(?:il\s+y\s+a|depuis|(?:report|retard|repouss)\p{L}*(?:\s+de)?)\s*$/iu,
  pastAfter: /^\s*(?:plus\s+tard|auparavant)(?![\p{L}])/u,
};
