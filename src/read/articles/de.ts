// German article references ("Artikel 4", "Art. 4", "nach Artikel 12", "Artikel 4 Absatz 2", "der vierte Artikel");
// "Artikel 5 des Abkommens von 2009" and "Artikel 51 der UN-Charta" belong to other instruments.
import { YEAR, readList, type ArticleLanguage } from './common.ts';

const ARTICLE = String.raw`\b(?:Artikel[ns]?|Art\.)\s*`;
const SEP = String.raw`\s*(?:,\s*(?:und\s+)?|und\s+|oder\s+|bis\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:und\s+)?|und\s+|oder\s+|bis\s+|[-–—]\s*)/giu;
const RANGE_RE = /bis|[-–—]/iu;
const NUMBER = String.raw`\d{1,3}(?!\d|[.,]\d)`;

/** Ordinal stems by value: "im vierten Artikel" → 4. */
const ORDINAL_STEMS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'sieb(?:en)?t', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft', 'dreizehnt', 'vierzehnt', 'fünfzehnt', 'sechzehnt', 'siebzehnt', 'achtzehnt', 'neunzehnt', 'zwanzigst'];
const ORDINAL = `(${[...ORDINAL_STEMS].sort((a, b) => b.length - a.length).join('|')})(?:e|en|er|es|em)`;
const ordinalValue = (stem: string) => ORDINAL_STEMS.findIndex((s) => new RegExp(`^${s}$`, 'iu').test(stem)) + 1 || null;

/** Generic instrument nouns (genitive); exactly these words after "des" mean the agreement under discussion. */
const GENERIC_HEAD = /^(?:vertrag(?:e)?s|abkommens|pakt(?:e)?s|übereinkommens|dokument(?:e)?s|protokolls)$/iu;
/** The same nouns as the end of a compound ("Nordatlantikvertrags"): a named instrument. */
const COMPOUND_HEAD = /(?:vertrag(?:e)?s|abkommens|pakt(?:e)?s|übereinkommens)$/iu;
/** Charters, constitutions, conventions and laws are never the agreement itself. */
const OTHER_HEAD = /(?:charta|satzung|verfassung|grundgesetze?s|konvention|statuts|gesetze?s|kodex|erklärung|resolution)$/iu;

function words(tail: string): string[] {
  const cut = tail.search(/[,;:()"„“«»!?\n]|(?<!\d)\.(?:\s|$)/u);
  return (cut < 0 ? tail : tail.slice(0, cut)).split(/\s+/).filter(Boolean).slice(0, 10);
}

/** "Artikel 5 des Abkommens von 2009" → "des Abkommens von 2009"; "Artikel 5 des Vertrags" → null (ours). */
export function instrumentAfterDe(tail: string, title: string | null): string | null {
  const det = /^\s+(des|der|dieses|eines|einer)\s/iu.exec(tail);
  if (!det) return null;
  if (/^dieses$/i.test(det[1])) return null;
  const w = words(tail);
  const head = w.slice(1, 4).findIndex((x) => COMPOUND_HEAD.test(x) || OTHER_HEAD.test(x)) + 1;
  if (head < 1) return null;
  const name = w.slice(0, head + 1).join(' ');
  if (OTHER_HEAD.test(w[head])) return w.slice(0, head + 4).join(' ');
  const after = w.slice(head + 1, head + 6);
  // "von 2009", "vom 22. September 2009", "aus dem Jahr 1961"
  if (/^(?:von|vom|aus)$/i.test(after[0] ?? '') && after.some((x) => YEAR.test(x))) return w.slice(0, head + 6).join(' ');
  if (w.slice(1, head).some((x) => /^\p{Lu}/u.test(x) || YEAR.test(x))) return name; // "des Washingtoner Vertrags"
  if (GENERIC_HEAD.test(w[head])) return null;
  // A compound the report's title uses ("Friedensvertrag" under a title about a "Friedensvertrag") is this agreement.
  const stem = w[head].toLowerCase().replace(/e?s$/, '');
  return (title ?? '').toLowerCase().includes(stem) ? null : name;
}

export const de: ArticleLanguage = {
  name: 'de',
  cue: /\bart(?:ikel|\.)/iu,
  rules: [
    {
      name: 'absatz-of-artikel',
      pattern: new RegExp(String.raw`\b(?:Absatz|Abs\.|Ziffer|Punkt)\s*(\d{1,2})\s+(?:des|von)\s+${ARTICLE}(${NUMBER})`, 'giu'),
      read: (m) => ({ numbers: [Number(m[2])], paragraph: Number(m[1]) }),
    },
    {
      name: 'artikel-number',
      pattern: new RegExp(String.raw`${ARTICLE}(${NUMBER})(?:,?\s*(?:Absatz|Abs\.)\s*(\d{1,2}))?((?:${SEP}${NUMBER})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[3], SEP_RE, RANGE_RE).filter((n) => n > 0), paragraph: Number(m[2]) || null }),
    },
    {
      name: 'ordinal-artikel',
      pattern: new RegExp(String.raw`\b(?:der|die|das|den|dem|des|im|ein|einem|einen|eines|seinem|seinen)\s+${ORDINAL}\s+Artikel`, 'giu'),
      read: (m) => {
        const n = ordinalValue(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
  ],
  instrumentAfter: instrumentAfterDe,
  // "Derselbe Artikel…", "Dieser Artikel…", "Nach demselben Artikel…"
  continuation:
    /^[\s"„«(]*(?:(?:Außerdem|Zudem|Ferner|Darüber hinaus),?\s+)?(?:(?:Derselbe|Dieser|Der gleiche|Der genannte)\s+Artikel|(?:Im|In|Nach|Gemäß|Laut|Laut dem|Nach dem)\s+(?:selben|demselben|diesem|gleichen|genannten)\s+Artikel)\b/iu,
};
