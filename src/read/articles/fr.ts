// French article references ("l'article 4", "l’article 4", "article premier", "articles 3 et 4",
// "paragraphe 2 de l'article 4", "le quatrième article"); "de la Charte des Nations unies" is another instrument.
import { YEAR, readList, type ArticleLanguage } from './common.ts';

const ARTICLE = String.raw`(?<!\p{L})(?:l['’]\s*)?articles?\s+`;
const SEP = String.raw`\s*(?:,\s*(?:et\s+)?|et\s+|ou\s+|à\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:et\s+)?|et\s+|ou\s+|à\s+|[-–—]\s*)/giu;
const RANGE_RE = /à|[-–—]/iu;
const NUMBER = String.raw`(?:\d{1,3}(?!\d|[.,]\d)|premier|1er)`;
const readFr = (t: string) => (/premier|1er/i.test(t) ? 1 : Number(t.trim()) || null);

const ORDINALS = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième'];
const ORDINAL = `(${[...ORDINALS, 'second'].sort((a, b) => b.length - a.length).join('|')})`;
const ordinalValue = (w: string) => (w.toLowerCase() === 'second' ? 2 : ORDINALS.indexOf(w.toLowerCase()) + 1 || null);

/** "du traité", "de l'accord": the agreement under discussion. */
const GENERIC_HEAD = /^(?:traité|accord|pacte|document|protocole|mémorandum)s?$/iu;
/** Charters, constitutions, conventions and laws are never the agreement itself. */
const OTHER_HEAD = /^(?:charte|constitution|convention|statut|code|loi|déclaration|résolution)s?$/iu;

function words(tail: string): string[] {
  const cut = tail.search(/[,;:()"«»!?\n]|\.(?:\s|$)/u);
  return (cut < 0 ? tail : tail.slice(0, cut)).replace(/['’]/g, "' ").split(/\s+/).filter(Boolean).slice(0, 10);
}

/** "l'article 51 de la Charte des Nations unies" → "la Charte des Nations unies"; "l'article 5 du traité" → null. */
export function instrumentAfterFr(tail: string): string | null {
  const det = /^\s+(?:de\s+la|de\s+l['’]|du|des|de\s+ce|de\s+cet|de\s+cette)\s*/iu.exec(tail);
  if (!det) return null;
  if (/\bce|cet|cette\b/i.test(det[0])) return null;
  const w = words(tail.slice(det[0].length));
  if (/^(?:présent|présente)$/i.test(w[0] ?? '')) return null;
  const head = w.slice(0, 3).findIndex((x) => GENERIC_HEAD.test(x) || OTHER_HEAD.test(x));
  if (head < 0) return null;
  const name = w.slice(0, head + 4).join(' ');
  if (OTHER_HEAD.test(w[head])) return name;
  const after = w.slice(head + 1);
  // "du traité de 1961", "de l'accord du 22 septembre 2009", "du traité de Washington"
  if (/^(?:de|du|d')$/i.test(after[0] ?? '') && (after.slice(1, 4).some((x) => YEAR.test(x)) || /^\p{Lu}/u.test(after[1] ?? '') || /^l'$/i.test(after[1] ?? ''))) return name;
  return w.slice(0, head).some((x) => YEAR.test(x) || /^\p{Lu}/u.test(x)) ? name : null;
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
      name: 'ordinal-article',
      pattern: new RegExp(String.raw`(?<!\p{L})(?:le|la|un|une|son|du|au)\s+${ORDINAL}\s+article`, 'giu'),
      read: (m) => {
        const n = ordinalValue(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
  ],
  instrumentAfter: instrumentAfterFr,
  // "Le même article…", "Cet article…", "En vertu du même article…"
  continuation: /^[\s"«(]*(?:(?:Le même|Cet|Ledit)\s+article|(?:En vertu|Aux termes|Selon les termes)\s+(?:du même|de cet|dudit)\s+article|Il\s+(?:prévoit|stipule|dispose|précise)\s+(?:également|aussi|en outre)?)/iu,
};
