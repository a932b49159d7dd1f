// Who a sentence credits: "Smith said …", "…, he said", "according to the minister, …", "Officials insist …".
// Read on the sentence with its quotations blanked out, so a "said" inside a quotation credits nobody.
import type { Lexicon } from './cues.ts';

export interface Attribution {
  /** The source as written ("Officials in the capital", "he"); null when the source is the agreement itself. */
  speaker: string | null;
  /** The agreement, one of its articles or its parties "state" it: treaty content, not a person's word. */
  document: boolean;
  /** A third-person pronoun, to be resolved from the sentence before. */
  pronoun: boolean;
  /** The crediting words, e.g. "said", "according to". */
  verb: string;
}

/** A source's name is at most this many words … */
const MAX_SOURCE_WORDS = 10;
/** … and is looked for within this many characters of its verb. */
const SOURCE_WINDOW = 160;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu;
const isWord = (t: string) => /^[\p{L}\p{N}]/u.test(t);
const capitalized = (t: string) => /^\p{Lu}/u.test(t);
/** Strips a possessive or trailing period so "Germany's" and "Jr." compare as words. */
const bare = (t: string) =>
  t
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\.$/, '');

function heads(token: string, lex: Lexicon): boolean {
  const w = bare(token);
  return capitalized(token) || lex.speakerNouns.has(w) || lex.documentNouns.has(w) || lex.pronouns.has(w);
}

function judge(words: string[], lex: Lexicon, verb: string): Attribution | null {
  if (!words.length) return null;
  const lower = words.map(bare);
  const person = words.some((w, i) => (capitalized(w) && !lex.determiners.has(lower[i])) || lex.speakerNouns.has(lower[i]));
  const document = lower.some((w) => lex.documentNouns.has(w)) && !words.some((w, i) => lex.speakerNouns.has(lower[i]));
  const pronoun = words.length === 1 && lex.pronouns.has(lower[0]);
  if (lower.length === 1 && lex.firstPerson.has(lower[0])) return null;
  if (document) return { speaker: null, document: true, pronoun: false, verb };
  if (!person && !pronoun) return null;
  // The sentence's own full stop is not part of the name ("said Dr. Lee.").
  return { speaker: words.join(' ').replace(/(\p{L}{2,})\.$/u, '$1'), document: false, pronoun, verb };
}

/** The source named before a verb, read backwards: "Analysts at the Institute for Peace Studies | said". */
function sourceBefore(tokens: string[], lex: Lexicon): string[] {
  let i = tokens.length - 1;
  // An apposition closes just before the verb: "the water minister, Ivo Dragan, said" reads back from "Dragan".
  if (tokens[i] === ',' && i > 0 && capitalized(tokens[i - 1])) i--;
  while (i >= 0 && lex.skippable.has(tokens[i].toLowerCase())) i--;
  // After a form of "to be" the verb is passive; after a possessive it is a noun ("the country’s state media").
  if (i < 0 || !isWord(tokens[i]) || lex.passive.has(tokens[i].toLowerCase()) || /['’]s$/u.test(tokens[i])) return [];
  // A number belongs to the noun before it ("Article 16 states").
  if (/^\p{N}/u.test(tokens[i]) && i > 0) i--;
  if (!heads(tokens[i], lex)) return [];
  const out: string[] = [];
  for (; i >= 0 && out.length < MAX_SOURCE_WORDS; i--) {
    const t = tokens[i];
    const w = t.toLowerCase();
    // "Let the Senate say yes": the subject of a wish reports nothing.
    if (lex.exhortation?.has(w)) return [];
    if (!isWord(t) || lex.clauseWords.has(w)) break;
    if (lex.firstPerson.has(w) && out.length === 0) return [t];
    out.unshift(t);
    // A determiner or a joiner continues the name only between two name words ("Analysts at the Institute").
    if (lex.determiners.has(w) || lex.joiners.has(w)) {
      const j = lex.determiners.has(w) && i > 0 && lex.joiners.has(tokens[i - 1].toLowerCase()) ? i - 2 : i - 1;
      if (j < 0 || !isWord(tokens[j]) || !(capitalized(tokens[j]) || lex.speakerNouns.has(bare(tokens[j])))) break;
    }
  }
  while (out.length && lex.joiners.has(out[0].toLowerCase())) out.shift();
  return out;
}

/** The source named after a verb or a "according to"-phrase, up to the next punctuation or clause word. */
function sourceAfter(tokens: string[], lex: Lexicon): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (!isWord(t) || lex.clauseWords.has(t.toLowerCase()) || out.length >= MAX_SOURCE_WORDS) break;
    out.push(t);
  }
  return out;
}

/** Nothing but adverbs and conjunctions (`skippable`) between the start of the clause and the verb. */
function opensClause(before: string[], lex: Lexicon): boolean {
  let i = before.length - 1;
  while (i >= 0 && lex.skippable.has(before[i].toLowerCase())) i--;
  return i < 0 || /^[,;:—–(]$/u.test(before[i]);
}

const after = (text: string, m: RegExpExecArray) => text.slice(m.index + m[0].length, m.index + m[0].length + SOURCE_WINDOW).match(TOKEN) ?? [];

/** The first crediting phrase of `masked` whose source reads as a person, an organisation or the agreement. */
export function findAttribution(masked: string, lex: Lexicon): Attribution | null {
  lex.sourceFirst.lastIndex = 0;
  for (let m = lex.sourceFirst.exec(masked); m; m = lex.sourceFirst.exec(masked)) {
    const found = judge(sourceAfter(after(masked, m), lex), lex, m[0].toLowerCase());
    if (found) return found;
  }
  lex.speech.lastIndex = 0;
  for (let m = lex.speech.exec(masked); m; m = lex.speech.exec(masked)) {
    const verb = m[0].toLowerCase().replace(/\s+/g, ' ');
    const before = masked.slice(Math.max(0, m.index - SOURCE_WINDOW), m.index).match(TOKEN) ?? [];
    const subject = sourceBefore(before, lex);
    if (subject.length === 1 && lex.firstPerson.has(subject[0].toLowerCase())) continue;
    // The speaker after its verb: after a quotation or a comma ("…," said Smith), or anywhere in a language with inversion.
    const last = before[before.length - 1] ?? '';
    const mayFollow = lex.inversion || !isWord(last);
    const found = judge(subject, lex, verb) ?? (mayFollow ? judge(sourceAfter(after(masked, m), lex), lex, verb) : null);
    if (found) return found;
    // "Añadió que …", "Además, dijo …", "وأضاف أن …": a verb opening its clause holds its subject, the speaker of
    // the sentence before ("el Gobierno, que afirma …" is a relative clause, no credit).
    if (lex.proDrop && !subject.length && opensClause(before, lex)) return { speaker: null, document: false, pronoun: true, verb };
  }
  return null;
}
