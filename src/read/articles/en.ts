// English article references: "Article 4", "Art. 4", "Articles 3–5", "Article Four", "the fourth article",
// "paragraph 2 of Article 4", "Article IV", "Articles V and VI"; and the other instruments a reference can belong to:
// "of the UN Charter", "NATO's Article 5", "the Rio Treaty, whose Article 3".
import { findParties } from '../parties/index.ts';
import {
  ACRONYM,
  type ArticleLanguage,
  EN_CARDINAL_SOURCE,
  EN_ORDINAL_SOURCE,
  joinsStates,
  lastIndex,
  otherCounterpart,
  possessorWords,
  ROMAN_TOKEN,
  readList,
  readNumber,
  romanValue,
  titleUses,
  YEAR,
} from './common.ts';

const ARTICLE = String.raw`\b(?:articles?|arts?\.)\s*`;
/** Between two numbers of a list: "3, 4 and 5", "3–5", "3 to 5". */
const SEP = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|to\s+|through\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|to\s+|through\s+|[-–—]\s*)/gi;
const RANGE_RE = /to|through|[-–—]/i;
const CARD = `(?:${EN_CARDINAL_SOURCE})(?![\\p{L}-])`;
const ORD = `(?:${EN_ORDINAL_SOURCE}|\\d{1,2}(?:st|nd|rd|th))(?![\\p{L}-])`;
const ROMAN = ROMAN_TOKEN;
/** A list's "I" followed by a lower-case word is the pronoun: "Article V and I think…". */
const LIST_ROMAN = `(?!I\\s+(?!of\\b|and\\b|or\\b)\\p{Ll})${ROMAN}`;
/** "Article 4(2)", "Article 4.2", "Article 4, paragraph 2". */
const PARAGRAPH_AFTER = String.raw`(?:\s*\((\d{1,2})\)|\.(\d{1,2})(?!\d)|,?\s+(?:paragraph|para\.?|§)\s*(\d{1,2}))?`;

/** "the article I wrote": a determiner before a lower-case "article", and "I" then a lower-case word other than "of". */
const PRONOUN_BEFORE = /\b(?:the|an|this|that|each|every|one|which|no)\s+$/i;
const PRONOUN_AFTER = /^\s+(?!of\b|and\b|or\b)\p{Ll}/u;
const isPronounI = (m: RegExpExecArray, listed: string) =>
  m[1] === 'I' &&
  !listed &&
  m[0].startsWith('a') &&
  PRONOUN_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index)) &&
  PRONOUN_AFTER.test(m.input.slice(m.index + m[0].length));

/** The numbers of "3, 4 and 5" or "3–5" (the first number and the rest of the list, as matched). */
const list = (first: string, rest: string) => (readNumber(first) == null ? null : readList(first + rest, SEP_RE, RANGE_RE));
const paragraphOf = (m: RegExpExecArray, from: number) => Number(m[from] ?? m[from + 1] ?? m[from + 2]) || null;

/** Kinds of instrument; a bare "the treaty" after an article number is the agreement under discussion. */
const GENERIC_HEADS = /^(?:treaty|agreement|pact|accord|document|deal|text|protocol|memorandum|instrument|convention|treaties|agreements)$/i;
/** Kinds of instrument that are never the agreement a report is about, unless it says "this …". */
const OTHER_HEADS = /^(?:charter|constitution|statute|covenant|code|law|act|resolution|declaration|conventions|bill|decree|regulation|directive)$/i;
/** "of this treaty", "of the present agreement": the text itself. */
const SELF = /^(?:this|these|present|said|same)$/i;
/** Words that end an instrument's name before any head noun was found. */
const STOPS = /^(?:of|on|between|and|or|with|which|that|who|is|was|are|were|will|would|to|in|for|by|as|at)$/i;
const DETERMINER = /^(?:the|a|an)$/i;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words that set a possessor against the agreement under discussion: "Unlike the Rio Treaty, whose Article 3…". */
const CONTRAST = /^(?:unlike|contrary|contrast|opposed|compared)$/i;
/** What introduces a possessor's reference: "the Rio Treaty, whose Article 3", "the 1979 Moon Agreement, which under its
 *  Article 20", "NATO's Article 5". */
