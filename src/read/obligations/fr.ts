// French cues for obligations (see ./rule.ts).
import { re } from '../topics/rule.ts';
import type { ObligationCues } from './rule.ts';

const B = '(?<!\\p{L})';
/** "ne prévoit pas de défense mutuelle", "n'est pas une alliance", "aucune clause de …", but not "ne pas adhérer à une alliance". */
const NEGATION = [
  `${B}aucun~ (?:\\S+ ){0,3}`,
  `${B}sans (?:\\S+ ){0,2}`,
  `${B}pas (?:de |d['’]|une? |la |le )(?:(?!adhér|particip|conclu|rejoin|sign)\\S+ ){0,2}`,
].join('|');
const DEFENSE = [
  '(?:défense|assistance|aide) (?:mutuelle|collective)',
  'alliance~?(?: militaire~?| défensive~?)?',
  'bloc~? militaire~?',
  'clause~? de (?:défense|solidarité|assistance)',
  'garanties? de sécurité',
  'obligation~? (?:\\S+ ){0,2}(?:défendre|secourir|assistance)',
  'assistance militaire',
].join('|');
const NOT_AGAINST = '(?! (?:\\S+ ){0,2}(?:dirigé~|contre|hostile~|avec (?:des )?(?:états|pays) tiers))';

export const fr: ObligationCues = {
  notContingency: [re('(?:seconde|première) guerre mondiale|(?:sécurité|crise) (?:économique|énergétique|alimentaire|financière|sanitaire|humanitaire)~')],
  hostilities: [re(`${B}(?:menace~? (?:\\S+ ){0,4})?(?:agression~|attaque~? armée~?|attaqué~|invasion|conflit~? armé~?|hostilités|guerre)`)],
  threats: [
    re(`${B}(?:menac~|danger~)(?:\\s+\\S+){0,3}?\\s+(?:sécurité|paix|souveraineté|intégrité territoriale|indépendance)`),
    re(`${B}(?:sécurité|paix|souveraineté|intégrité|indépendance)[^.;]{0,80}?${B}(?:menacée~|en danger)`),
    re(`${B}menaces? (?:militaire~|sécuritaire~|commune~)`),
    re(`${B}(?:partie|état|pays|l['’]une? d['’](?:elles|eux)) (?:est |serait |se sent |se sentirait )?menacé~`),
  ],
  crises: [re(`${B}crise~`)],
  attack: [re('agression|attaque')],
  threatOfAttack: [re('menace~? (?:\\S+ ){0,4}(?:agression|attaque)')],
  offense: [re('offensive~? commune~?')],
  triggers: [/(?<![\p{L}])(?:en cas d['e]|si)\s*[^;]+?(?=,\s*(?:l'autre|les parties|chaque)(?![\p{L}])|;|$)/giu],
  frames: [/(?<![\p{L}])conformément à l'article 51[^.;]*/giu],
  denials: [re(`(?:${NEGATION})(?:${DEFENSE})${NOT_AGAINST}`)],
  notAlliance: {
    'arms-control': [
      re(
        'désarmement|maîtrise des armements|(?:réduction|limitation|élimination) (?:\\S+ ){0,3}(?:armes|armements|missiles|forces)|non-prolifération|interdiction (?:\\S+ ){0,2}essais',
      ),
    ],
    environment: [re('diversité biologique|biodiversité|climat~|environnement~|droit de la mer|haute mer'), re('(?:traité|accord|convention) sur les eaux')],
    institutional: [re('traité modificatif|traité (?:de )?réforme|traité constitutionnel')],
    trade: [re('libre-échange|accord commercial|union douanière|partenariat économique')],
    forces: [re('statut des forces|forces en visite|accès réciproque')],
    boundary: [re('(?:délimitation|démarcation) (?:de (?:la )?)?(?:frontière|des frontières)|frontière maritime')],
    peace: [re('traité de paix(?!,? et (?:d.)?amitié)|accord de paix|normalisation|cessez-le-feu|armistice')],
  },
};
