// The plain-text document the detectors work on: lines, what has been cut so far, and the zones they ask about.

import { inOneByte, isBodyParagraph } from '../text/index.ts';
import type { Removed } from '../types.ts';

/** A cut made by a detector: a whole line (start 0, end = line length) or a span inside it. */
export interface Cut {
  line: number;
  start: number;
  end: number;
  why: string;
}

/** One kind of junk: looks at the document as cut so far and proposes more cuts. */
export interface Detector {
  /** Also the `why` of what it removes. */
  name: string;
  /**
   * True when a decision depends on the line's place among live lines (header zone, page tail), so that others'
   * cuts can change it. Detectors that judge a line's text alone need not run again over the same text.
   */
  zonal?: boolean;
  detect(doc: TextDoc): Cut[];
}

/** A whole-line cut of line i. */
export function wholeLine(doc: TextDoc, i: number, why: string): Cut {
  return { line: i, start: 0, end: doc.lines[i].length, why };
}

export class TextDoc {
  readonly lines: string[];
  private readonly spans: Cut[][];
  /** text(i), kept until line i is cut again: detectors ask for it many times. */
  private readonly texts: (string | undefined)[];
  /** bodyStart() is asked for every line by the zone rules; recomputed only after a cut. */
  private start: number | null = null;
  private last: number | null = null;
  /** Facts detectors computed about a line's text, by detector; dropped when the line is cut again. */
  private readonly memos = new Map<string, Map<number, unknown>>();

  constructor(text: string) {
    this.lines = text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      // Each line its own one-byte string where it can be: the detectors' patterns run faster on those.
      .map((l) => inOneByte(l.trim()));
    this.spans = this.lines.map(() => []);
    this.texts = [];
  }

  /** Record a cut; false when it adds nothing (already covered). */
  cut(c: Cut): boolean {
    const line = this.lines[c.line];
    if (line === undefined || c.end <= c.start) return false;
    const mine = this.spans[c.line];
    if (mine.some((s) => s.start <= c.start && s.end >= c.end)) return false;
    for (let k = mine.length - 1; k >= 0; k--) if (mine[k].start >= c.start && mine[k].end <= c.end) mine.splice(k, 1);
    mine.push(c);
    mine.sort((a, b) => a.start - b.start);
    this.texts[c.line] = undefined;
    for (const m of this.memos.values()) m.delete(c.line);
    this.start = null;
    this.last = null;
    return true;
  }

  /** The line minus its partial cuts; '' when the whole line is cut. */
  text(i: number): string {
    return (this.texts[i] ??= this.uncut(i));
  }

  private uncut(i: number): string {
    const line = this.lines[i];
    if (this.spans[i].length === 0) return line;
    let out = '';
    let at = 0;
    for (const s of this.spans[i]) {
      const piece = line.slice(at, s.start);
      out = joinPieces(out, piece);
      at = Math.max(at, s.end);
    }
    return joinPieces(out, line.slice(at)).trim();
  }

  /**
   * A fact about line i's text, computed once until the line is cut again: zonal detectors run on every pass, and
   * only their zone test needs to.
   */
  memo<T>(key: string, i: number, compute: () => T): T {
    let m = this.memos.get(key);
    if (!m) this.memos.set(key, (m = new Map()));
    if (m.has(i)) return m.get(i) as T;
    const value = compute();
    m.set(i, value);
    return value;
  }

  /** Non-blank and not entirely cut. */
  isLive(i: number): boolean {
    return this.text(i) !== '';
  }

  /** Index of the next live line after i, or -1. */
  nextLive(i: number): number {
    for (let j = i + 1; j < this.lines.length; j++) if (this.isLive(j)) return j;
    return -1;
  }

  /** First live line that reads as a paragraph of the report; -1 when there is none. */
  bodyStart(): number {
    if (this.start === null) {
      this.start = -1;
      for (let i = 0; i < this.lines.length && this.start < 0; i++) if (this.isLive(i) && isBodyParagraph(this.text(i))) this.start = i;
    }
    return this.start;
  }

  /** Line i sits above the first body paragraph (title, labels, bylines, date lines). */
  inHeader(i: number): boolean {
    return i < this.bodyStart();
  }

  /** Nothing live follows line i: it is part of the page's footer if it is junk. */
  inTail(i: number): boolean {
    if (this.last === null) {
      this.last = -1;
      for (let j = this.lines.length - 1; j >= 0 && this.last < 0; j--) if (this.isLive(j)) this.last = j;
    }
    return i >= this.last;
  }

  /** The cleaned body, what was removed (consecutive whole lines with the same why grouped), the header lines. */
  result(): { body: string; removed: Removed[]; header: string[] } {
    const removed: Removed[] = [];
    let lastWhole = -2;
    const kept: string[] = [];
    this.lines.forEach((line, i) => {
      if (!line) {
        if (lastWhole === i - 1) lastWhole = i; // a blank line does not break a group
        kept.push('');
        return;
      }
      const whole = this.spans[i].length === 1 && this.spans[i][0].start === 0 && this.spans[i][0].end >= line.length;
      for (const s of this.spans[i]) {
        const text = line.slice(s.start, s.end).trim();
        const prev = removed[removed.length - 1];
        if (whole && prev && prev.why === s.why && lastWhole === i - 1) prev.text += `\n${text}`;
        else if (text) removed.push({ text, why: s.why });
      }
      if (whole) lastWhole = i;
      else kept.push(this.text(i)); // a removed line leaves no gap: the text keeps its own paragraphing
    });
    const body = kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const start = this.bodyStart();
    const header = start > 0 ? this.lines.slice(0, start).filter(Boolean) : [];
    return { body, removed, header };
  }
}

/** Join what is left either side of a cut with one space: the cut took out what stood between two sentences. */
function joinPieces(left: string, right: string): string {
  if (!left.trim() || !right.trim()) return left + right;
  return `${left.trimEnd()} ${right.trimStart()}`;
}
