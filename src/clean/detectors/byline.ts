// Bylines: "By Jane Roe", "By Global Wire May 6, 2025 | 09:10 AM", "By John Doe, 31 July 2031",
// "By Some Press staff", "Von Anna Schmidt", "Автор: Иван Петров". Kept in the header for the meta stage.
import { atMostWords, words } from '../../text/index.ts';
import { lineDetector } from './line-detector.ts';

/** The word that opens a byline, per language. */
const BY = /^(?:by|von|par|por|door|di|автор(?:ы)?:?|текст:?|text:?|texte:?)\s+(?=\p{L})/iu;
/**
 * Lowercase words a byline may hold besides names, dates and times; any other lowercase word makes the line a
 * sentence ("By Friday the parties must sign…").
 */
const BYLINE_LOWER = new Set(
  (
    'and in for of the de da del della van von der den la le al el bin ibn y e et und и staff writer writers reporter reporters correspondent ' +
    'correspondents editor contributor updated published on at am pm a.m. p.m. utc gmt'
  ).split(' '),
);
const MAX_WORDS = 16;
/** "**By Jane Roe**", "_By Jane Roe_" in markdown. */
const MARKDOWN_EMPHASIS = /^[*_]+|[*_]+$/g;

export function isByline(line: string): boolean {
  const text = line.replace(MARKDOWN_EMPHASIS, '');
  const by = BY.exec(text);
  if (!by || !atMostWords(text, MAX_WORDS) || /[!?]$/.test(text)) return false;
  const rest = words(text.slice(by[0].length))
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter(Boolean);
  const first = rest[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  return rest.every((t) => !/^\p{Ll}/u.test(t) || BYLINE_LOWER.has(t.toLowerCase()));
}

export const byline = lineDetector('byline', isByline);
