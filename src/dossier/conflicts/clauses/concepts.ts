// What a clause is about, named alike in every language: "Schifffahrt", "navigation", "судоходство" and
// "الملاحة" are one key (@navigation) where their spellings share nothing. Each language lists the word starts
// that name a concept (./languages/*.ts, field `concepts`); a start of several words ("into force", "в сил")
// matches consecutive words. A word that names a concept gives its concept's key instead of its cognate key, so
// every concept must be listed in every language that writes it in Latin or Cyrillic letters, or two languages
// that shared a cognate would share nothing.
import type { ClauseWords } from './languages/types.ts';

export { CONCEPTS, type Concept } from './languages/concepts.ts';

import type { Concept } from './languages/concepts.ts';

/** Arabic clitics a word may carry before its stem (conjunction, preposition, article), longest first. */
const ARABIC_CLITICS = /^(?:وبال|وال|بال|فال|كال|لل|ال|و|ب|ف|ل)/u;
/** A start shorter than this is a whole word ("an", "год", "دور"): as a start it would begin too many. */
const MIN_START = 4;
/** A start written with this mark at its end is a whole word ("fund$": not "fundamental"). */
const WHOLE = '$';

/** Whether a word is a concept's part: the whole word for a short or marked part, else its start. */
function matchesPart(word: string, part: string): boolean {
  if (part.endsWith(WHOLE)) return word === part.slice(0, -1);
  return part.length < MIN_START ? word === part : word.startsWith(part);
}

/** German writes compounds as one word: a concept's start of this length may stand inside one
 *  ("Katastrophenhilfe", "Fischerboote", "Ratifikationsurkunde"). */
const MIN_INNER = 5;

interface Entry {
  concept: Concept;
  parts: string[];
}

/** A language's concept starts, indexed by their first two letters. */
const indexOf = new WeakMap<ClauseWords, { byStart: Map<string, Entry[]>; inner: Entry[] }>();
function index(language: ClauseWords): { byStart: Map<string, Entry[]>; inner: Entry[] } {
  const had = indexOf.get(language);
  if (had) return had;
  const byStart = new Map<string, Entry[]>();
  const inner: Entry[] = [];
  for (const [concept, starts] of Object.entries(language.concepts ?? {}) as [Concept, string[]][]) {
    for (const start of starts) {
      const entry = { concept, parts: start.split(' ') };
      const head = entry.parts[0].slice(0, 2);
      (byStart.get(head) ?? byStart.set(head, []).get(head)!).push(entry);
      if (language.compounds && entry.parts.length === 1 && start.length >= MIN_INNER) inner.push(entry);
    }
  }
  const built = { byStart, inner };
  indexOf.set(language, built);
  return built;
}

/** Of two starts that match, the one of more words, or else of more letters ("shipping" over "ship"). */
const longer = (a: Entry, b: Entry) =>
  a.parts.length > b.parts.length || (a.parts.length === b.parts.length && a.parts.join(' ').length > b.parts.join(' ').length);

/** A concept found in the words: its key and the words that name it (indices, end exclusive). */
export interface FoundConcept {
  key: string;
  from: number;
  to: number;
}

/** The concepts the (lower-case) words name in the languages given; each word in one concept at most,
 *  except a compound, which may name several. */
export function conceptsIn(words: string[], languages: ClauseWords[]): FoundConcept[] {
  const out: FoundConcept[] = [];
  const variants = words.map((w) => {
    const bare = w.replace(ARABIC_CLITICS, '');
    return bare !== w && bare.length >= 3 ? [w, bare] : [w];
  });
  const starts = (i: number, part: string) => i < words.length && variants[i].some((v) => matchesPart(v, part));
  for (let i = 0; i < words.length; i++) {
    let best: Entry | null = null;
    for (const language of languages) {
      for (const variant of variants[i]) {
        for (const e of index(language).byStart.get(variant.slice(0, 2)) ?? []) {
          if ((!best || longer(e, best)) && e.parts.every((p, k) => starts(i + k, p))) best = e;
        }
      }
    }
    if (best) out.push({ key: `@${best.concept}`, from: i, to: i + best.parts.length });
    if (best && best.parts.length > 1) {
      i += best.parts.length - 1;
      continue;
    }
    const inside = new Set(
      languages.flatMap((l) =>
        index(l)
          .inner.filter((e) => words[i].includes(e.parts[0]))
          .map((e) => e.concept),
      ),
    );
    if (best) inside.delete(best.concept);
    for (const concept of inside) out.push({ key: `@${concept}`, from: i, to: i + 1 });
  }
  return out;
}
