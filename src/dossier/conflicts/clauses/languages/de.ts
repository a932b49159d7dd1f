// German clause words. Numbers are written as one word ("hundertachtzig", "fünfundfünfzigsten"): read by
// numberOf, part by part. German capitalises every noun, so a capital says nothing of a name.
import type { ClauseWords } from './types.ts';

const UNITS: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };
/** Ordinal stems that are not the cardinal ("dritte", "siebte", "erste"). */
const IRREGULAR: Record<string, number> = { erst: 1, zweit: 2, dritt: 3, siebt: 7 };
/** Ordinal and inflection endings, longest first: "dreißigsten", "zweiten", "dritten", "achte". */
const ENDINGS = ['sten', 'ster', 'stes', 'stem', 'ste', 'ten', 'ter', 'tes', 'tem', 'te', 'en', 'er', 'es', 'em', 'e'];

/** "ein", "einund-" and "einhundert" only inside a compound: alone, "ein" is the article. */
function cardinal(w: string): number | null {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const hundred = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert(.*)$/.exec(w);
  if (hundred) {
    const rest = hundred[2] ? cardinal(hundred[2]) : 0;
    return rest === null ? null : (hundred[1] ? (UNITS[hundred[1]] ?? 1) : 1) * 100 + rest;
  }
  const compound = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\p{L}+)$/u.exec(w);
  if (compound && compound[2] in TENS) return (UNITS[compound[1]] ?? 1) + TENS[compound[2]];
  return null;
}

function numberOf(word: string): number | null {
  const found = cardinal(word);
  if (found !== null) return found;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const value = IRREGULAR[stem] ?? (stem.length > 2 ? cardinal(stem) : null);
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/** Word starts naming what clauses are about (../concepts.ts). */
const CONCEPTS: ClauseWords['concepts'] = {
  'entry-into-force': ['in kraft', 'inkraft'],
  ratification: ['ratifi'],
  deposit: ['hinterleg'],
  withdrawal: ['austritt', 'austret', 'kündig', 'rücktritt'],
  duration: ['laufzeit', 'dauer', 'unbefristet', 'unbegrenzt'],
  renewal: ['verlänger', 'erneuer'],
  amendment: ['änderung', 'abänder'],
  notice: ['notifi', 'benachrichtig', 'mitteilung'],
  dispute: ['streit'],
  arbitration: ['schieds'],
  territory: ['gebiet', 'territor'],
  border: ['grenz'],
  forces: ['streitkräfte', 'truppe', 'soldat', 'militär', 'armee'],
  exercises: ['übung', 'manöver'],
  training: ['ausbildung', 'training', 'trainier'],
  disaster: ['katastroph'],
  rescue: ['rettung', 'bergung'],
  activities: ['aktivität', 'tätigkeit'],
  cooperation: ['zusammenarbeit', 'kooperat'],
  joint: ['gemeinsam'],
  holy: ['heilig'],
  muslim: ['muslim', 'islam'],
  christian: ['christ', 'kirche'],
  jewish: ['jüdisch', 'juden'],
  role: ['rolle'],
  special: ['besonder', 'speziell'],
  navigation: ['schifffahrt', 'schiffahrt', 'navigation', 'durchfahrt'],
  fishing: ['fisch'],
  vessels: ['schiff', 'boot'],
  freedom: ['freiheit', 'frei'],
  meeting: ['treffen', 'tagung', 'sitzung', 'zusammenkunft', 'versammlung'],
  year: ['jahr', 'jährlich'],
  month: ['monat'],
  water: ['wasser'],
  river: ['fluss', 'flüsse'],
  assistance: ['hilfe', 'unterstütz', 'beistand'],
  victims: ['opfer'],
  weapons: ['waffe', 'rüstung'],
  nuclear: ['nuklear', 'atom', 'kernwaff'],
  jurisdiction: ['gerichtsbarkeit', 'zuständigkeit'],
  criminal: ['straf', 'verbrechen'],
  customs: ['zoll'],
  attack: ['angriff', 'aggression', 'überfall'],
  defence: ['verteidig', 'abwehr'],
  termination: ['beend', 'außer kraft', 'aufheb', 'auflös'],
  status: ['status'],
  change: ['ändern', 'veränder'],
  consent: ['zustimmung', 'einwillig', 'einverständ'],
  majority: ['mehrheit'],
  population: ['bevölkerung', 'einwohner', 'volk', 'bewohner'],
  conference: ['konferenz'],
  commission: ['kommission', 'ausschuss'],
  mechanism: ['mechanismus', 'mechanismen'],
  development: ['entwickl'],
  industrial: ['industrie'],
  finance: ['finanz', 'fonds', 'bezahl', 'zahlt'],
  projects: ['projekt', 'vorhaben'],
  emissions: ['emission', 'ausstoß'],
  clean: ['sauber', 'umweltverträglich', 'umweltgerecht'],
  energy: ['energie', 'kraftwerk'],
  trade: ['handel$', 'handels'],
  security: ['sicherheit'],
  sovereignty: ['souverän', 'hoheit'],
  police: ['polizei'],
  courts: ['gericht', 'justiz', 'richter'],
  consultation: ['konsult', 'beratung', 'berät', 'beraten'],
  inspection: ['inspekt', 'kontroll', 'verifi'],
  reduction: ['reduz', 'senk', 'verringer', 'begrenz', 'minder'],
  day: ['tag', 'tage$', 'tagen$'],
  instrument: ['urkunde', 'instrument'],
};

export const de: ClauseWords = {
  concepts: CONCEPTS,
  compounds: true,
  stop: [
    'aber',
    'alle',
    'also',
    'auch',
    'beide',
    'beiden',
    'beider',
    'dass',
    'denen',
    'deren',
    'dessen',
    'diese',
    'diesem',
    'diesen',
    'dieser',
    'durch',
    'eine',
    'einem',
    'einen',
    'einer',
    'gegen',
    'jede',
    'jeder',
    'jedes',
    'nach',
    'nicht',
    'oder',
    'ohne',
    'seine',
    'seiner',
    'sowie',
    'über',
    'unter',
    'während',
    'werden',
    'wird',
    'zwischen',
    'abkommen',
    'artikel',
    'klausel',
    'konvention',
    'pakt',
    'protokoll',
    'übereinkommen',
    'vertrag',
    'vertrags',
    'vertrages',
    'vereinbarung',
    'text',
    'bestimmung',
    'bestimmungen',
    'absatz',
    'partei',
    'parteien',
    'vertragspartei',
    'vertragsparteien',
    'seite',
    'seiten',
    'staat',
    'staaten',
    'land',
    'länder',
    'ländern',
    'regierung',
    'regierungen',
    'unterzeichner',
    'erlaubt',
    'garantiert',
    'legt',
    'regelt',
    'schafft',
    'sieht',
    'verpflichtet',
    'bestimmt',
    'heißt',
    'besagt',
  ],
  numbers: {},
  numberOf,
};
