// Spanish article references ("artículo 4", "el Artículo 9", "art. 5", "los artículos 3 y 4", "apartado 2 del artículo 4",
// "el artículo cuarto", "el cuarto artículo", "el artículo cuatro", "artículo XIV"); "del Tratado del Atlántico Norte",
// "de la Carta de las Naciones Unidas", "del TNP" and "el Tratado de Río, cuyo artículo 3…" are other instruments.
import {
  ACRONYM,
  type ArticleLanguage,
  alternation,
  lastIndex,
  otherCounterpart,
  possessorWords,
  ROMAN_TOKEN,
  readList,
  romanValue,
  titleUses,
  wordValues,
  YEAR,
} from './common.ts';

const ARTICLE = String.raw`(?<!\p{L})(?:art[íi]culos?|arts?\.)\s*`;
/** Between two numbers of a list: "3, 4 y 5", "3 a 5", "3 al 5", "3–5" ("e" and "u" before i- and o- sounds). */
const SEP = String.raw`\s*(?:,\s*(?:[ye]\s+)?|[yeou]\s+|al?\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:[ye]\s+)?|[yeou]\s+|al?\s+|[-–—]\s*)/giu;
const RANGE_RE = /^\s*al?\s|[-–—]/iu;
const NUMBER = String.raw`\d{1,3}(?!\d|[.,]\d)`;
const PARAGRAPH = String.raw`(?:apartado|párrafo|parrafo|inciso|numeral|punto)`;

/** Ordinals by value, masculine (artículo is masculine), with the shortened "primer"/"tercer" before the noun. */
const ORDINALS = wordValues([
  'primero',
  'segundo',
  'tercero',
  'cuarto',
  'quinto',
  'sexto',
  'séptimo',
  'octavo',
  'noveno',
  'décimo',
  'undécimo',
  'duodécimo',
  'decimotercero',
  'decimocuarto',
  'decimoquinto',
  'decimosexto',
  'decimoséptimo',
  'decimoctavo',
  'decimonoveno',
  'vigésimo',
]);
const ORDINAL_VARIANTS = new Map([
  ['primer', 1],
  ['tercer', 3],
  ['sétimo', 7],
  ['décimo primero', 11],
  ['decimoprimero', 11],
  ['décimo segundo', 12],
  ['decimosegundo', 12],
  ['décimo tercero', 13],
  ['décimo cuarto', 14],
  ['décimo quinto', 15],
  ['décimo sexto', 16],
  ['décimo séptimo', 17],
  ['décimo octavo', 18],
  ['décimo noveno', 19],
]);
const ORDINAL = `(?:${alternation([...ORDINALS.keys(), ...ORDINAL_VARIANTS.keys()])})(?!\\p{L})`;
const readOrdinal = (t: string) => {
  const w = t.trim().toLowerCase().replace(/\s+/g, ' ');
  return ORDINALS.get(w) ?? ORDINAL_VARIANTS.get(w) ?? null;
};
/** Cardinals for "el artículo cuatro"; not "uno" ("artículo uno de los…" is rarely an article number). */
const CARDINALS = wordValues([
  null,
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
]);
const CARDINAL = `(?:${alternation(CARDINALS.keys())})(?!\\p{L})`;
const readCardinal = (t: string) => CARDINALS.get(t.trim().toLowerCase()) ?? null;
/** "el cuarto artículo", "su tercer artículo": an ordinal before the noun needs a determiner. */
const DETERMINER_BEFORE_ORDINAL = String.raw`(?<!\p{L})(?:el|del|al|un|su|este|ese)\s+`;

/** "del tratado", "del acuerdo": the agreement under discussion. */
const GENERIC_HEAD = /^(?:tratado|acuerdo|pacto|convenio|documento|protocolo|memorando|memorándum|texto|convención)s?$/iu;
/** Charters, constitutions, conventions and laws are never the agreement itself. */
const OTHER_HEAD = /^(?:carta|constitución|estatuto|código|ley|declaración|resolución)(?:es|s)?$/iu;
const isHead = (x: string) => GENERIC_HEAD.test(x) || OTHER_HEAD.test(x);
/** "del presente tratado", "de este acuerdo", "del citado pacto": the text itself. */
const SELF = /^(?:presente|mismo|citado|dicho|este|esta|referido)$/iu;
/** What introduces a possessor's reference: "el Tratado de Río, cuyo artículo 3…". */
const RELATIVE = /,\s*cuy[oa]s?\s+$/iu;
/** Words that set a possessor against the agreement under discussion: "A diferencia del Tratado de Río, cuyo…". */
const CONTRAST = /^(?:diferencia|contraste|contrario|comparación)$/iu;

function words(tail: string): string[] {
  const cut = tail.search(/[,;:()"«»“”!?\n]|\.(?:\s|$)/u);
  return (cut < 0 ? tail : tail.slice(0, cut)).split(/\s+/).filter(Boolean).slice(0, 10);
}

/** "el artículo 51 de la Carta de las Naciones Unidas" → "Carta de las Naciones Unidas"; "del tratado" → null (ours). */
export function instrumentAfterEs(tail: string, title: string | null): string | null {
  const det = /^\s*,?\s+(?:del|de\s+(?:la|las|los|el)|de)\s+/iu.exec(tail);
  if (!det) return null;
  const w = words(tail.slice(det[0].length));
  if (SELF.test(w[0] ?? '')) return null;
  const head = w.slice(0, 2).findIndex(isHead);
  if (head < 0) return ACRONYM.test(w[0] ?? '') && !titleUses([w[0].toLowerCase()], title) ? w[0] : null; // "de la OTAN", "del TNP"
  return namedEs(w, head, title);
}

/** Judges the words of a noun phrase whose instrument noun is `w[head]`: a named or dated instrument, or this one. */
function namedEs(w: string[], head: number, title: string | null): string | null {
  if (head > 0 && SELF.test(w[head - 1])) return null;
  let end = head + 1;
  // A name follows the noun: "Tratado Antártico", "Tratado del Atlántico Norte", "Tratado de Río", "tratado de 1967".
  while (end < w.length && end < head + 6 && (/^(?:\p{Lu}|\d)/u.test(w[end]) || /^(?:de|del|la|las|los|el|sobre|y)$/iu.test(w[end]))) end++;
  while (end > head + 1 && /^(?:de|del|la|las|los|el|sobre|y)$/iu.test(w[end - 1])) end--;
  const name = w.slice(0, end).join(' ');
  if (OTHER_HEAD.test(w[head])) return w.slice(0, Math.max(end, head + 4)).join(' ');
  const named = w.slice(0, end).filter((x, i) => i !== head);
  if (named.some((x) => YEAR.test(x))) return name;
  const proper = named.filter((x) => /^\p{Lu}/u.test(x));
  return proper.length &&
    !titleUses(
      proper.map((x) => x.toLowerCase()),
      title,
    )
    ? name
    : null;
}

/** "A diferencia del Tratado de Río, cuyo artículo 3…" → "Tratado de Río"; "El acuerdo, cuyo artículo 4…" → null. */
function instrumentBeforeEs(head: string, title: string | null): string | null {
  const w = possessorWords(head, RELATIVE);
  if (!w) return null;
  const h = lastIndex(w, isHead);
  if (h < 0) return ACRONYM.test(w[w.length - 1]) ? w[w.length - 1] : null;
  if (SELF.test(w[h - 1] ?? '')) return null;
  const phrase = w.slice(h);
  if (w.slice(0, h).some((x) => CONTRAST.test(x)) || phrase.some((x) => YEAR.test(x)) || otherCounterpart(phrase, title, 'es')) return phrase.join(' ');
  return namedEs(phrase, 0, title);
}

export const es: ArticleLanguage = {
  name: 'es',
  cue: /art[íi]culo|arts?\./iu,
  rules: [
    {
      name: 'apartado-del-articulo',
      pattern: new RegExp(String.raw`(?<!\p{L})${PARAGRAPH}\s+(\d{1,2})\s+del\s+${ARTICLE}(${NUMBER}|${ROMAN_TOKEN})`, 'giu'),
      read: (m) => {
        const n = Number(m[2]) || romanValue(m[2]);
        return n ? { numbers: [n], paragraph: Number(m[1]) } : null;
      },
    },
    {
      name: 'articulo-number',
      pattern: new RegExp(String.raw`${ARTICLE}(${NUMBER})(?:,?\s*${PARAGRAPH}\s*(\d{1,2}))?((?:${SEP}${NUMBER})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[3], SEP_RE, RANGE_RE).filter((n) => n > 0), paragraph: Number(m[2]) || null }),
    },
    {
      name: 'articulo-roman',
      pattern: new RegExp(String.raw`${ARTICLE}(${ROMAN_TOKEN})((?:${SEP}${ROMAN_TOKEN})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[2], SEP_RE, RANGE_RE, romanValue) }),
    },
    {
      // Not an ordinal that belongs to the next noun: "el artículo segundo párrafo".
      name: 'articulo-ordinal',
      pattern: new RegExp(String.raw`${ARTICLE}(${ORDINAL})(?!\s+(?:párrafo|apartado|capítulo|inciso))`, 'giu'),
      read: (m) => {
        const n = readOrdinal(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
    {
      name: 'articulo-word',
      pattern: new RegExp(String.raw`${ARTICLE}(${CARDINAL})((?:${SEP}${CARDINAL})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[2], SEP_RE, RANGE_RE, readCardinal) }),
    },
    {
      name: 'ordinal-articulo',
      pattern: new RegExp(String.raw`${DETERMINER_BEFORE_ORDINAL}(${ORDINAL})\s+artículo(?!\p{L})`, 'giu'),
      read: (m) => {
        const n = readOrdinal(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
  ],
  instrumentAfter: instrumentAfterEs,
  instrumentBefore: instrumentBeforeEs,
  // "El mismo artículo…", "Dicho artículo…", "Este artículo…", "En virtud del mismo artículo…", "Según ese artículo…"
  continuation:
    /^[\s"«“(]*(?:(?:Además|Asimismo|También),?\s+)?(?:(?:El\s+mismo|Dicho|Este|Ese|El\s+citado|El\s+referido)\s+artículo|(?:En\s+virtud\s+del|Según\s+el|Conforme\s+al|De\s+acuerdo\s+con\s+el|Con\s+arreglo\s+al)\s+(?:mismo|citado|referido)\s+artículo|(?:Según|Conforme\s+a)\s+(?:ese|este|dicho)\s+artículo)(?!\p{L})/iu,
};
