// HTML → the article's text: @mozilla/readability on linkedom, plus what it lacks for Pactwatch:
// the headline as the first line, paragraphs/headings/list items as text lines, page metadata as hints, and a
// record of every block it dropped (cookie banner, navigation, related list, footer…) in `removed`.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeForCompare, words } from '../../text/index.ts';
import type { MetaHints, Removed } from '../../types.ts';
import { isByline } from '../detectors/byline.ts';
import { isDateStamp } from '../detectors/date-stamp.ts';
import { htmlHints } from './hints.ts';
import { type Block, blocksToText, renderBlocks } from './render.ts';

export interface ExtractedHtml {
  text: string;
  removed: Removed[];
  hints: MetaHints;
  /** What the extractor could not do on this page (read without Readability, and why). */
  warnings: string[];
}

/** Below this much text, Readability has not found an article and the page's non-chrome blocks are used. */
const MIN_ARTICLE_CHARS = 100;
/** A dropped block this long that reappears inside a kept block was merged, not dropped. */
const MIN_CONTAINED_WORDS = 5;

/** Readability's work grows with each element's depth times its subtree (1,000 nested tables, 33 KB: 26 s), so
 *  a page beyond any of these limits is read without it: its blocks outside page chrome, as when Readability
 *  finds no article, with a warning. Real pages nest a few dozen elements deep and tables a few inside each other. */
export const MAX_HTML_DEPTH = 100;
export const MAX_TABLE_NESTING = 8;
/** The sum of every element's depth: Readability's work on a page (a 1 MB news page stays well under it). */
export const MAX_HTML_DEPTH_SUM = 1_000_000;
/** Characters of kept text searched for a dropped block merged into a kept one; past it, the rest of the
 *  dropped blocks are reported without that search (it only decides what `removed` lists, never the body). */
const MAX_CONTAINMENT_WORK = 50_000_000;

/** How deep a page nests its elements and its tables, and the sum of the depths; walked without recursion. */
export function pageShape(root: Element): { depth: number; tables: number; depthSum: number } {
  let depth = 0;
  let tables = 0;
  let depthSum = 0;
  const stack: [Element, number, number][] = [[root, 1, root.tagName.toLowerCase() === 'table' ? 1 : 0]];
  while (stack.length) {
    const [el, d, t] = stack.pop()!;
    depthSum += d;
    if (d > depth) depth = d;
    if (t > tables) tables = t;
    for (const child of Array.from(el.children)) stack.push([child, d + 1, t + (child.tagName.toLowerCase() === 'table' ? 1 : 0)]);
  }
  return { depth, tables, depthSum };
}

/** Why a page is too deep for Readability, or null. */
function tooDeep(document: Document): string | null {
  if (!document.documentElement) return null;
  const shape = pageShape(document.documentElement);
  if (shape.depth > MAX_HTML_DEPTH) return `HTML nested ${shape.depth} elements deep (over ${MAX_HTML_DEPTH})`;
  if (shape.tables > MAX_TABLE_NESTING) return `HTML tables nested ${shape.tables} deep (over ${MAX_TABLE_NESTING})`;
  if (shape.depthSum > MAX_HTML_DEPTH_SUM) return `HTML too large for article extraction (element depths sum to ${shape.depthSum}, over ${MAX_HTML_DEPTH_SUM})`;
  return null;
}

/** linkedom needs a full document to give `body` and `documentElement`; fragments and broken pages get one. */
function parse(html: string): Document {
  const full = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Document;
}

/** Readability's article blocks, title and byline, or null when it finds no article (or fails on the page). */
function readabilityBlocks(html: string): { blocks: Block[]; title: string | null; byline: string | null } | null {
  try {
    const article = new Readability(parse(html), { keepClasses: false }).parse();
    if (!article?.content || (article.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) return null;
    const content = parse(`<!DOCTYPE html><html><head></head><body>${article.content}</body></html>`);
    const byline = article.byline?.replace(/^by\s+/i, '').trim() || null;
    return { blocks: renderBlocks(content.body), title: article.title?.trim() || null, byline };
  } catch {
    return null;
  }
}

/** A dropped block outside any recognised region, named by the text detectors when one knows it. */
function textWhy(text: string): string {
  if (isByline(text)) return 'byline';
  if (isDateStamp(text)) return 'date';
  return 'boilerplate';
}

export function extractHtml(html: string): ExtractedHtml {
  const document = parse(html);
  const hints = htmlHints(document);
  const all = document.body ? renderBlocks(document.body) : [];
  const warnings: string[] = [];
  const deep = tooDeep(document);
  if (deep) warnings.push(`${deep}: read without article extraction (Readability), every block outside page chrome (navigation, banners, footers) kept`);
  const read = deep ? null : readabilityBlocks(html);
  // Without an article from Readability, keep every block that is not in a recognised page region.
  const article = read?.blocks ?? all.filter((b) => !b.chrome);
  // The headline as the page shows it (the h1 that matches the page's title, not a logo set in an h1), else the
  // page's title; it opens the body.
  const known = hints.title ?? read?.title ?? null;
  const h1s = Array.from(document.querySelectorAll('h1'))
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const same = (a: string, b: string) => normalizeForCompare(a).includes(normalizeForCompare(b)) || normalizeForCompare(b).includes(normalizeForCompare(a));
  const title = (known ? h1s.find((h) => same(h, known)) : h1s[0]) ?? known;
  const body =
    title && !article.some((b) => normalizeForCompare(b.text) === normalizeForCompare(title))
      ? [{ text: title, tag: 'h1', chrome: null }, ...article]
      : article;

  const kept = new Set(body.map((b) => normalizeForCompare(b.text)));
  const keptTexts = [...kept];
  const keptChars = keptTexts.reduce((n, k) => n + k.length, 0);
  let containmentWork = 0;
  const isKept = (b: Block) => {
    const t = normalizeForCompare(b.text);
    if (kept.has(t)) return true;
    if (words(t).length < MIN_CONTAINED_WORDS || containmentWork > MAX_CONTAINMENT_WORK) return false;
    containmentWork += keptChars;
    return keptTexts.some((k) => k.includes(t));
  };
  const removed: Removed[] = [];
  let lastEl: Element | null | undefined;
  for (const b of all) {
    if (isKept(b)) {
      lastEl = undefined;
      continue;
    }
    const el = b.chrome?.el ?? null;
    const prev = removed[removed.length - 1];
    if (prev && lastEl !== undefined && el !== null && el === lastEl) prev.text += `\n${b.text}`;
    else removed.push({ text: b.text, why: b.chrome?.why ?? textWhy(b.text) });
    lastEl = el;
  }
  return { text: blocksToText(body), removed, warnings, hints: { ...hints, title: hints.title ?? title, author: hints.author ?? read?.byline ?? null } };
}
