// English cues for obligations: what a security contingency is (for consultation), a denial that the
// agreement is an alliance or holds a defence clause, and names of agreements that are plainly no alliance.
import { re } from '../topics/rule.ts';
import type { ObligationCues } from './rule.ts';

const NEGATION = [
  '(?:no|without|nor|neither|lacks?|lacking)\\b (?:\\S+ ){0,3}',
  // "does not include a …", "did not create a …", but not "will not hesitate to provide …", "not join an alliance"
  'not (?!hesitate|fail|only|just|merely|rule)(?:(?!join|enter|particip|conclud|sign|form)\\S+ ){0,5}',
  '(?:stops?|stopped|falls?|fell) short of (?:\\S+ ){0,2}',
].join('|');
/** What a defence clause or an alliance is called. */
const DEFENSE = [
  '(?:mutual|collective|common) (?:military )?(?:defen[cs]e|assistance|aid)',
  '(?:military |defen[cs]e )?(?:alliance|bloc)',
  'defen[cs]e (?:pact|clause|obligation|commitment|guarantee|treaty)',
  'security guarantees?',
  '(?:duty|obligation|commitment|pledge) (?:\\S+ ){0,2}to (?:defend|assist|come to)',
  '(?:oblig|requir|commit|bind)~ (?:\\S+ ){0,4}to (?:help|assist|defend|aid|come to)',
  '(?:provide|render|give) (?:\\S+ ){0,3}military (?:assistance|aid|help|support)',
  '(?:come|rush) to (?:\\S+ ){0,2}(?:aid|defen[cs]e|assistance)',
  'automatic (?:military )?(?:assistance|intervention)',
].join('|');
/** A defence clause directed at the other party is what a no-competing-commitments clause rules out. */
const NOT_AGAINST = '(?! (?:\\S+ ){0,2}(?:directed|aimed|hostile|with third)|(?: \\S+){0,2} against (?:the other|either|each other|one another))';

export const en: ObligationCues = {
  notContingency: [
    re(
      '(?:first|second|great) world war|world war (?:i|ii|one|two)(?!\\p{L})|war (?:graves?|memorials?|veterans?|dead|crimes?|criminals?)(?!\\p{L})|prisoners? of war',
    ),
    re(
      '(?:economic|energy|food|water|financial|health|environmental|social|supply|public|information|sanitary)(?: and \\p{L}+)? (?:security|crisis|crises)(?!\\p{L})',
    ),
    re('(?:fiscal|debt|banking|currency|monetary|humanitarian|migration|refugee|climate|drought|flood)~ (?:crisis|crises)(?!\\p{L})'),
  ],
  hostilities: [
    re(
      '(?<!\\p{L})(?:threat~ of (?:\\S+ ){0,4})?(?:aggression|armed attack|attack (?:on|against)|attacked|invasion|invaded|(?:armed|military) conflict|hostilities|state of war|wars?(?!\\p{L})|act of war)',
    ),
  ],
  threats: [
    re(
      '(?<!\\p{L})(?:threat~|menace~|danger~|endanger~|jeopardi[sz]~)(?:\\s+\\S+){0,4}?\\s+(?:security|peace|sovereignty|territorial integrity|independence)(?!\\p{L})',
    ),
    re(
      '(?<!\\p{L})(?:threat~|danger~)(?:\\s+\\S+){0,2}?\\s+(?:to|against|for)\\s+(?:either|one of the|any of the|each|a|the other) (?:part(?:y|ies)|sides?)(?!\\p{L})',
    ),
    re(
      '(?<!\\p{L})(?:security|peace|sovereignty|territorial integrity|independence)(?!\\p{L})[^.;]{0,80}?(?<!\\p{L})(?:threatened|endangered|under threat|in danger|jeopardi[sz]ed)(?!\\p{L})',
    ),
    // "if either party is threatened", "common military threats"
    re(
      '(?<!\\p{L})(?:part(?:y|ies)|sides?|either|one of them|states?|countr(?:y|ies)) (?:is |are |feels? |becomes? )?(?:threatened|endangered|under threat)(?!\\p{L})',
    ),
    re('(?<!\\p{L})(?:military|security|armed|common) (?:and (?:military|security) )?threats?(?!\\p{L})'),
  ],
  crises: [re('(?<!\\p{L})(?:cris[ie]s|(?:military|political|security|defen[cs]e) emergenc~)')],
  attack: [re('armed attack|attacked|attack (?:on|against)|state of war|invasion')],
  threatOfAttack: [re('threat~ of (?:\\S+ ){0,4}(?:aggression|attack|invasion)')],
  offense: [
    re('joint(?:ly)? (?:offensive|attack)|offensive (?:alliance|operations?) against|(?:attack|wage war (?:on|against)) (?:a )?third (?:state|countr)'),
  ],
  triggers: [
    /(?<![\p{L}])(?:in the event (?:of|that)|if|should|whenever|in case of)\s[^;]+?(?=,\s*(?:the other|each|both|they|it|then|either)(?![\p{L}])|;|[.”"]?$)/giu,
  ],
  frames: [
    /(?<![\p{L}])(?:in accordance with|in line with|following|pursuant to|consistent with|under)\s+(?:the\s+)?Article\s+51[^.;]*/giu,
    /(?<![\p{L}])(?:in accordance with|subject to|according to)\s+(?:their|its|the)\s+(?:respective\s+)?(?:national\s+)?(?:laws|legislation|constitutional (?:procedures|processes|requirements))[^.;]*/giu,
  ],
  denials: [re(`(?<!\\p{L})(?:${NEGATION})(?:an? |any |the )?(?:${DEFENSE})${NOT_AGAINST}`)],
  notAlliance: {
    'arms-control': [
      re(
        '(?:reduction|limitation|elimination|prohibition|destruction) (?:and \\S+ )?of (?:\\S+ ){0,6}(?:arms|armaments|weapons|missiles?|forces|mines|munitions)',
      ),
      re('open skies|anti-personnel mines|cluster munitions|(?:chemical|biological) weapons'),
      re('arms (?:control|reduction|limitation)'),
      re('non-?proliferation|test[- ]ban|disarmament|intermediate-range|strategic offensive arms|conventional (?:armed )?forces'),
    ],
    environment: [
      // A treaty on sharing rivers' waters.
      re('waters? (?:sharing )?(?:treaty|agreement|accord|convention)'),
      re(
        'biological diversity|biodiversity|climat~|environment~|law of the sea|high seas|ozone|desertification|wetlands|endangered species|fish stocks|pollution|watercourses|conservation of',
      ),
    ],
    trade: [re('free[- ]trade|trade (?:agreement|deal|pact|treaty|in goods)|economic partnership agreement|customs union|investment (?:agreement|treaty)')],
    forces: [re('status of (?:\\S+ ){0,4}forces|visiting forces|reciprocal access|sofa(?!\\p{L})')],
    boundary: [
      re(
        '(?:maritime |land |sea )?(?:boundary|border) (?:treaty|agreement|demarcation|delimitation)|(?:demarcation|delimitation) of (?:the )?(?:maritime |land |sea )?(?:boundary|border)',
      ),
    ],
    // A treaty reforming the institutions of a union or an organisation.
    institutional: [re('reform treaty|treaty (?:\\S+ ){0,3}amending the (?:founding )?treat~|constitutional treaty')],
    peace: [
      re(
        'peace (?:treaty|agreement|accord|deal)|treaty of peace(?!,? (?:and )?friendship)|(?:agreement|accord) for peace|normali[sz]ation|ceasefire|cease-fire|armistice',
      ),
    ],
  },
};
