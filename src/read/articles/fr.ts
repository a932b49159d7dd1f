// French article references ("l'article 4", "l’article 4", "article premier", "articles 3 et 4",
// "paragraphe 2 de l'article 4", "le quatrième article", "l'article quatre", "l'article XIV", "article Ier");
// "de la Charte des Nations unies", "du TNP" and "le traité de Rio, dont l'article 3…" are other instruments.
import {
  ACRONYM,
  type ArticleLanguage,
  alternation,
  capitalizedWord,
  lastIndex,
  otherCounterpart,
  possessorWords,
  properTopic,
  ROMAN_TOKEN,
  readList,
  romanValue,
  titleUses,
  wordValues,
  YEAR,
} from './common.ts';

const ARTICLE = String.raw`(?<!\p{L})(?:l['’]\s*)?articles?\s+`;
const SEP = String.raw`\s*(?:,\s*(?:et\s+)?|et\s+|ou\s+|à\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:et\s+)?|et\s+|ou\s+|à\s+|[-–—]\s*)/giu;
const RANGE_RE = /à|[-–—]/iu;
const NUMBER = String.raw`(?:\d{1,3}(?!\d|[.,]\d)|premier|1er)`;
const readFr = (t: string) => (/premier|1er/i.test(t) ? 1 : Number(t.trim()) || null);
/** Roman numerals, with "Ier" for the first article as French official texts print it. */
const ROMAN = `(?:Ier(?!\\p{L})|${ROMAN_TOKEN})`;
const readRomanFr = (t: string) => (t.trim() === 'Ier' ? 1 : romanValue(t));
/** Cardinals for "l'article quatre"; not "un", which is far more often the indefinite article. */
const CARDINALS = wordValues([
  null,
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
  'vingt',
]);
const CARDINAL = `(?:${alternation(CARDINALS.keys())})(?![\\p{L}-])`;
const readCardinalFr = (t: string) => CARDINALS.get(t.trim().toLowerCase().replace(/\s+/g, '-')) ?? null;

const ORDINALS = [
  'premier',
  'deuxième',
  'troisième',
  'quatrième',
  'cinquième',
  'sixième',
  'septième',
  'huitième',
  'neuvième',
  'dixième',
  'onzième',
  'douzième',
  'treizième',
  'quatorzième',
  'quinzième',
  'seizième',
  'dix-septième',
  'dix-huitième',
  'dix-neuvième',
  'vingtième',
];
const ORDINAL = `(${[...ORDINALS, 'second'].sort((a, b) => b.length - a.length).join('|')})`;
const ordinalValue = (w: string) => (w.toLowerCase() === 'second' ? 2 : ORDINALS.indexOf(w.toLowerCase()) + 1 || null);

/** "du traité", "de l'accord": the agreement under discussion. */
const GENERIC_HEAD = /^(?:traité|accord|pacte|document|protocole|mémorandum|convention)s?$/iu;
/** Charters, constitutions, conventions and laws are never the agreement itself. */
const OTHER_HEAD = /^(?:charte|constitution|statut|code|loi|déclaration|résolution)s?$/iu;

function words(tail: string): string[] {
  const cut = tail.search(/[,;:()"«»!?\n]|\.(?:\s|$)/u);
  return (cut < 0 ? tail : tail.slice(0, cut)).replace(/['’]/g, "' ").split(/\s+/).filter(Boolean).slice(0, 12);
}

/** What introduces a possessor's reference: "le traité de Rio, dont l'article 3…". */
const RELATIVE = /,\s*dont\s+$/iu;
/** Words that set a possessor against the agreement under discussion: "Contrairement au traité de Rio, dont…". */
const CONTRAST = /^(?:contrairement|différence|opposition|comparaison)$/iu;
const isHead = (x: string) => GENERIC_HEAD.test(x) || OTHER_HEAD.test(x);
/** Adjectives of a region or its organisation, which French writes after the noun and in lower case. */
const REGION = /^(?:europ|afric|améric|interaméric|asiat|arab|atlant|nordiq|baltiq|méditerran|pacifiq|andin)\p{L}*$/iu;

/** "l'article 51 de la Charte des Nations unies" → "la Charte des Nations unies"; "l'article 5 du traité" → null. */
export function instrumentAfterFr(tail: string, title: string | null = null): string | null {
  const det = /^\s+(?:de\s+la|de\s+l['’]|du|des|de\s+ce|de\s+cet|de\s+cette)\s*/iu.exec(tail);
  if (!det || /\b(?:ce|cet|cette)\b/i.test(det[0])) return null;
  const w = words(tail.slice(det[0].length));
  if (/^(?:présent|présente)$/i.test(w[0] ?? '')) return null;
  const head = w.slice(0, 3).findIndex(isHead);
  if (head < 0) return ACRONYM.test(w[0] ?? '') && !titleUses([w[0].toLowerCase()], title) ? w[0] : null; // "du TNP", "de l'OTAN"
  return namedFr(w, head, title);
}

/** Judges the words of a noun phrase whose instrument noun is `w[head]`: a named or dated instrument, or this one. */
function namedFr(w: string[], head: number, title: string | null): string | null {
  const name = w
    .slice(0, head + 4)
    .join(' ')
    .replace(/' /g, "'");
  if (OTHER_HEAD.test(w[head])) return name;
  const after = w.slice(head + 1);
  // A region's instrument, by its adjective: "la Convention européenne des droits de l'homme", "la Charte africaine".
  if (REGION.test(after[0] ?? '') && !titleUses([after[0].toLowerCase()], title)) return name;
  // "du traité de 1961", "de l'accord du 22 septembre 2009", "du traité de Washington", "du traité de l'Atlantique Nord"
  const of = /^(?:de|du|d'|des)$/i.test(after[0] ?? '') ? after.slice(/^l'$/i.test(after[1] ?? '') ? 2 : 1, 4) : [];
  if (of.some((x) => YEAR.test(x)) || w.slice(0, head).some((x) => YEAR.test(x))) return name;
  // "du traité sur l'Union européenne", not "de l'accord sur la pêche entre la Norvège et l'Islande"
  const topic = /^(?:sur|relatif|relative|portant)$/iu.test(after[0] ?? '') ? properTopic(after.slice(1), /^entre$/iu, capitalizedWord) : 0;
  if (topic)
    return w
      .slice(0, head + 2 + topic)
      .join(' ')
      .replace(/' /g, "'");
  const proper = [...w.slice(0, head), ...of].filter((x) => /^\p{Lu}/u.test(x));
  return proper.length &&
    !titleUses(
      proper.map((x) => x.toLowerCase()),
      title,
    )
    ? name
    : null;
}

/** "Contrairement au traité de Rio, dont l'article 3…" → "traité de Rio"; "Le traité, dont l'article 4…" → null. */
function instrumentBeforeFr(head: string, title: string | null): string | null {
  const found = possessorWords(head, RELATIVE);
  if (!found) return null;
  const w = found.join(' ').replace(/['’]/g, "' ").split(/\s+/);
  const h = lastIndex(w, isHead);
  if (h < 0) return ACRONYM.test(w[w.length - 1]) ? w[w.length - 1] : null;
  if (/^(?:ce|cet|cette|présent|présente)$/iu.test(w[h - 1] ?? '')) return null;
  const phrase = w.slice(h);
  if (w.slice(0, h).some((x) => CONTRAST.test(x)) || phrase.some((x) => YEAR.test(x)) || otherCounterpart(phrase, title, 'fr'))
    return phrase.join(' ').replace(/' /g, "'");
  return namedFr(phrase, 0, title);
}

export const fr: ArticleLanguage = {
  name: 'fr',
  cue: /article/iu,
  rules: [
    {
      name: 'paragraphe-de-article',
      pattern: new RegExp(String.raw`(?<!\p{L})(?:paragraphe|alinéa|point)\s+(\d{1,2})\s+de\s+${ARTICLE}(${NUMBER})`, 'giu'),
      read: (m) => ({ numbers: [readFr(m[2]) ?? 0].filter((n) => n > 0), paragraph: Number(m[1]) }),
    },
    {
      name: 'article-number',
      pattern: new RegExp(String.raw`${ARTICLE}(${NUMBER})(?:,?\s*(?:paragraphe|alinéa)\s*(\d{1,2}))?((?:${SEP}${NUMBER})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[3], SEP_RE, RANGE_RE, readFr).filter((n) => n > 0), paragraph: Number(m[2]) || null }),
    },
    {
      name: 'article-roman',
      pattern: new RegExp(String.raw`${ARTICLE}(${ROMAN})((?:${SEP}${ROMAN})*)`, 'giu'),
      // A bare "article I" is English ("the article I wrote"); French writes "l'article Ier" or "l'article I".
      read: (m) => (m[1] === 'I' && !m[2] && !/^l/i.test(m[0]) ? null : { numbers: readList(m[1] + m[2], SEP_RE, RANGE_RE, readRomanFr) }),
    },
    {
      name: 'article-word',
      pattern: new RegExp(String.raw`${ARTICLE}(${CARDINAL})((?:${SEP}${CARDINAL})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[2], SEP_RE, RANGE_RE, readCardinalFr) }),
    },
    {
      name: 'ordinal-article',
      pattern: new RegExp(String.raw`(?<!\p{L})(?:le|la|un|une|son|du|au)\s+${ORDINAL}\s+article`, 'giu'),
      read: (m) => {
        const n = ordinalValue(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
  ],
  instrumentAfter: instrumentAfterFr,
  instrumentBefore: instrumentBeforeFr,
  // "Le même article…", "Cet article…", "En vertu du même article…"
  continuation:
    /^[\s"«(]*(?:(?:Le même|Cet|Ledit)\s+article|(?:En vertu|Aux termes|Selon les termes)\s+(?:du même|de cet|dudit)\s+article|Il\s+(?:prévoit|stipule|dispose|précise)\s+(?:également|aussi|en outre)?)/iu,
};
