// Lines → blocks: headings, list items and running paragraphs, before any sentence is split.
// A newline inside a paragraph is left to the sentence splitter ("Bill No.\n1234-5 was tabled" is one sentence).
import { MONTH_SET } from './abbreviations.ts';

export type BlockUnit = 'sentence' | 'list-item' | 'heading';

export interface Block {
  start: number;
  end: number;
  unit: BlockUnit;
}

/** Bullet glyphs before a list item; the glyph is not part of the item's text. */
const BULLET = /^[ \t]*([-–—*•·▪►‣◦●■+])[ \t\u00a0]+(?=\S)/u;
/** Enumerators ("1. ", "2) ", "(a) ", "iv) "); kept in the item's text because the number means something ("paragraph 1"). */
const ENUMERATOR = /^[ \t]*(?=(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\)|\(?[ivx]{1,4}\))[ \t\u00a0]+(?!\d{4}\b)\S)/u;
/** A day followed by a month at the start of a line is a date ("5. Mai 2031"), not an enumerator. */
const DAY_MONTH = /^[ \t]*\d{1,2}\.\s+(\p{L}+)/u;
/** Markdown heading marks, dropped from the heading's text. */
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+(?=\S)/;
/** Russian, Ukrainian and Bulgarian dialogue opens a line with an em dash: direct speech, not a bullet. */
const DASH_DIALOGUE_LANGUAGES = new Set(['ru', 'uk', 'bg', 'be']);

/** A heading is short: at most this many words … */
export const HEADING_MAX_WORDS = 16;
/** … and this many characters. */
export const HEADING_MAX_CHARS = 140;
/** A line ending like this is a sentence or a clause that goes on, not a heading. */
const CLAUSE_END = /[.!?…:;,。！？؟][\p{Pf}\p{Pe}"'»]*$/u;
/** A line ending in a connector word or a hyphen breaks a sentence in two (hard wrap), it is not a heading. */
const CONNECTOR_END =
  /(?:[-‐–—&]|(?<!\p{L})(?:and|or|of|the|a|an|to|in|on|by|for|with|at|from|that|und|oder|der|die|das|des|im|zu|von|mit|et|ou|de|du|la|le|les|à|и|или|в|на|с|по|о|для|к))$/iu;
/** Hard-wrapped text has lines shorter than this; a longer line that stops without punctuation ends its block. */
export const HARD_WRAP_MAX_CHARS = 100;
/** In a hard-wrapped run most lines (this share) are nearly (this ratio of) as long as the longest. */
const WRAP_SHARE = 2 / 3;
const WRAP_RATIO = 0.75;
/** A line that ends its sentence: the next line may start a new block. */
const SENTENCE_CLOSED = /[.!?…。！？؟][\p{Pf}\p{Pe}"'»]*$/u;
const LOWER_START = /^\s*[\p{Ll}]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    lines.push({ start, end, text: body.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** [start, end) of `line` without surrounding whitespace, after skipping `skip` leading characters. */
function trimmed(line: Line, skip = 0): { start: number; end: number } {
  const text = line.text;
  let a = skip;
  let b = text.length;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: line.start + a, end: line.start + b };
}

/** A line without a letter or a digit ("§", "***", "---") separates blocks like a blank line. */
function isBlank(line: Line | undefined): boolean {
  return !line || !HAS_WORD.test(line.text);
}

function listMarker(line: Line, language: string | null): number | null {
  if (ENUMERATOR.test(line.text) && !MONTH_SET.has(DAY_MONTH.exec(line.text)?.[1] ?? '')) return (/^[ \t]*/.exec(line.text) as RegExpExecArray)[0].length;
  const bullet = BULLET.exec(line.text);
  if (!bullet) return null;
  if (bullet[1] === '—' && language && DASH_DIALOGUE_LANGUAGES.has(language)) return null;
  return bullet[0].length;
}

function looksLikeHeading(text: string, next: Line | undefined): boolean {
  const t = text.trim();
  if (!HAS_WORD.test(t) || t.length > HEADING_MAX_CHARS) return false;
  // A title in capitals may be long ("TREATY ON … BETWEEN …"); otherwise a heading is a few words.
  if (t.split(/\s+/).length > HEADING_MAX_WORDS && !ALL_CAPS.test(t)) return false;
  if (CLAUSE_END.test(t) || CONNECTOR_END.test(t)) return false;
  return isBlank(next) || !LOWER_START.test(next!.text);
}

/**
 * Lines that belong to a hard-wrapped paragraph: a run of three or more lines, short enough to be wrapped,
 * most of them nearly as long as the longest, and no list item. Their ends are not headings ("…President Elena Smith and Prime").
 */
function wrappedLines(lines: Line[], language: string | null): Set<number> {
  const wrapped = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && !isBlank(lines[j])) j++;
    // Items of a list are often alike in length; they are not a wrapped paragraph.
    const list = lines.slice(i, j).some((l) => listMarker(l, language) !== null);
    const lengths = lines.slice(i, j - 1).map((l) => l.text.trim().length);
    const longest = lengths.reduce((a, b) => Math.max(a, b), 0); // not Math.max(...): a block may have 200,000 lines
    const full = lengths.filter((n) => n >= WRAP_RATIO * longest).length;
    if (!list && j - i >= 3 && longest <= HARD_WRAP_MAX_CHARS && full >= WRAP_SHARE * lengths.length) for (let k = i; k < j; k++) wrapped.add(k);
    i = Math.max(j, i + 1);
  }
  return wrapped;
}

/** Splits a body into blocks; every block is trimmed and contains a letter or a digit. */
export function blocksOf(body: string, language: string | null): Block[] {
  const lines = linesOf(body);
  const wrapped = wrappedLines(lines, language);
  const blocks: Block[] = [];
  let open: Block | null = null;
  // Whether the previous non-blank line ended its sentence (or was a heading): only then may a heading follow.
  let closed = true;
  const close = () => {
    if (open && HAS_WORD.test(body.slice(open.start, open.end))) blocks.push(open);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      close();
      closed = true;
      continue;
    }
    const marker = listMarker(line, language);
    const md = MARKDOWN_HEADING.exec(line.text);
    if (md || (marker === null && closed && !wrapped.has(i) && looksLikeHeading(line.text, lines[i + 1]))) {
      close();
      const span = trimmed(line, md ? md[0].length : 0);
      if (HAS_WORD.test(body.slice(span.start, span.end))) blocks.push({ ...span, unit: 'heading' });
      closed = true;
      continue;
    }
    const span = trimmed(line, marker ?? 0);
    // An item goes on over its following lines only while they continue its sentence or are indented.
    const continuesItem = open?.unit === 'list-item' && (!closed || LOWER_START.test(line.text) || /^[ \t]{2,}/.test(line.text));
    if (marker !== null || (open?.unit === 'list-item' && !continuesItem)) {
      close();
      open = { ...span, unit: marker !== null ? 'list-item' : 'sentence' };
    } else if (open) {
      open.end = span.end;
    } else {
      open = { ...span, unit: 'sentence' };
    }
    closed = SENTENCE_CLOSED.test(line.text.trimEnd());
    // A long unpunctuated line (a caption, a dateline) is not a hard wrap: the next line starts afresh.
    const next = lines[i + 1];
    if (!closed && line.text.trim().length > HARD_WRAP_MAX_CHARS && !/[:,;]\s*$/.test(line.text) && !isBlank(next) && !LOWER_START.test(next.text)) {
      close();
      closed = true;
    }
  }
  close();
  return blocks;
}
