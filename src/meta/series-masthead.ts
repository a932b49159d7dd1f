// A research paper's masthead line: its publisher, its series label and its date side by side, above or under the
// title ("Baltic Maritime Institute · Working Paper 7/2024 · 14 February 2024", "Observatoire X · Note d'analyse
// n° 31 · 5 mars 2022"). The series label (text/research-label.ts) is what makes the line a masthead: the name
// beside it is the publisher, the date the publication's. A bar of sections ("World · Analysis · 3 May") is not.
import { type FoundDate, findDates, isResearchLabel } from '../text/index.ts';
import type { MetaContext } from './context.ts';

/** What separates the line's parts. */
const PARTS = /\s*[|·•]\s*|\s+[-–—]\s+/;
/** Emphasis marks around a part ("*Institute*", "**Institute**"), when the Markdown reader left them. */
const EMPHASIS = /^[*_]+|[*_]+$/g;
/** The masthead stands among the first lines of the header or the body (the title, perhaps a kicker, then it). */
const MAX_HEAD_LINES = 4;
const MAX_LINE_CHARS = 200;
/** A publisher's name is short and has no digits; a longer part is a sentence. */
const MAX_NAME_WORDS = 10;
/** Beside a date, a part may hold one more word: a weekday, "г.", "Stand". */
const MAX_WORDS_BESIDE_DATE = 1;

export interface SeriesMasthead {
  line: string;
  /** The series label: "Working Paper 7/2024". */
  label: string;
  /** The publisher beside it, when the line names one. */
  name: string | null;
  /** The line's full date (year, month and day), when it gives one. */
  date: FoundDate | null;
}

/** The parts of a line, the first of which is a research series label; null when none is. */
export function seriesParts(line: string): { label: string; others: string[] } | null {
  if (line.length > MAX_LINE_CHARS) return null;
  const parts = line
    .split(PARTS)
    .map((p) => p.replace(EMPHASIS, '').trim())
    .filter(Boolean);
  const label = parts.length >= 2 ? parts.find(isResearchLabel) : undefined;
  return label ? { label, others: parts.filter((p) => p !== label) } : null;
}

/** A part that is a full date and at most one word more. */
function dateOf(part: string, language: string | null): FoundDate | null {
  const d = findDates(part, language).find((x) => x.year != null && x.month != null && x.day != null);
  if (!d) return null;
  const rest = `${part.slice(0, d.index)} ${part.slice(d.index + d.text.length)}`.match(/[\p{L}\d]+/gu) ?? [];
  return rest.length <= MAX_WORDS_BESIDE_DATE ? d : null;
}

const isName = (part: string) => /^[\p{Lu}\p{Lo}«"“]/u.test(part) && !/\d/.test(part) && !/[.!?]$/.test(part) && part.split(/\s+/).length <= MAX_NAME_WORDS;

export function seriesMasthead(ctx: MetaContext): SeriesMasthead | null {
  for (const line of new Set([...ctx.header.slice(0, MAX_HEAD_LINES), ...ctx.paragraphs.slice(0, MAX_HEAD_LINES)])) {
    const series = seriesParts(line);
    if (!series) continue;
    let date: FoundDate | null = null;
    let name: string | null = null;
    for (const part of series.others) {
      const d = dateOf(part, ctx.language);
      if (d) date ??= d;
      else if (isName(part)) name ??= part;
    }
    if (date || name) return { line: line.replace(EMPHASIS, '').trim(), label: series.label, name, date };
  }
  return null;
}