const RELATIVE = /,\s*(?:whose\s+(?:own\s+)?|(?:which|that)\s[^,;]{0,40}\bits\s+(?:own\s+)?)$/i;
const POSSESSIVE = /['’]s\s+$/;

/** Cuts the words after "of" at clause punctuation or a sentence-ending dot (not the dot of "U.N."). */
function phraseWords(phrase: string): string[] {
  const cut = phrase.search(/[,;:()[\]"“”«»!?\n]|(?<!(?:^|[\s.])\p{L})\.(?:\s|$)/u);
  return (cut < 0 ? phrase : phrase.slice(0, cut)).split(/\s+/).filter(Boolean).slice(0, 12);
}

const bare = (w: string) => w.replace(/['’]s$/, '').replace(/\.$/, '');
const capitalized = (w: string) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w);
/** A convention unnamed is the agreement under discussion; a named one is another instrument. */
const CONVENTION = /^conventions?$/i;
const isHead = (w: string) => GENERIC_HEADS.test(bare(w)) || OTHER_HEADS.test(bare(w));
/** A name is this agreement when the report's title uses all its proper words ("the Lake Treaty" under "Lake Treaty…"). */
const ownName = (words: string[], title: string | null) =>
  titleUses(
    words.filter(capitalized).map((w) => bare(w).toLowerCase()),
    title,
  );

/** "Article 51 of the UN Charter" → "the UN Charter"; "Article 4 of the treaty" → null (ours). */
export function instrumentAfterEn(tail: string, title: string | null): string | null {
  const of = /^\s*,?\s+of\s+/i.exec(tail);
  return of ? namedInstrument(phraseWords(tail.slice(of[0].length)), title) : null;
}

/** The words after "treaty on" name a union or a state, and no parties ("between", "with"). */
function onEntity(topic: string[]): boolean {
  const cut = topic.findIndex((w) => /^(?:between|among|with|and)$/i.test(w) || /[,;]$/.test(w));
  const words = cut < 0 ? topic : topic.slice(0, cut + (/[,;]$/.test(topic[cut]) ? 1 : 0));
  return words.some(capitalized) && findParties(words.join(' ').replace(/[,;.]$/, ''), null).length > 0;
}

/** The other instrument a noun phrase names ("the UN Charter", "the 2009 agreement", "NATO"), or null for this one. */
function namedInstrument(words: string[], title: string | null): string | null {
  let i = 0;
  if (SELF.test(words[0] ?? '')) return null;
  if (DETERMINER.test(words[0] ?? '')) i = 1;
  if (SELF.test(words[i] ?? '')) return null;
  let head = -1;
  for (let j = i; j < Math.min(words.length, i + 6); j++) {
    if (isHead(words[j])) {
      head = j;
      break;
    }
    if (STOPS.test(bare(words[j]))) break;
  }
  if (head < 0) {
    // No instrument noun: "of NATO", "of the GATT", "of New START" name one; "of the first chapter" does not.
    let n = i;
    while (n < words.length && capitalized(words[n]) && !STOPS.test(words[n])) n++;
    return n > i && !ownName(words.slice(i, n), title) ? words.slice(0, n).join(' ').replace(/\.$/, '') : null;
  }
  const mods = words.slice(i, head);
  const after = words.slice(head + 1);
  // A name after the head: "the Treaty of Friendship", "the Charter of the United Nations" (not "the treaty on …").
  let end = head + 1;
  // A convention is named by a capitalized topic too: "the Convention on the Law of the Sea" (a treaty "on" a
  // topic is described, not named: "the Treaty on Comprehensive Partnership" may be this one).
  const namedBy = CONVENTION.test(bare(words[head])) ? /^(?:of|on|for)$/i : /^of$/i;
  if (namedBy.test(after[0] ?? '') && after.slice(1, 3).some(capitalized)) {
    end = head + 2;
    while (end < words.length && end < head + 7 && (capitalized(words[end]) || /^(?:the|of|and|on|for|\d+)$/i.test(words[end]))) end++;
  }
  while (end > head + 1 && /^(?:the|of|and|on|for)$/i.test(words[end - 1])) end--;
  const name = words.slice(0, end).join(' ').replace(/\.$/, '');
  const datedAfter = /^(?:of|from|dated)$/i.test(after[0] ?? '') && after.slice(1, 4).some((w) => YEAR.test(w) || MONTH.test(w));
  // A treaty "on" a union or a state itself, not between states: "the Treaty on European Union", "the Treaty on the
  // Functioning of the European Union" (but "the Treaty on Friendship between Russia and Ukraine" may be this one).
  if (/^on$/i.test(after[0] ?? '') && onEntity(after.slice(1, 8)))
    return words
      .slice(0, Math.min(words.length, head + 9))
      .join(' ')
      .replace(/[.,;]$/, '');
  if (OTHER_HEADS.test(bare(words[head]))) return name;
  // "the 1961 treaty" is another one, unless the report's title names the agreement so ("Reading the 1960 Treaty").
  const years = [...mods, ...(datedAfter ? after.slice(1, 4) : [])].filter((w) => YEAR.test(w));
  if (years.length || datedAfter)
    return titleUses(
      [...years, bare(words[head])].map((w) => w.toLowerCase()),
      title,
    )
      ? null
      : name;
  // Proper words before or after the head name an instrument: "the Rio Treaty", "the Treaty of Tlatelolco";
  // states' names joined by a dash describe this one ("the Chile–Argentina pact").
  if (end === head + 1 && (!mods.some(capitalized) || mods.some(joinsStates))) return null;
  return ownName([...mods, ...words.slice(head + 1, end)], title) ? null : name;
}

/**
 * The instrument that owns a reference through a possessive or a relative clause: "NATO's Article 5", "the 1961
 * treaty's Article 1", "the Rio Treaty, whose Article 3…", "Unlike the pact Lisbon signed in 1998, whose Article 2…".
 */
function instrumentBeforeEn(head: string, title: string | null): string | null {
  const relative = possessorWords(head, RELATIVE);
  const words = relative ?? possessorWords(head, POSSESSIVE);
  if (!words) return null;
  const h = lastIndex(words, isHead);
  if (h < 0) {
    const last = bare(words[words.length - 1]);
    return ACRONYM.test(last) && !ownName([last], title) ? last : null;
  }
  let start = h;
  while (
    start > 0 &&
    h - start < 5 &&
    !STOPS.test(words[start - 1]) &&
    !CONTRAST.test(words[start - 1]) &&
    !DETERMINER.test(words[start]) &&
    !SELF.test(words[start - 1])
  )
    start--;
  if (start > 0 && SELF.test(words[start - 1])) return null;
  const phrase = words.slice(start);
  // Set against this agreement, or dated by the clause that follows it ("the treaty Moscow signed in June 2024"), or
  // concluded with a state the title does not name.
  const clause = words.slice(h + 1);
  if (words.slice(0, start).some((w) => CONTRAST.test(w)) || (relative && (clause.some((w) => YEAR.test(w)) || otherCounterpart(clause, title, 'en'))))
    return phrase.join(' ');
  return namedInstrument(phrase, title);
}

export const en: ArticleLanguage = {
  name: 'en',
  cue: /\bart(?:icle|s?\.)/i,
  rules: [
    {
      name: 'paragraph-of-article',
      pattern: new RegExp(
        String.raw`\b(?:sub)?(?:paragraph|para\.?|clause|point|item|part|section)\s+(\d{1,2}|${CARD}|${ROMAN})\s+of\s+(?:the\s+)?${ARTICLE}(\d{1,3}(?!\d)|${CARD}|${ROMAN})`,
        'giu',
      ),
      read: (m) => {
        const n = readNumber(m[2]);
        return n == null ? null : { numbers: [n], paragraph: readNumber(m[1]) };
      },
    },
    {
      name: 'article-number',
      pattern: new RegExp(String.raw`${ARTICLE}(\d{1,3})(?!\d)${PARAGRAPH_AFTER}((?:${SEP}\d{1,3}(?!\d|[.,]\d))*)`, 'giu'),
      read: (m) => {
        const numbers = list(m[1], m[5]);
        return numbers && { numbers, paragraph: paragraphOf(m, 2) };
      },
    },
    {
      name: 'article-word',
      pattern: new RegExp(String.raw`${ARTICLE}(${CARD})((?:${SEP}${CARD})*)`, 'giu'),
      read: (m) => {
        const numbers = list(m[1], m[2]);
        return numbers && { numbers };
      },
    },
    {
      name: 'article-roman',
      pattern: new RegExp(String.raw`\b(?:[Aa]rticles?|ARTICLES?|Arts?\.)\s*(${ROMAN})${PARAGRAPH_AFTER}((?:${SEP}${LIST_ROMAN})*)`, 'gu'),
      read: (m) => {
        if (isPronounI(m, m[5])) return null;
        const numbers = readList(m[1] + m[5], SEP_RE, RANGE_RE, romanValue);
        return numbers.length ? { numbers, paragraph: paragraphOf(m, 2) } : null;
      },
    },
    {
      name: 'ordinal-article',
      pattern: new RegExp(String.raw`\b(?:the|a|an|its|this|that|their)\s+(${ORD})((?:\s*(?:,|and|or)\s*(?:the\s+)?${ORD})*)\s+articles?\b`, 'giu'),
      read: (m) => {
        const rest = (m[2].match(new RegExp(ORD, 'giu')) ?? []).map(readNumber);
        const numbers = [readNumber(m[1]), ...rest].filter((n): n is number => n != null);
        return numbers.length ? { numbers } : null;
      },
    },
  ],
  instrumentAfter: instrumentAfterEn,
  instrumentBefore: instrumentBeforeEn,
  // "It also stipulates…", "The same article…", "Under the same article…", "This provision…"
  continuation: new RegExp(
    String.raw`^[\s"“'‘(]*(?:(?:Moreover|Furthermore|In addition|Additionally|Also|And|But),?\s+)?(?:` +
      String.raw`(?:It|This|That)\s+(?:also\s+|further\s+|then\s+|likewise\s+)*(?:says|states|stipulates|provides|specifies|adds|establishes|requires|obliges|obligates|commits|envisages|envisions|sets\s+(?:out|forth)|declares|affirms|reaffirms|reads|notes|guarantees|prohibits|bars|allows|permits|defines|lays\s+down|calls\s+for|mentions|contains|covers|concerns|foresees|binds|gives|grants)\b` +
      String.raw`|(?:The|This|That)\s+(?:same\s+|said\s+|above\s+|latter\s+|former\s+|next\s+)?(?:article|provision|clause)\b` +
      String.raw`|(?:Under|In|According\s+to|Per|By)\s+(?:the\s+same|this|that|the\s+said|the\s+latter|the\s+above)\s+(?:article|provision|clause)\b)`,
    'u',
  ),
};
