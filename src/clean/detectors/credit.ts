// Credit lines of wire copy and syndication: "(Reporting by X. Editing by Y)", "Reporting by X in Y; additional
// reporting by Z; Editing by W", "Compiled by X; Editing by Y", "Distributed by X", "AP contributed to this report".
// A credit in brackets glued to the end of the last paragraph is cut from it, leaving the sentence whole.

import { atMostWords } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';
import { splitSentences } from './glued.ts';

/** Roles that wire credits name before "by". */
const ROLE =
  '(?:(?:additional|further|extra) )?(?:reporting|writing|written|editing|edited|compiled|compilation|produced|production|graphics?|research|translated|translation|fact-?checking|sub-?editing|photography|posted)';
const CREDIT_LINE = new RegExp(`^\\(?\\s*${ROLE}(?:\\s+and\\s+${ROLE})?\\s+by\\s+`, 'iu');
/** Syndication and courtesy credits: who distributed or lent the copy ("Source: X", "Quelle: X", "Источник: X"). */
const SYNDICATION_LINE = new RegExp(
  [
    '^(?:(?:distributed|syndicated|supplied|provided|republished) (?:by|from|via)',
    'courtesy of',
    `${anyOf(junkWords('sourceCredit'))}\\s*:`,
    '(?:this (?:article|story) )?(?:was )?originally (?:published|appeared) (?:on|in|by)) ',
  ].join('|'),
  'iu',
);
/** The credited name is capitalised, or in a caseless script ("Reporting by state media suggested…" is a sentence). Case-sensitive. */
const NAME_NEXT = /^[\p{Lu}\p{Lo}]/u;

/** Lowercase words a credit line holds besides names and places; any other makes it a sentence of the report. */
const CREDIT_WORDS = new Set(
  'by in and additional further extra reporting writing written editing edited compiled compilation produced production graphics graphic research translated translation fact-checking factchecking sub-editing subediting photography posted from for of the at with de da van von staff correspondent correspondents reporters desk team bureau'.split(
    ' ',
  ),
);
function onlyNames(text: string): boolean {
  return text.split(/[\s;.,()]+/).every((t) => !/^\p{Ll}/u.test(t) || CREDIT_WORDS.has(t.toLowerCase()));
}

/** The prefix matches and a capitalised name follows it. */
function creditedBy(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  return !!m && NAME_NEXT.test(text.slice(m[0].length));
}
const CONTRIBUTED = /^[^.]{1,80} contributed (?:reporting )?to this (?:report|story|article)\.?$/i;
/** A bracketed credit at the very end of a paragraph. */
const TRAILING_CREDIT = new RegExp(`\\s*\\(\\s*${ROLE}(?:\\s+and\\s+${ROLE})?\\s+by\\s+[^()]{2,240}\\)\\s*$`, 'iu');
/**
 * A bracketed credit in any language: every part names a role and then a person ("(Reportaje de A; edición de
 * B)", "(Reportage de A ; édité par B)", "(Bericht von A; Redigiert von B)", "(Редактор A)"). Case-sensitive name.
 */
const ROLE_PART = new RegExp(`^${anyOf(junkWords('creditRoles'))}\\s*:?\\s+`, 'iu');
const NAME_START = /^(?:\p{Lu}|\p{Lo})/u;
const MAX_PART_WORDS = 10;
function isBracketedCredit(text: string): boolean {
  const inner = /^\((.+)\)\.?$/u.exec(text)?.[1];
  if (!inner || inner.includes('(')) return false;
  const parts = inner.split(/\s*;\s*|\.\s+/).filter(Boolean);
  return parts.every((p) => {
    const m = ROLE_PART.exec(p);
    return !!m && NAME_START.test(p.slice(m[0].length)) && atMostWords(p, MAX_PART_WORDS);
  });
}
/** A bracket closing a paragraph's line: a credit when isBracketedCredit says so. */
const TRAILING_BRACKET = /(?<=[.!?»”"]\s*)\([^()]{2,240}\)\s*$/u;
function trailingBracketCredit(line: string): RegExpExecArray | null {
  const m = TRAILING_BRACKET.exec(line);
  return m && isBracketedCredit(m[0].trim()) ? m : null;
}
/** A page's note about its own text: a translation, a transcription, who prepared the note from what. */
const PAGE_NOTE = new RegExp(`^${anyOf(junkWords('pageNote'))}(?!\\p{L})`, 'iu');
const MAX_NOTE_WORDS = 30;
/**
 * Every sentence is a syndication credit or a page note ("Source: X press release. This page may contain
 * transcription errors.", "Translation from the Czech original. Unofficial translation provided by X").
 */
function isCreditNotes(text: string): boolean {
  if (!atMostWords(text, MAX_NOTE_WORDS)) return false;
  const parts = splitSentences(text);
  const syndication = (s: string) => creditedBy(SYNDICATION_LINE, s) && atMostWords(s, MAX_SYNDICATION_WORDS);
  return parts.some((s) => PAGE_NOTE.test(s) || syndication(s)) && parts.every((s) => PAGE_NOTE.test(s) || syndication(s));
}
/** Credit lines are short lists of names; a long line starting "Reporting by" is a sentence of the report. */
const MAX_WORDS = 45;
const MAX_SYNDICATION_WORDS = 12;

export const credit: Detector = {
  name: 'credit',
  detect(doc) {
    const cuts: Cut[] = [];
    for (let i = 0; i < doc.lines.length; i++) {
      if (!doc.isLive(i)) continue;
      const text = doc.text(i);
      const isCredit = creditedBy(CREDIT_LINE, text) && atMostWords(text, MAX_WORDS) && onlyNames(text);
      const isSyndication = creditedBy(SYNDICATION_LINE, text) && atMostWords(text, MAX_SYNDICATION_WORDS);
      if (isCredit || isSyndication || CONTRIBUTED.test(text) || isBracketedCredit(text) || isCreditNotes(text)) {
        cuts.push(wholeLine(doc, i, 'credit'));
        continue;
      }
      const line = doc.lines[i];
      const trailing = TRAILING_CREDIT.exec(line) ?? trailingBracketCredit(line);
      if (trailing) cuts.push({ line: i, start: trailing.index, end: line.length, why: 'credit' });
    }
    return cuts;
  },
};
