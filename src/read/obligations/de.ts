// German cues for obligations (see ./rule.ts).
import { re } from '../topics/rule.ts';
import type { ObligationCues } from './rule.ts';

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const DEFENSE = [
  '(?:gegenseitig~|kollektiv~) (?:verteidigung|beistand~|hilfe)',
  '(?:militär|verteidigungs)?bündnis~',
  'allianz~',
  '(?:bündnis|beistands|verteidigungs)(?:klausel|pflicht|versprechen|verpflichtung|pakt)~',
  'beistand~',
  'sicherheitsgarantie~',
  'militärisch~ (?:hilfe|beistand|unterstützung)',
].join('|');
/** "keinem Bündnis beitreten" is a no-competing-commitments clause. */
const NOT_AGAINST = '(?! (?:\\S+ ){0,2}(?:gegen|gerichtet|feindlich|mit dritt|beitreten|beizutreten|anschließen|eingehen))';

export const de: ObligationCues = {
  notContingency: [
    re(`${B}(?:erst~|zweit~) weltkrieg~`),
    re(`${B}(?:wirtschaftlich~|energetisch~|ökologisch~|finanziell~|öffentlich~|humanitär~) (?:sicherheit|krise~)`),
  ],
  hostilities: [
    re(
      `${B}(?:(?:bedrohung|androhung) (?:\\S+ ){0,4})?(?:aggression|angriff~|angegriffen|invasion|bewaffnet~ (?:konflikt|auseinandersetzung)~|militärisch~ konflikt~|feindseligkeiten|krieg(?:e|es|s)?${E}|kriegszustand|kriegsfall)`,
    ),
  ],
  threats: [
    re(`${B}(?:bedroh~|gefahr~|gefährd~)(?:\\s+\\S+){0,3}?\\s+(?:sicherheit~|frieden~|souveränität|unversehrtheit|territorial~ integrität|unabhängigkeit)`),
    re(`${B}(?:bedroh~|gefahr~)\\s+(?:(?:für|gegen)\\s+)?(?:eine~|einer|jede~)\\s+(?:der\\s+)?(?:vertrags)?(?:partei~|seite~)`),
    re(`${B}(?:sicherheit|frieden~|souveränität|unversehrtheit|integrität|unabhängigkeit)${E}[^.;]{0,80}?${B}(?:bedroht|gefährdet|in gefahr)`),
    re(`${B}(?:militärisch~|gemeinsam~) bedrohung~|sicherheitsbedrohung~`),
  ],
  crises: [re(`${B}(?:krise~|(?:militärisch~|politisch~) notla~)`)],
  attack: [re('angegriffen|angriff~')],
  threatOfAttack: [re('(?:bedrohung|androhung) (?:\\S+ ){0,4}(?:angriff~|aggression)')],
  offense: [re('gemeinsam~ angriff~')],
  triggers: [/(?<![\p{L}])(?:falls|wenn|im falle)\s[^;]+?(?=,\s*(?:so|leistet|leisten|die andere|der andere)(?![\p{L}])|;|$)/giu],
  frames: [/(?<![\p{L}])(?:gemäß|nach|im einklang mit) (?:dem )?Artikel 51[^.;]*/giu],
  denials: [
    re(`${B}(?:kein~|ohne|weder)${E} (?:\\S+ ){0,3}(?:${DEFENSE})${NOT_AGAINST}`),
    re(`${B}nicht (?:\\S+ ){0,4}(?:um (?:ein~ )?)?(?:${DEFENSE})${NOT_AGAINST}`),
    // "Eine Beistandspflicht im Kriegsfall enthält es nicht."
    re(`${B}(?:${DEFENSE}) (?:\\S+ ){0,4}(?:enthält|enthalten|sieht|vorsieht|begründet|schafft|gibt|bietet) (?:\\S+ ){0,2}nicht${E}`),
  ],
  notAlliance: {
    'arms-control': [
      re(
        'abrüstung|rüstungskontrolle|(?:reduzierung|begrenzung|verringerung|beseitigung) (?:\\S+ ){0,3}(?:waffen|rüstung~|raketen|streitkräfte)|nichtverbreitung|teststopp|atomwaffensperr~|mittelstrecken~',
      ),
    ],
    environment: [
      re('biologisch~ vielfalt|biodiversität|artenvielfalt|klima~|umwelt~|seerecht~|hohe~ see|meeresschutz~'),
      re('wasser(?:verteilungs)?(?:vertrag|abkommen)'),
    ],
    institutional: [re('reformvertrag|änderungsvertrag|verfassungsvertrag')],
    trade: [re('freihandel~|handelsabkommen|handelsvertrag|zollunion|investitionsschutz~|wirtschaftspartnerschaftsabkommen')],
    forces: [re('truppenstatut~|status~ (?:der )?(?:gast)?streitkräfte|gegenseitig~ zugang~|besuchend~ streitkräfte')],
    boundary: [re('grenzvertrag|grenzabkommen|seegrenze~|grenzziehung|(?:abgrenzung|demarkation) (?:der )?(?:see)?grenze~')],
    peace: [re('friedensvertrag(?! und freundschaft)|friedensabkommen|friedensvereinbarung|normalisierung|waffenstillstand~|waffenruhe')],
  },
};
