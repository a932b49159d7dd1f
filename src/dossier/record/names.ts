// Finds the names sources give agreements: formal titles ("Treaty on X between A and B", "X Agreement",
// "Договор о …", "Vertrag über …", "Traité sur …"), lower-case titles ("treaty on trade and navigation … of 1990") and
// descriptive names ("mutual defence pact"), with the date attached to the name when the text gives one.
import type { Claim } from '../../types.ts';
import { perText } from '../memo.ts';

/** Nouns that head an agreement's name, per language (any case form: Vertrags, Договора). */
const HEADS = {
  en: 'Treaty|Treaties|Agreement|Agreements|Pact|Convention|Accord|Protocol|Declaration|Declarations|Memorandum|Covenant',
  ru: 'Договор|Соглашени|Пакт|Конвенци|Протокол|Декларац|Меморандум',
  de: 'Vertrag|Verträge|Abkommen|Übereinkommen|Pakt|Konvention|Protokoll|Erklärung',
  fr: 'Traité|Accord|Pacte|Convention|Protocole|Déclaration',
  es: 'Tratado|Acuerdo|Convenio|Pacto|Convención|Protocolo|Declaración|Memorando',
};
/** Prepositions that join a head to the subject of the name. */
const HEAD_PREPS = 'on|of|for|concerning|regarding|between|о|об|между|по|über|zur|zum|zwischen|betreffend|sur|de|relatif|entre|portant|sobre|del|para|relativo';
/** Lower-case words that may sit inside a capitalized title ("Treaty on Trade, Navigation and Transit",
 *  "Agreement on … Areas beyond National Jurisdiction", "Convention against Torture"). */
const TITLE_GLUE = new Set([
  'and',
  'of',
  'the',
  'on',
  'in',
  'for',
  'between',
  'to',
  'under',
  'beyond',
  'within',
  'against',
  'among',
  'und',
  'der',
  'die',
  'des',
  'et',
  'la',
  'le',
  'les',
  'du',
  'и',
  'y',
  'el',
  'los',
  'las',
  'del',
  'de',
]);
/** A capitalized head may also hang its title on "under": "Agreement under the United Nations Convention on
 *  the Law of the Sea on …" names the agreement, not the convention it is made under. */
const TITLE_PREPS = 'under';
/** Words that end a lower-case name: verbs, relatives and prepositions that start what is said about it. */
const NAME_STOP = new Set(
  (
    'is was were are be been will would shall should has have had that which who whose signed adopted concluded approved ratified ' +
    'dated with by from to at as after before during since until it its this these they their than into under against ' +
    'says said states stated provides described declares asserts formulate formally named nicknamed ' +
    // what happened to it next: "the treaty on … entered into force", "… took effect", "… expires"
    'enter enters entered entering came comes coming took takes taking remain remains remained expire expires expired ' +
    'lapsed passed requires required obliges envisages allows gives can could may might must ' +
    'с со от подписанн подписан который которое которая был была было будет вступит является ' +
    'mit vom von am im ist sind wird wurde hat hatte soll sollen nach vor unterzeichnet tritt trat ' +
    'avec par contre du signé conclu est sera a entré entrera ' +
    'con firmado firmada suscrito que fue será ha entró entrará está'
  ).split(' '),
);
const NAME_STOP_PREFIX = ['подписан', 'одобрил', 'ратифиц'];
/** Words that end the words before a head: determiners, and adjectives that tell which of several agreements
 *  is meant ("previous agreements", "the old agreement") rather than name one. */
const PREFIX_STOP = new Set(
  (
    'a an the this that these those its their his her our new old same whole full such any each other which previous earlier former ' +
    'separate several two both all some many first last sign signs signed signing ink inks inked seal seals sealed ratify ratifies ratified ' +
    'approve approves approved date den der die das dem des ein eine einen einem le la les un une el los las una unos unas del al'
  ).split(' '),
);
/** Adjectives too general to identify an instrument on their own ("international agreements", "agreement of the Parties"). */
const GENERIC = new Set(['inter', 'bilat', 'multi', 'separ', 'parti', 'sides', 'state', 'count', 'natio', 'compr', 'landm', 'histo', 'major']);

