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
}

/** Below this much text, Readability has not found an article and the page's non-chrome blocks are used. */
const MIN_ARTICLE_CHARS = 100;
/** A dropped block this long that reappears inside a kept block was merged, not dropped. */
const MIN_CONTAINED_WORDS = 5;

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
  const read = readabilityBlocks(html);
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
  const isKept = (b: Block) => {
    const t = normalizeForCompare(b.text);
    return kept.has(t) || (words(t).length >= MIN_CONTAINED_WORDS && keptTexts.some((k) => k.includes(t)));
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
  return { text: blocksToText(body), removed, hints: { ...hints, title: hints.title ?? title, author: hints.author ?? read?.byline ?? null } };
}
