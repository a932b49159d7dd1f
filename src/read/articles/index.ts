// Finds references to the articles of the agreement under discussion, and sets aside other instruments' articles.
// Every language's detectors run on every sentence: reports quote other languages' forms, and a wrongly guessed
// document language must not hide a reference. Each language's `cue` skips the sentences it cannot match.
import type { ArticleRef, ForeignArticleRef } from '../../types.ts';
import { ar } from './ar.ts';
import type { ArticleLanguage, Candidate } from './common.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ko } from './ko.ts';
import { ru } from './ru.ts';

/** The detectors, in one list; order does not matter (overlaps are settled by span length). */
const LANGUAGES: ArticleLanguage[] = [en, ru, de, fr, es, ko, ar];

/** How far around a reference to look for the instrument it belongs to ("of the UN Charter", "유엔헌장"). */
const TAIL_CHARS = 160;
/** Long enough for a possessor and the clause dating it: "the treaty Moscow signed with Pyongyang in June 2024, whose". */
const HEAD_CHARS = 140;

export interface ArticleContext {
  language: string | null;
  /** Article refs of the previous claim, inherited by a sentence that continues about the same article. */
  previous: ArticleRef[];
  /** The document's title: an instrument name it uses ("the Lake Treaty") is this agreement, not another. */
  title?: string | null;
}

export function findArticleRefs(text: string, context: ArticleContext): { refs: ArticleRef[]; foreign: ForeignArticleRef[] } {
  const refs: ArticleRef[] = [];
  const foreign: ForeignArticleRef[] = [];
  const found = withoutOverlaps(candidates(text));
  const heading = found.length === 1 && isHeading(text, found[0]);
  const instruments = found.map((c) => instrumentOf(text, c, context.title ?? null));
  // "Artikel 3 und Artikel 14 der Europäischen Menschenrechtskonvention": a list's instrument is named once, at its end.
  for (let i = found.length - 2; i >= 0; i--) {
    if (!instruments[i] && instruments[i + 1] && LIST_JOIN.test(text.slice(found[i].end, found[i + 1].start))) instruments[i] = instruments[i + 1];
  }
  for (const [i, c] of found.entries()) {
    const instrument = instruments[i];
    const span = { text: text.slice(c.start, c.end), start: c.start, end: c.end };
    for (const number of new Set(c.numbers)) {
      if (instrument) foreign.push({ ...span, number, instrument });
      else refs.push({ ...span, number, paragraph: c.paragraph, ...(heading ? { heading: true } : {}) });
    }
  }
  // A claim under an article heading is in that article, whatever else it names ("…as provided for in Article 12").
  const section = heading ? null : underHeading(text, context.previous);
  if (section) refs.push(...section.filter((s) => !refs.some((r) => r.number === s.number)));
  else if (!refs.length && context.previous.length) refs.push(...inherit(text, context.previous));
  return { refs, foreign };
}

/** What joins two references of one list: "Article 3 and Article 14", "статьи 3 и 14", "l'article 3 ou l'article 5". */
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or|und|oder|et|ou|y|o|e|и|или|و))\s*$/iu;

/** "Article 5", "ARTICLE 5", "Статья 5", "Article 5 – Mutual assistance": a reference alone on its line, or with a short title. */
function isHeading(text: string, c: Candidate): boolean {
  if (text.slice(0, c.start).trim()) return false;
  const rest = text.slice(c.end).trim();
  return !rest || (/^[.:—–-]\s*\S/.test(rest) && rest.split(/\s+/).length <= 9 && !/[.!?]$/.test(rest));
}

/** Where an official text's articles end: its closing formula, or the next part that is not an article. */
const END_OF_ARTICLES =
  /^\s*(?:Done\s+(?:at|in)\b|In\s+witness\s+whereof|For\s+the\s|Annex|Appendix|Chapter|Part\s|Section\s|Совершено\s+в|В\s+удостоверение|За\s|Приложение|Глава|Раздел|Geschehen\s+zu|Zu\s+Urkund|Für\s+die\s|Anhang|Anlage|Kapitel|Fait\s+à|En\s+foi\s+de\s+quoi|Pour\s+l[ae]\s|Annexe|Chapitre)/iu;