export interface NameMention {
  claim: string;
  doc: string;
  /** The name as written, in the claim text. */
  text: string;
  start: number;
  end: number;
  /** formal: capitalized or quoted title; lower: lower-case title with a preposition; descriptive: "adjective(s) + pact". */
  form: 'formal' | 'lower' | 'descriptive';
  /** The name without its "between A and B" clause and without a leading party pair ("US-Japan"). */
  core: string;
  /** "between A and B" as written (offsets in the claim text), when the name has one. */
  between: { text: string; start: number; end: number } | null;
  /** The head comes first ("Treaty on X") rather than last ("X Agreement"). */
  headFirst: boolean;
  /** Date attached to the name ("of February 9, 2000", "a 2009 agreement", "signed on 22 September 2009"). */
  date: string | null;
  /** Content-word stems that identify the instrument (party names and head nouns left out). */
  key: string[];
}

const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*";
/** Case endings a head may carry: none in English and French (plural s), German genitive/plural, any in Russian. */
const HEAD_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:${HEADS.en}|${HEADS.fr}|${HEADS.es})s?|(?:${HEADS.de})(?:s|es|n|en)?|(?:${HEADS.ru})\\p{L}*)(?![\\p{L}])`,
  'giu',
);
const CAP = /^[\p{Lu}\p{N}]/u;
/** Official titles run long ("Agreement between A and B Concerning the Facilitation of … between the Forces of …"). */
const MAX_NAME_WORDS = 45;
/** One word of a name's tail, with the comma before it (sticky: read from a set position). */
const TOKEN = new RegExp(`\\s*(,)?\\s*(${WORD})`, 'uy');
const WORDS = new RegExp(WORD, 'gu');
const ANY_HEAD = new RegExp(`^(?:${Object.values(HEADS).join('|')})`, 'iu');
const ENGLISH_HEAD = new RegExp(`^(?:${HEADS.en})s?$`, 'iu');
const PREPS = new Set(HEAD_PREPS.split('|'));
const PREP_AFTER_HEAD = new RegExp(`^\\s+(?:d'|l'|(?:${HEAD_PREPS})(?=\\s))`, 'iu');
const PREP_AFTER_TITLE_HEAD = new RegExp(`^\\s+(?:d'|l'|(?:${HEAD_PREPS}|${TITLE_PREPS})(?=\\s))`, 'iu');
/** Cheap test before the full scan: most sentences name no agreement. */
const HEAD_STEM =
  /treat|agreem|pact|conven|accord|protoc|declar|memorand|coven|trait|vertr|abkomm|übereink|pakt|konvent|erklär|договор|соглашени|пакт|конвенц|протокол|декларац|меморанд|tratad|acuerd|convenio|convenci|declaraci/;

/** Stems identifying an instrument: content words of the core, cut to five letters (neighbourliness ~ neighborly). */
export function nameKey(core: string): string[] {
  const words = core
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !TITLE_GLUE.has(w) && !ANY_HEAD.test(w) && !PREPS.has(w));
  return [...new Set(words.map((w) => w.slice(0, 5)))];
}

/** A key made only of general words names no particular instrument. */
const specific = (key: string[]) => key.some((k) => !GENERIC.has(k));

type Span = Omit<NameMention, 'claim' | 'doc' | 'date'>;

/** Names in one claim. `dates` are the claim's resolved date mentions (the reading stage's). */
export function findNames(claim: Pick<Claim, 'id' | 'doc' | 'text' | 'dates'>): NameMention[] {
  const spans = nameSpans(claim.text);
  if (!spans.length) return [];
  const years = yearsNear(claim.text);
  // Written out field by field: tens of thousands of names of one compact shape.
  return spans.map((n, i) => ({
    text: n.text,
    start: n.start,
    end: n.end,
    form: n.form,
    core: n.core,
    between: n.between,
    headFirst: n.headFirst,
    key: n.key,
    claim: claim.id,
    doc: claim.doc,
    date: attachedDate(claim, claim.text, n.start, n.end) ?? years[i],
  }));
}

/** Where a text names agreements (without the dates attached to the names). Read once per text: the record
 *  and the topic step read the same sentences. */
export const nameSpans = perText((text: string): Span[] => (HEAD_STEM.test(text.toLowerCase()) ? scan(text) : []));

function scan(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(HEAD_RE)) {
    const headStart = m.index!;
    const headEnd = headStart + m[0].length;
    const capitalHead = CAP.test(m[0]);
    const englishHead = ENGLISH_HEAD.test(m[0]);
    const after = readTail(text, headEnd, capitalHead, capitalHead && englishHead);
    const before = readPrefix(text, headStart, englishHead && !capitalHead);
    let start = headStart;
    let form: NameMention['form'] | null = null;
    if (after) form = capitalHead && after.capitalized ? 'formal' : 'lower';
    if (before.formal.length) {
      start = before.formalStart;
      form = 'formal';
    } else if (!after && before.descriptive.length) {
      start = before.descriptiveStart;
      form = 'descriptive';
    }
    if (!form) continue;
    // A capitalized head with a lower-case tail is a formal title in languages that capitalize only the first word.
    if (form === 'lower' && capitalHead && /[\p{Script=Cyrillic}]|^(?:Vertrag|Abkommen|Übereinkommen|Traité|Accord|Tratado|Acuerdo|Convenio)/u.test(m[0]))
      form = 'formal';
    const end = after ? after.end : headEnd;
    const name = text.slice(start, end);
    const between = findBetween(name, start);
    const pairPrefix = /^[\p{Lu}][\p{L}.]*[-–][\p{Lu}][\p{L}.]*\s+/u.exec(name)?.[0] ?? '';
    const withoutBetween = between ? `${text.slice(start, between.start).trimEnd()} ${text.slice(between.end, end).trimStart()}`.trim() : name;
    const core = withoutBetween.slice(pairPrefix.length).replace(/[\s,]+$/u, '');
    const key = nameKey(core);
    if (!specific(key)) continue;
    out.push({ text: name, start, end, form, core, between, headFirst: start === headStart, key });
  }
  return dropInner(out);
}

/** The words after a head: a preposition, then title words until a word that starts the rest of the sentence.
 *  A comma continues a title only as a list closed by "and" ("Trade, Navigation and Transit"). */
function readTail(text: string, from: number, capitalHead: boolean, titleCase: boolean): { end: number; capitalized: boolean } | null {
  const prep = (titleCase ? PREP_AFTER_TITLE_HEAD : PREP_AFTER_HEAD).exec(text.slice(from, from + 20));
  if (!prep) return null;
  let pos = from + prep[0].length;
  let end = -1;
  let beforeComma = -1;
  let capitals = 0;
  let lowers = 0;
  const tokens = TOKEN;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    tokens.lastIndex = pos;
    const t = tokens.exec(text);
    if (!t) break;
    const word = t[2];
    const lower = word.toLowerCase();
    if (/^\d/.test(word) || MONTHS.test(word)) break;
    // In an English Title Case name a capitalized word is a title word ("Good Will"); a lower-case one ends it.
    if (titleCase ? !CAP.test(word) && !TITLE_GLUE.has(lower) : NAME_STOP.has(lower) || NAME_STOP_PREFIX.some((p) => lower.startsWith(p))) break;
    if (t[1]) beforeComma = end;
    if (/^(?:and|und|и|et)$/.test(lower)) beforeComma = -1;
    if (CAP.test(word)) capitals++;
    else if (!TITLE_GLUE.has(lower)) lowers++;
    pos = t.index + t[0].length;
    if (!TITLE_GLUE.has(lower)) end = pos;
  }
  if (beforeComma > 0) end = beforeComma;
  if (end < 0) return null;
  return { end, capitalized: capitalHead && capitals > 0 && lowers === 0 };
}

const MONTHS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/iu;

/** Words before a head: capitalized ones make a formal name ("Economic Partnership Agreement"),
 *  lower-case English ones (up to four, "and" included) a descriptive name ("trade and transit cooperation agreement"). */
function readPrefix(
  text: string,
  headStart: number,
  descriptiveAllowed: boolean,
): { formal: string[]; formalStart: number; descriptive: string[]; descriptiveStart: number } {
  const offset = Math.max(0, headStart - 80);
  const words = [...text.slice(offset, headStart).matchAll(WORDS)];
  const formal: string[] = [];
  const descriptive: string[] = [];
  let formalStart = headStart;
  let descriptiveStart = headStart;
  let expected = headStart;
  let mode: 'formal' | 'descriptive' | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const wStart = offset + w.index!;
    if (!/^\s*$/.test(text.slice(wStart + w[0].length, expected))) break; // punctuation between: the prefix ended
    const word = w[0];
    if (/^\d/.test(word) || PREFIX_STOP.has(word.toLowerCase()) || MONTHS.test(word)) break;
    if (mode !== 'descriptive' && CAP.test(word)) {
      mode = 'formal';
      formal.unshift(word);
      formalStart = wStart;
    } else if (
      mode !== 'formal' &&
      descriptiveAllowed &&
      /^[a-z][a-z-]*$/.test(word) &&
      !NAME_STOP.has(word) &&
      (word === 'and' || !TITLE_GLUE.has(word)) &&
      descriptive.length < 4 &&
      (word !== 'and' || descriptive.length > 0)
    ) {
      mode = 'descriptive';
      descriptive.unshift(word);
      descriptiveStart = wStart;
    } else break;
    expected = wStart;
  }
  while (descriptive[0] === 'and') {
    descriptive.shift();
    descriptiveStart = text.indexOf(descriptive[0] ?? '', descriptiveStart + 3);
  }
  return { formal, formalStart, descriptive, descriptiveStart };
}

/** "between A and B" inside a name (in claim offsets). */
export function findBetween(name: string, offset = 0): NameMention['between'] {
  const m = /\s(?:between|между|zwischen|entre)\s/iu.exec(name);
  if (!m) return null;
  // The clause may sit mid-title: "Agreement between A and B Concerning …" ends it at the subject's preposition.
  const and = /\s(?:and|и|und|et)\s/iu.exec(name.slice(m.index));
  const subject = and ? BETWEEN_ENDS.exec(name.slice(m.index + and.index + and[0].length)) : null;
  const endInName = subject ? m.index + and!.index + and![0].length + subject.index : name.length;
  return { text: name.slice(m.index + 1, endInName), start: offset + m.index + 1, end: offset + endInName };
}

/** Words that start the subject after a mid-title "between A and B". */
const BETWEEN_ENDS = /\s(?=(?:Concerning|concerning|on|On|Regarding|regarding|Relating|relating|for|For|on the|о|об|über|sur|relatif|portant)\s)/iu;

/** A date written right after the name ("of 2000", "in 1961", "adopted on …", "vom …") or a year right before it. */
/** A date of the claim's written right after the name or a year right before it. */
function attachedDate(claim: Pick<Claim, 'dates'>, text: string, start: number, end: number): string | null {
  const link = /^[\s,]*(?:(?:which|that)\s+(?:was|were)\s+)?(?:of|from|in|dated|signed|adopted|concluded|vom|от|du|de|des|,)?(?:\s+(?:on|in|am|в))?\s*$/iu;
  for (const d of claim.dates ?? []) {
    if (d.start >= end && d.start - end <= 40 && link.test(text.slice(end, d.start))) return d.value;
    if (d.end <= start && start - d.end <= 2 && /^\d{4}$/.test(d.text.trim())) return d.value;
  }
  return null;
}

/** Else a year the text writes right after each name ("of 2000", "signed in 1961") or right before it. */
const yearsNear = perText((text: string): (string | null)[] =>
  nameSpans(text).map(({ start, end }) => {
    const year = /^[\s,]*(?:of|from|in|dated|vom|от|du|de|(?:signed|adopted|concluded) (?:on|in))\s+(?:[\p{L}\d.,]+\s+){0,3}?((?:19|20)\d\d)(?!\d)/iu.exec(
      text.slice(end, end + 45),
    );
    if (year) return year[1];
    const prefix = /(?:^|\s)((?:19|20)\d\d)\s+$/u.exec(text.slice(Math.max(0, start - 6), start));
    return prefix ? prefix[1] : null;
  }),
);

/** A name found inside a longer one (the head of "Agreement" inside "… Agreement between …") is dropped. */
function dropInner(names: Span[]): Span[] {
  return names.filter((n) => !names.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start));
}
