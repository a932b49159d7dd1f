// German article references ("Artikel 4", "Art. 4", "nach Artikel 12", "Artikel 4 Absatz 2", "der vierte Artikel",
// "Artikel vier", "Artikel XIV"); "Artikel 5 des Abkommens von 2009", "Artikel 51 der UN-Charta" and
// "der Nordatlantikvertrag, dessen Artikel 5…" belong to other instruments.
import {
  ACRONYM,
  type ArticleLanguage,
  alternation,
  joinsStates,
  lastIndex,
  otherCounterpart,
  possessorWords,
  properTopic,
  ROMAN_TOKEN,
  readList,
  romanValue,
  wordValues,
  YEAR,
} from './common.ts';

const ARTICLE = String.raw`\b(?:Artikel[ns]?|Art\.)\s*`;
const SEP = String.raw`\s*(?:,\s*(?:und\s+)?|und\s+|oder\s+|bis\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:und\s+)?|und\s+|oder\s+|bis\s+|[-–—]\s*)/giu;
const RANGE_RE = /bis|[-–—]/iu;
const NUMBER = String.raw`\d{1,3}(?!\d|[.,]\d)`;

/** Ordinal stems by value: "im vierten Artikel", "Vierter Artikel" → 4. */
const ORDINAL_STEMS = [
  'erst',
  'zweit',
  'dritt',
  'viert',
  'fünft',
  'sechst',
  'sieb(?:en)?t',
  'acht',
  'neunt',
  'zehnt',
  'elft',
  'zwölft',
  'dreizehnt',
  'vierzehnt',
  'fünfzehnt',
  'sechzehnt',
  'siebzehnt',
  'achtzehnt',
  'neunzehnt',
  'zwanzigst',
];
const ORDINAL = `(${[...ORDINAL_STEMS].sort((a, b) => b.length - a.length).join('|')})(?:e|en|er|es|em)`;
const ordinalValue = (stem: string) => ORDINAL_STEMS.findIndex((s) => new RegExp(`^${s}$`, 'iu').test(stem)) + 1 || null;
/** Cardinals for "Artikel vier"; the endings the ordinals need keep "acht Artikel" (eight articles) out. */
const CARDINALS = wordValues([
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
  'zwanzig',
]);
/** A capitalized word after "Artikel vier" makes the number count something else: "ein Artikel vier Tage später". */
const COUNTED_NOUN = /^\s+\p{Lu}/u;

/** Instrument nouns in every case that also end the compound names of treaties ("Nordatlantikvertrag"). */
const COMPOUND_HEAD = /(?:vertr[aä]g(?:e|es|s|en)?|abkommens?|pakt(?:e|es|s|en)?|übereinkommens?|konvention(?:en)?)$/iu;
/** Charters, constitutions, conventions and laws are never the agreement itself. */
const OTHER_HEAD = /(?:charta|satzung|verfassung|grundgesetz(?:es)?|statut(?:s|es)?|gesetz(?:es)?|kodex|erklärung|resolution)$/iu;
/** The bare nouns, no compound: "des Vertrags", "der Vertrag" (the agreement under discussion). */
const BARE_HEAD =
  /^(?:vertr[aä]g(?:e|es|s|en)?|abkommens?|pakt(?:e|es|s|en)?|übereinkommens?|vereinbarung(?:en)?|dokument(?:e|es|s)?|protokoll(?:e|s)?|konvention(?:en)?)$/iu;
/** "Kyoto-Protokoll", "Montreal-Protokolls", "NATO-Vertrag": a name joined to any instrument noun. */
const HYPHENATED_HEAD = (x: string) => /^\p{Lu}[\p{L}\d]*-/u.test(x) && BARE_HEAD.test(x.slice(x.lastIndexOf('-') + 1));
const isHead = (x: string) => COMPOUND_HEAD.test(x) || BARE_HEAD.test(x) || OTHER_HEAD.test(x) || HYPHENATED_HEAD(x);
/** German capitalizes every noun, so a proper name shows in a capitalized adjective before a noun: "Europäische Union". */
const properDe = (w: string, next: string | undefined) => /^\p{Lu}\p{Ll}+(?:e|en|er|es|em)$/u.test(w) && /^\p{Lu}/u.test(next ?? '');
const DETERMINER = /^(?:der|die|das|den|dem|des|im|vom|zum|beim|ein|eine|einem|einen|eines|einer)$/iu;
/** The determiners a name keeps ("des Abkommens"); "im" and "vom" merge a preposition. */
const ARTICLE_WORD = /^(?:der|die|das|den|dem|des|eines|einer)$/iu;
/** What introduces a possessor's reference: "der Nordatlantikvertrag, dessen Artikel 5…", "die Charta, deren Artikel 51…". */
const RELATIVE = /,\s*(?:dessen|deren)\s+$/iu;
/** Words that set a possessor against the agreement under discussion: "Anders als im Warschauer Vertrag, dessen…". */
const CONTRAST = /^(?:anders|gegensatz|unterschied|verglichen)$/iu;

function words(tail: string): string[] {
  const cut = tail.search(/[,;:()"„“«»!?\n]|(?<!\d)\.(?:\s|$)/u);
  return (cut < 0 ? tail : tail.slice(0, cut)).split(/\s+/).filter(Boolean).slice(0, 12);
}

/** "Artikel 5 des Abkommens von 2009" → "des Abkommens von 2009"; "Artikel 5 des Vertrags" → null (ours). */
export function instrumentAfterDe(tail: string, title: string | null): string | null {
  const det = /^\s+(des|der|dieses|eines|einer)\s/iu.exec(tail);
  if (!det || /^dieses$/i.test(det[1])) return null;
  const w = words(tail);
  const head = w.slice(1, 4).findIndex(isHead) + 1;
  if (head < 1) return ACRONYM.test(w[1] ?? '') ? w.slice(0, 2).join(' ') : null; // "Artikel 5 der NATO"
  if (OTHER_HEAD.test(w[head])) return w.slice(0, head + 4).join(' ');
  const after = w.slice(head + 1, head + 6);
  // "von 2009", "vom 22. September 2009", "aus dem Jahr 1961"
  if (/^(?:von|vom|aus)$/i.test(after[0] ?? '') && after.some((x) => YEAR.test(x))) return w.slice(0, head + 6).join(' ');
  // "des Vertrags über die Europäische Union", not "des Vertrags über die Zusammenarbeit zwischen …"
  const topic = /^über$/iu.test(after[0] ?? '') ? properTopic(w.slice(head + 2), /^zwischen$/iu, properDe) : 0;
  if (topic) return w.slice(0, head + 2 + topic).join(' ');
  return namedDe(w, 1, head, title);
}

/** Judges the words from a determiner's next word (`from`) to an instrument noun (`head`): named, or this agreement. */
function namedDe(w: string[], from: number, head: number, title: string | null): string | null {
  const name = w.slice(ARTICLE_WORD.test(w[from - 1] ?? '') ? from - 1 : from, head + 1).join(' ');
  if (OTHER_HEAD.test(w[head])) return name;
  if (w.slice(from, head).some((x) => (/^\p{Lu}/u.test(x) && !joinsStates(x)) || YEAR.test(x))) return name; // "des Washingtoner Vertrags"
  if (BARE_HEAD.test(w[head]) || joinsStates(w[head])) return null;
  // A compound the report's title uses ("Friedensvertrag" under a title about a "Friedensvertrag") is this agreement.
  const stem = w[head].toLowerCase().replace(/(?:e?s|en|e)$/, '');
  return (title ?? '').toLowerCase().includes(stem) ? null : name;
}

/** "Anders als der Rio-Pakt, dessen Artikel 3…" → "der Rio-Pakt"; "Der Vertrag, dessen Artikel 4…" → null. */
function instrumentBeforeDe(head: string, title: string | null): string | null {
  const w = possessorWords(head, RELATIVE);
  if (!w) return null;
  const h = lastIndex(w, isHead);
  if (h < 0) return ACRONYM.test(w[w.length - 1]) ? w[w.length - 1] : null; // "die NATO, deren Artikel 5"
  let from = h;
  while (from > 0 && h - from < 4 && !DETERMINER.test(w[from - 1]) && !CONTRAST.test(w[from - 1])) from--;
  if (/^(?:dies|diese[rsmn]?)$/iu.test(w[from - 1] ?? '')) return null;
  const clause = w.slice(h + 1);
  if (w.slice(0, from).some((x) => CONTRAST.test(x)) || clause.some((x) => YEAR.test(x)) || otherCounterpart(clause, title, 'de'))
    return w.slice(from).join(' ');
  return namedDe(w, from, h, title);
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
      name: 'artikel-roman',
      pattern: new RegExp(String.raw`${ARTICLE}(${ROMAN_TOKEN})((?:${SEP}${ROMAN_TOKEN})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[2], SEP_RE, RANGE_RE, romanValue) }),
    },
    {
      name: 'artikel-word',
      pattern: new RegExp(String.raw`${ARTICLE}(${alternation(CARDINALS.keys())})(?!\p{L})`, 'giu'),
      read: (m) => {
        const n = CARDINALS.get(m[1].toLowerCase());
        return n == null || COUNTED_NOUN.test(m.input.slice(m.index + m[0].length)) ? null : { numbers: [n] };
      },
    },
    {
      // The determiner is optional ("Vierter Artikel: …"); the ordinal's ending keeps cardinals out.
      name: 'ordinal-artikel',
      pattern: new RegExp(String.raw`\b(?:(?:der|die|das|den|dem|des|im|ein|einem|einen|eines|seinem|seinen)\s+)?${ORDINAL}\s+Artikel\b`, 'giu'),
      read: (m) => {
        const n = ordinalValue(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
  ],
  instrumentAfter: instrumentAfterDe,
  instrumentBefore: instrumentBeforeDe,
  // "Derselbe Artikel…", "Dieser Artikel…", "Nach demselben Artikel…"
  continuation:
    /^[\s"„«(]*(?:(?:Außerdem|Zudem|Ferner|Darüber hinaus),?\s+)?(?:(?:Derselbe|Dieser|Der gleiche|Der genannte)\s+Artikel|(?:Im|In|Nach|Gemäß|Laut|Laut dem|Nach dem)\s+(?:selben|demselben|diesem|gleichen|genannten)\s+Artikel)\b/iu,
};
