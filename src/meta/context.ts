// What every metadata rule reads: the page's hints, the header zone, what the clean stage removed (and why), the
// body's paragraphs, the headline and the lead paragraph with its dateline.
import { type Dateline, parseDateline } from '../text/index.ts';
import type { CleanedDocument, MetaHints, Removed } from '../types.ts';

/** A decided field and the words that decided it. */
export interface Field<T> {
  value: T | null;
  evidence: string;
}

export interface MetaContext {
  hints: MetaHints;
  header: string[];
  removed: Removed[];
  body: string;
  /** Non-empty body lines. */
  paragraphs: string[];
  /** The first body line when it stood above the first paragraph (the headline), else null. */
  headline: string | null;
  /** The first paragraph of the report proper. */
  lead: string;
  dateline: Dateline | null;
  language: string | null;
}

export function buildContext(cleaned: CleanedDocument, language: string | null): MetaContext {
  const paragraphs = cleaned.body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // A first line that the next continues in lowercase is wrapped prose, not a headline.
  const headline = paragraphs.length > 1 && cleaned.header.includes(paragraphs[0]) && !/^\p{Ll}/u.test(paragraphs[1]) ? paragraphs[0] : null;
  const lead = paragraphs[headline ? 1 : 0] ?? '';
  return {
    hints: cleaned.hints,
    header: cleaned.header,
    removed: cleaned.removed,
    body: cleaned.body,
    paragraphs,
    headline,
    lead,
    dateline: parseDateline(lead, language),
    language,
  };
}

/** The removed lines a given detector cut, one per line, in document order. */
export function removedLines(ctx: MetaContext, ...whys: string[]): string[] {
  return ctx.removed.filter((r) => whys.includes(r.why)).flatMap((r) => r.text.split('\n'));
}

/** Particles a name in capitals sets in lowercase once tidied: "CENTRO DE ESTUDIOS DEL X" → "Centro de Estudios del X". */
const CAPS_PARTICLE = /^(?:DE|DEL|DU|DES|LA|LAS|LOS|LE|LES|ET|Y|FÜR|UND|DER)$/u;

/**
 * A name as written, or, when set in capitals, in title case: "HARBOUR GAZETTE" → "Harbour Gazette", "JANE DOE AND
 * JOHN ROE" → "Jane Doe and John Roe". With `acronyms`, words of four letters or fewer stay capitals ("BBC").
 */
export function tidyName(name: string, acronyms = false): string {
  const t = name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');
  if (t.replace(/(?<!\p{L})(?:and|of|the)(?!\p{L})/gu, '') !== t.toUpperCase().replace(/(?<!\p{L})(?:AND|OF|THE)(?!\p{L})/gu, '')) return t;
  return t.replace(/\p{L}+/gu, (w, at: number) =>
    (at > 0 && CAPS_PARTICLE.test(w)) || /^(?:AND|OF|THE)$/.test(w) ? w.toLowerCase() : acronyms && w.length <= 4 ? w : w[0] + w.slice(1).toLowerCase(),
  );
}

/** Quote a piece of text as evidence, shortened. */
export function quote(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `«${t.length > max ? `${t.slice(0, max - 1)}…` : t}»`;
}
