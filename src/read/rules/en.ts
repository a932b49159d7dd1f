// English date rules: "shall enter into force on the thirtieth day after the exchange of instruments", "90 days
// after the deposit of the fiftieth instrument", "on the first day of the second month following", "for each
// State ratifying thereafter … after the deposit of its instrument", "withdrawal takes effect twelve months after
// notification", "notice six months before the expiry".
import type { NumberWord, RuleLanguage } from './types.ts';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TENS: [string, string, number][] = [
  ['twenty', 'twentieth', 20],
  ['thirty', 'thirtieth', 30],
  ['forty', 'fortieth', 40],
  ['fifty', 'fiftieth', 50],
  ['sixty', 'sixtieth', 60],
  ['seventy', 'seventieth', 70],
  ['eighty', 'eightieth', 80],
  ['ninety', 'ninetieth', 90],
];
const TEENS: [string, string, number][] = [
  ['ten', 'tenth', 10],
  ['eleven', 'eleventh', 11],
  ['twelve', 'twelfth', 12],
  ['fifteen', 'fifteenth', 15],
  ['hundred', 'hundredth', 100],
];

/** "twenty-five", "forty-fifth": the tens with their units, hyphenated or not. */
const compounds = (ordinal: boolean): NumberWord[] =>
  TENS.flatMap(([t, tth, n]) => [
    [ordinal ? tth : t, n] as NumberWord,
    ...(ordinal ? UNIT_ORDINALS : UNITS).map((u, i) => [`${t}[-\\s]${u}`, n + i + 1] as NumberWord),
  ]);

export const en: RuleLanguage = {
  prefilter: /force|effect|withdraw|denunciation|terminat|notice|notif|expir|threshold|instrument|ratif/i,
  cardinals: [
    ['a', 1],
    ['one', 1],
    ...UNITS.slice(1).map((u, i) => [u, i + 2] as NumberWord),
    ...TEENS.map(([w, , n]) => [w, n] as NumberWord),
    ...compounds(false),
  ],
  ordinals: [...UNIT_ORDINALS.map((u, i) => [u, i + 1] as NumberWord), ...TEENS.map(([, w, n]) => [w, n] as NumberWord), ...compounds(true)],
  ordinalSuffix: 'st|nd|rd|th',
  units: [
    ['days?', 'day'],
    ['months?', 'month'],
    ['years?', 'year'],
  ],
  entry: String.raw`\b(?:enter(?:s|ed|ing)?\s+into\s+force|(?:come|comes|came|coming)\s+into\s+force|(?:take|takes|took|taking)\s+effect|entry\s+into\s+force)\b`,
  withdrawal: String.raw`\b(?:withdrawal|withdraw|denunciation|termination|terminate)\b`,
  effect: String.raw`\b(?:take|takes|took|taking)\s+effect|\beffective\b`,
  notice: String.raw`\b(?:notic\w*|notif\w*)`,
  offsets: {
    dayOrdinal: [String.raw`(?:on\s+)?the\s+{ORD}\s+day\s+(?:after|following|from)\b`],
    units: [String.raw`{NUM}\s+(?:calendar\s+|full\s+)?{UNIT}\s+(?:after|following|from)\b`],
    firstOfMonth: [String.raw`the\s+first\s+day\s+of\s+the\s+(?:(?<next>next|following)\s+|{ORD}\s+)?(?:calendar\s+)?month\s+(?:after|following)\b`],
    sameDay: [
      String.raw`\b(?:on|from)\s+the\s+(?:date|day)\s+of\b`,
      String.raw`\bupon\b`,
      String.raw`\bon\s+the\s+date\s+(?:on\s+which|when)\b`,
      String.raw`\bon(?=\s+(?:its\s+)?signature\b)`,
    ],
    beforeExpiry: [String.raw`{NUM}\s+{UNIT}\s+(?:before|prior\s+to)\s+(?:the\s+)?(?:expiry|expiration|end)\b`],
    noticePeriod: [String.raw`(?:on|with|by\s+giving)\s+{NUM}\s+{UNIT}['’]?\s+(?:written\s+|prior\s+)?notice\b`],
  },
  triggers: {
    exchange: [String.raw`\bexchang\w*`],
    signature: [String.raw`\b(?:signature|signing|signed)\b`],
    notification: [String.raw`\b(?:notifications?|notes?|notice)\b`, String.raw`\bnotif(?:y|ies)\b`],
    threshold: [String.raw`\b{NUM}\s+(?:[\p{L}-]+\s+){0,2}?(?:instruments?|ratifications?|States|Parties|countries|members|accessions)\b`],
    'own-deposit': [
      String.raw`\b(?:its|their)\s+(?:own\s+)?(?:instrument|deposit)\b`,
      String.raw`\bdeposit\s+by\s+(?:such|that|the)\s+(?:State|country|Party)\b`,
    ],
  },
  eachLater: String.raw`\bfor\s+(?:each|every|any)\s+(?:State|country|Party|signatory)\b|\bthereafter\b`,
  conditional: String.raw`\baccounting\s+for\b|\brepresenting\b|\bper\s*cent\b|%|\bincluding\s+at\s+least\b`,
  approximate: String.raw`\b(?:about|around|approximately|roughly|some|nearly|almost|within|up\s+to|no\s+later\s+than|not\s+later\s+than|less\s+than|more\s+than|over|under)(?:\s+(?:a|the))?`,
  nth: [String.raw`\b{ORD}\s+(?:[\p{L}-]+\s+){0,2}?(?:instrument|ratification|accession|state|country|nation|party|member|signatory)\b`],
  thresholdReached: [
    String.raw`\bthreshold\s+(?:[\p{L}-]+\s+){0,4}?(?:was|had\s+been|has\s+been)\s+(?:reached|met|crossed|passed)\b`,
    String.raw`\b(?:reached|crossed|met|passed)\s+the\s+threshold\b`,
  ],
  future: String.raw`\b(?:expected|will|would|could|might|plans?|set\s+to|likely|hopes?|aims?)\b`,
};
