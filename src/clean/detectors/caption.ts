// Photo captions and their agency credits, including ones glued into the next sentence by a scrape:
// "…in the capital. September 8, 2022. Photo credits: State News AgencyThus, the fourth article…" keeps
// "Thus, the fourth article…". Captions are found through their credit: a caption without one reads like news.

import { atMostWords, isCapitalised, SENTENCE_STARTERS, sentences, words } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import type { Cut, Detector } from '../text-doc.ts';
import { isDateStamp } from './date-stamp.ts';

/**
 * "Photo:", "Photo credits:", "Image:", "Фото:", "Foto:", "Bild:"; "Credit:" only where a sentence or line starts.
 * Case-sensitive: credits are capitalised, while "a photo: the two leaders…" is a sentence.
 */
const MARKER = new RegExp(`(?:(?<!\\p{L})${anyOf(junkWords('photo'))}(?:\\s+[Cc]redits?)?|(?<=^|[.!?)]\\s*)(?:Credits?|CREDITS?))\\s*:\\s*`, 'gu');
/** "(AGENCY Photo/Name)", "(Name, Pool Photo via AGENCY)": bracketed photo credits without a colon. Case-sensitive. */
const AGENCY_PHOTO = /\((?:[^()]{0,80}\s)?Photo(?:\s*\/|\s+via\s)[^()]{1,60}\)/gu;
/** Lines that label themselves ("Image caption, …", "Image source, …", "Caption: …") and markdown images. */
const CAPTION_LINE = /^(?:(?:image|photo|picture|video) (?:caption|source|credit)s?|caption)\s*[,:]|^!\[[^\]]*\]\([^)]*\)$/iu;
const MAX_CAPTION_LINE_WORDS = 40;
/** A caption line closed by the mark of an old picture: "Leaders at the signing (file photo)", "(Archivbild)". */
const ARCHIVE_LINE = new RegExp(`\\(\\s*${anyOf(junkWords('archive'))}\\s*\\)\\.?$`, 'iu');
/** A photo-agency credit without a marker ends a caption line: "Name Surname/Agency", "Pool/Agency via Agency". */
const SLASH_CREDIT = /(?<=[.!?]\s+|^)(?:\p{Lu}[\p{L}.-]*(?:\s+(?:via\s+)?\p{Lu}[\p{L}.-]*)*\s*\/\s*)+\p{Lu}[\p{L}.-]*(?:\s+(?:via\s+)?\p{Lu}[\p{L}.-]*)*$/u;
/** A caption sentence is short: one that a date follows, or the only one before the credit, up to this size… */
const MAX_CAPTION_WORDS = 35;
/** …and the last of several undated sentences only when shorter still (a fragment: "Leaders at the signing."). */
const MAX_UNDATED_CAPTION_WORDS = 20;
/** Without a glued boundary, a credit is the rest of the line when that is short, else a run of names. */
const MAX_CREDIT_WORDS = 10;
const MAX_CREDIT_NAME_TOKENS = 6;
/** A scrape glues text to text with no space: "AgencyThus", "war.North". */
const GLUED_WORDS = /\p{Ll}(?=\p{Lu}\p{Ll})/u;
const GLUED_SENTENCES = /[\p{Ll}\p{N})][.!?](?=\p{Lu}\p{Ll})/gu;

/**
 * Where a credit that starts at `from` ends: at a glued boundary; else at the first capitalised sentence opener
 * ("The", "In") after the names; at a lowercase word only if the rest of the line is too long to be a credit.
 */
function creditEnd(line: string, from: number): number {
  const rest = line.slice(from);
  const glued = GLUED_WORDS.exec(rest.slice(0, 80));
  if (glued) return from + glued.index + 1;
  const short = words(rest).length <= MAX_CREDIT_WORDS;
  let end = from;
  const token = /\S+/g;
  for (let n = 0, m = token.exec(rest); m; n++, m = token.exec(rest)) {
    const t = m[0];
    if (n > 0 && isCapitalised(t) && SENTENCE_STARTERS.has(t.toLowerCase())) return end;
    const nameLike = isCapitalised(t) || /^(?:[/&-]|via|of)$/.test(t);
    if ((!nameLike && !short) || n >= MAX_CREDIT_NAME_TOKENS) return end;
    end = from + m.index + t.length;
  }
  return end;
}

/**
 * Where the caption before a credit at `at` starts (at itself when none precedes it). A caption is the date
 * sentences right before the credit plus the one sentence they date, or a lone short sentence or fragment; a
 * glued sentence boundary ("war.The leader…") marks where it began.
 */
function captionStart(line: string, at: number): number {
  const prefix = line.slice(0, at);
  if (!prefix.trim()) return 0;
  let from = 0;
  for (const m of prefix.matchAll(GLUED_SENTENCES)) from = m.index + 2;
  const rest = prefix.slice(from);
  const parts = sentences(rest);
  let start = rest.length;
  let k = parts.length - 1;
  let dated = false;
  for (; k >= 0 && isDateStamp(parts[k]); k--, dated = true) start = rest.lastIndexOf(parts[k], start);
  const limit = dated || parts.length === 1 ? MAX_CAPTION_WORDS : MAX_UNDATED_CAPTION_WORDS;
  if (k >= 0 && words(parts[k]).length <= limit) start = rest.lastIndexOf(parts[k], start);
  return from + start;
}

/** A bracketed credit: the bracket alone inside a sentence; at the end of a line, with the caption before it. */
function bracketed(line: string, open: number, close: number): { start: number; end: number } {
  if (line.slice(close + 1).trim() === '') return { start: captionStart(line, open), end: line.length };
  return { start: /\s*$/.exec(line.slice(0, open))!.index, end: close + 1 };
}

function findCaptions(line: string): { start: number; end: number }[] {
  if ((CAPTION_LINE.test(line) || ARCHIVE_LINE.test(line)) && atMostWords(line, MAX_CAPTION_LINE_WORDS)) return [{ start: 0, end: line.length }];
  const found: { start: number; end: number }[] = [];
  for (const m of line.matchAll(MARKER)) {
    const open = line.lastIndexOf('(', m.index);
    const close = line.indexOf(')', m.index);
    if (open >= 0 && line.slice(open + 1, m.index).trim() === '' && close > 0 && close - m.index < 80) found.push(bracketed(line, open, close));
    else found.push({ start: captionStart(line, m.index), end: creditEnd(line, m.index + m[0].length) });
  }
  for (const m of line.matchAll(AGENCY_PHOTO)) found.push(bracketed(line, m.index, m.index + m[0].length - 1));
  const slash = SLASH_CREDIT.exec(line);
  if (slash && found.length === 0) found.push({ start: captionStart(line, slash.index), end: line.length });
  return found;
}

export const caption: Detector = {
  name: 'caption',
  detect(doc) {
    const cuts: Cut[] = [];
    doc.lines.forEach((line, i) => {
      if (doc.isLive(i)) for (const c of findCaptions(line)) cuts.push({ line: i, ...c, why: 'caption' });
    });
    return cuts;
  },
};
