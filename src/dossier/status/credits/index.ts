// Which outlets a report credits as its source: a dateline credit ("MOSCOW, June 19 (Agency) -", "/Agency/"),
// a dash byline ("— Agency"), or words of crediting around the name ("according to Agency", "сообщает
// Agency", "nach Angaben der Nachrichtenagentur Agency", "selon l'agence Agency", "según la agencia Agency",
// "نقلاً عن وكالة Agency"). Only names the caller asks about are looked for (the outlets of the pile's other
// reports): a credit to an outlet whose report is not in the pile joins nothing.
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { CreditWords } from './types.ts';

/** Every language's credit words, tried on every report (a French report may credit in English). */
export const CREDIT_LANGUAGES: CreditWords[] = [en, ru, de, fr, es, ar];

/** How far before a name its credit words may start, and after it they may end. */
const BEFORE_SPAN = 80;
const AFTER_SPAN = 50;
/** A dateline credit sits at the head of the report. */
const DATELINE_SPAN = 300;

const OPEN_QUOTE = `[«"“„'‘]?`;
const CLOSE_QUOTE = `[»"”'’]?`;

const BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${CREDIT_LANGUAGES.flatMap((l) => l.before).join('|')})\\s*${OPEN_QUOTE}\\s*$`, 'iu');
const AFTER_WORDS = CREDIT_LANGUAGES.flatMap((l) => l.after);
const AFTER = new RegExp(`^\\s*${CLOSE_QUOTE}\\s*,?\\s*(?:${AFTER_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** "(Agency)" or "/Agency/" in the dateline. */
const DATELINE_OPEN = /[(/]\s*$/u;
const DATELINE_CLOSE = /^\s*[)/]/u;
/** "— Agency" on a line of its own or ending a line. */
const DASH_BYLINE_BEFORE = /(?:^|\n)[ \t]*(?:—|–|--?)[ \t]*$/u;
const LINE_END = /^[ \t.]*(?:\n|$)/u;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where `name` stands as a whole name in `text` (case-insensitive). */
function* occurrences(text: string, name: string): Generator<[number, number]> {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name)}(?![\\p{L}\\p{N}])`, 'giu');
  for (const m of text.matchAll(re)) yield [m.index, m.index + m[0].length];
}

/** The words that credit the name at [start, end) of `text`, or null when nothing there credits it. */
export function creditAt(text: string, start: number, end: number, head: boolean): string | null {
  const before = text.slice(Math.max(0, start - BEFORE_SPAN), start);
  const after = text.slice(end, end + AFTER_SPAN);
  const b = BEFORE.exec(before);
  if (b) return (b[0] + text.slice(start, end)).trim();
  const a = AFTER.exec(after);
  if (a) return (text.slice(start, end) + a[0]).trim();
  if (head && start < DATELINE_SPAN && DATELINE_OPEN.test(before) && DATELINE_CLOSE.test(after)) return text.slice(Math.max(0, start - 1), end + 1);
  if (DASH_BYLINE_BEFORE.test(before) && LINE_END.test(after)) return `— ${text.slice(start, end)}`;
  return null;
}

/** For each name (key → its written forms), the words crediting it in the texts, when any does. The first text
 *  is the report's body (where a dateline credit counts); the others are lines cleaning cut (credits, bylines). */
export function creditsIn(texts: string[], names: Map<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, forms] of names) {
    search: for (const [i, text] of texts.entries()) {
      for (const form of forms) {
        for (const [s, e] of occurrences(text, form)) {
          const words = creditAt(text, s, e, i === 0);
          if (words) {
            out.set(key, words);
            break search;
          }
        }
      }
    }
  }
  return out;
}