/** The claims under an article heading are about that article, until the next heading or the end of the articles. */
function underHeading(text: string, previous: ArticleRef[]): ArticleRef[] | null {
  const headings = previous.filter((r) => r.heading);
  if (!headings.length || END_OF_ARTICLES.test(text)) return null;
  return headings.map((r) => ({ text: '', start: 0, end: 0, number: r.number, paragraph: null, inherited: true, heading: true }));
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const lang of LANGUAGES) {
    if (!lang.cue.test(text)) continue;
    for (const rule of lang.rules) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        const read = rule.read(m);
        if (read?.numbers.length) out.push({ start: m.index, end: m.index + m[0].length, numbers: read.numbers, paragraph: read.paragraph ?? null });
      }
    }
  }
  return out;
}

/** Where two rules read the same words ("Art. 4" is English and German), the longer reading wins. */
function withoutOverlaps(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A subdivision written between a reference and its instrument: "Article 42(7) of", "artículo 76, fracción I, de la Constitución",
 *  "Article 5, paragraph 2, of the Charter", "Artikel 9 Absatz 1 des Grundgesetzes", "статья 15, часть 4, …". */
const SUBDIVISION =
  /^(?:\s*\(\d{1,3}\)(?:\s*\(\p{Ll}\))?|\s*,?\s*(?:fracci[óo]n|p[áa]rrafo|apartado|inciso|numeral|paragraph|para\.|clause|subparagraph|section|alin[ée]a|paragraphe|Absatz|Abs\.|Satz|Nummer|Ziffer|пункт|часть|подпункт)\s+(?:[\dIVXLCivxlc]{1,6}|\p{L})\)?(?=[\s,])\s*,?)/u;
/** A constitution, charter or statute named right after the reference, by noun (with a possessive: "de sa Charte",
 *  "of its Charter", "de su Carta") or by adjective ("el artículo 123 constitucional"), in any language. */
const CHARTER_AFTER = new RegExp(
  [
    String.raw`^\s*,?\s*(?:`,
    String.raw`(?:of|de|del|du|des|der|seiner|ihrer)?\s*(?:its|their|the|la|el|sa|son|su|sus|ses|l['’])?\s*`,
    String.raw`(?:Constitution|Constitución|Constituição|Verfassung\p{L}*|Grundgesetz\p{L}*|Charter|Charte|Carta|Charta|Конституци\p{L}*|Устав\p{L}*|الدستور)`,
    String.raw`|constitucional|constitutionnel\p{L}*|constitutional|конституционн\p{L}*)(?![\p{L}])`,
  ].join(''),
  'u',
);
/** A constitution or charter that introduces the reference: "dessen Verfassung in Artikel 9", "la Constitution,
 *  dans son article 5", "la Constitución, en su artículo 33", "its Charter, in Article 20", "Конституция в статье 15". */
const CHARTER_BEFORE =
  /(?:Constitution|Constitución|Verfassung|Grundgesetz|Charter|Charte|Carta|Charta|Конституци\p{L}*|Устав\p{L}*)\s*,?\s*(?:in|en|dans|im|в)\s+(?:(?:its|their|su|sus|son|sa|ses|seinem|ihrem)\s+)?$/u;

const CHARTER_TITLE = /charter|charte|carta|charta|устав|constitution|constitución|verfassung/iu;

/** An organisation's founding treaty named right after the reference: "Article 5 of its founding treaty", "Artikel 5
 *  ihres Gründungsvertrags", "l'article 5 de son traité fondateur", "el artículo 5 de su tratado constitutivo". */
