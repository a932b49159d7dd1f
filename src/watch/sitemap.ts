// Sitemaps (sitemaps.org 0.9, with Google News' <news:news> extension) → entries, parsed by fast-xml-parser. Pure.
// A sitemap index lists further sitemaps, which the poller reads in turn.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type Entry, firstText, type SourceDocument, uniqueEntries } from './entries.ts';
import { pageUrl } from './url.ts';

/** Elements that may repeat: always arrays, even when a sitemap has one. */
const LISTS = new Set(['url', 'sitemap']);

const PARSER = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true, // news:title → title: the prefix a site binds the namespace to varies
  parseTagValue: false, // dates and titles stay text
  processEntities: true,
  isArray: (name) => LISTS.has(name),
});

/** The root element's local name, read from the start of the document (after the prolog and comments). */
export function rootElement(text: string): string | null {
  const m = /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[\w.-]+:)?([\w.-]+)/i.exec(text.slice(0, 4096));
  return m ? m[1] : null;
}

export const isSitemap = (text: string) => ['urlset', 'sitemapindex'].includes(rootElement(text) ?? '');

type Node = Record<string, unknown>;
const child = (node: unknown, name: string): Node | undefined => (node && typeof node === 'object' ? ((node as Node)[name] as Node) : undefined);

function urlEntry(node: Node, base: string): Entry | null {
  const url = pageUrl(firstText(node.loc), base);
  const news = child(node, 'news');
  // A news sitemap dates the article's publication; any sitemap may date its last change.
  return url ? { url, title: firstText(news?.title), version: firstText(node.lastmod, news?.publication_date) } : null;
}

/** The entries of a sitemap, or the sitemaps of an index; throws with the parser's message when it is malformed. */
export function readSitemap(text: string, base: string): SourceDocument & { kind: 'sitemap' | 'sitemap-index' } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = PARSER.parse(text) as Node;
  const index = child(doc, 'sitemapindex');
  if (index) return { kind: 'sitemap-index', sitemaps: uniqueEntries(((index.sitemap as Node[]) ?? []).map((n) => urlEntry(n, base))) };
  const set = child(doc, 'urlset');
  if (!set) throw new Error('not a sitemap: no <urlset> or <sitemapindex>');
  return { kind: 'sitemap', entries: uniqueEntries(((set.url as Node[]) ?? []).map((n) => urlEntry(n, base))) };
}