const FOUNDING_AFTER = new RegExp(
  [
    String.raw`^\s*,?\s*(?:of|de|del|du|des|der|seiner|ihrer|ihres|seines)?\s*(?:its|their|the|la|el|sa|son|su|sus|ses|l['’])?\s*(?:`,
    String.raw`(?:founding|constituent|constitutive)\s+(?:treaty|charter|act|agreement)`,
    String.raw`|(?:traité|acte|accord|charte)\s+(?:fondat(?:eur|rice)|constituti(?:f|ve))`,
    String.raw`|(?:tratado|acta|acuerdo|convenio|carta)\s+(?:fundacional|constitutiv[oa]|fundadora?)`,
    String.raw`|Gründungs(?:vertrag|akte|abkommen)\p{L}*`,
    String.raw`|учредительн\p{L}*\s+(?:договор|акт|соглашени)\p{L}*`,
    String.raw`)(?![\p{L}])`,
  ].join(''),
  'iu',
);
const FOUNDING_TITLE = /founding|constitutive|fondat(?:eur|rice)|constituti(?:f|ve)|fundacional|constitutiv[oa]|gründungs|учредительн/iu;

/** A reference by possessive ("su artículo 8", "its Article 3") after a charter or statute named earlier in its
 *  sentence: "El Estatuto de Roma ya lo dejó claro: su artículo 8 …" is the Statute's article. A treaty named
 *  before a possessive may be this one; a charter, statute or constitution never is. */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:its|their|su|sus|son|sa|ses|seine[mnrs]?|ihre[mnrs]?|его|её|их)\s+$/iu;
const AGREEMENT_NOUN =
  /(?<![\p{L}])(?:treaty|agreement|pact|convention|tratado|acuerdo|pacto|convenio|traité|accord|pacte|Vertrag|Abkommen|Pakt|договор|соглашени|пакт)/iu;
const CHARTER_NAMED =
  /(?<![\p{L}])(?:Charter|Statute|Constitution|Covenant|Carta|Estatuto|Constitución|Charte|Statut|Satzung|Verfassung|Grundgesetz|Устав|Статут|Конституци)\p{L}*(?:\s+(?:of|de|del|de\s+la|des|du|der)?\s*\p{Lu}[\p{L}-]*)?/u;

function instrumentOf(text: string, c: Candidate, title: string | null): string | null {
  // A subdivision the rule read ("l'article 42, paragraphe 7, du traité …") leaves the comma after it.
  const tail = text
    .slice(c.end, c.end + TAIL_CHARS)
    .replace(c.paragraph === null ? SUBDIVISION : /^\s*,(?=\s)/, ' ')
    .replace(/^\s+/, ' ');
  const from = Math.max(0, c.start - HEAD_CHARS);
  // A head cut inside the sentence starts at its first whole word.
  const head = from ? text.slice(from, c.start).replace(/^\S*\s/, '') : text.slice(0, c.start);
  for (const lang of LANGUAGES) {
    const name = lang.instrumentAfter(tail, title) ?? lang.instrumentBefore?.(head, title, tail) ?? null;
    if (name) return name;
  }
  // Unless the report is about a charter itself ("the ASEAN Charter"): then its articles are the agreement's.
  const aboutCharter = CHARTER_TITLE.test(title ?? '');
  const charter = aboutCharter ? null : (CHARTER_AFTER.exec(tail) ?? CHARTER_BEFORE.exec(head));
  if (charter) return charter[0].trim();
  const founding = FOUNDING_TITLE.test(title ?? '') ? null : FOUNDING_AFTER.exec(tail);
  if (founding) return founding[0].trim();
  const named = !aboutCharter && POSSESSIVE_BEFORE.test(head) ? CHARTER_NAMED.exec(head) : null;
  // "Under the Charter's principles, the treaty in its Article 2…": a treaty named after the charter owns it.
  return named && !AGREEMENT_NOUN.test(head.slice(named.index + named[0].length)) ? named[0].trim() : null;
}

/** A sentence with no article of its own that opens with a continuation cue is about the previous sentence's articles. */
function inherit(text: string, previous: ArticleRef[]): ArticleRef[] {
  for (const lang of LANGUAGES) {
    const cue = lang.continuation.exec(text);
    if (!cue) continue;
    const lead = cue[0].length - cue[0].trimStart().replace(/^["“'‘(«„]+/, '').length;
    const span = { text: cue[0].slice(lead), start: cue.index + lead, end: cue.index + cue[0].length };
    const seen = new Set<number>();
    return previous
      .filter((r) => !seen.has(r.number) && seen.add(r.number))
      .map((r) => ({ ...span, number: r.number, paragraph: r.paragraph ?? null, inherited: true }));
  }
  return [];
}
