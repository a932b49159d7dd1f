// Metadata a page states about itself: meta tags (Open Graph, article:*, Dublin Core, parsely), JSON-LD
// (NewsArticle and kin), <title>, <html lang>, canonical link. Stronger evidence than anything read from the text.
import type { MetaHints } from '../../types.ts';

type Json = Record<string, unknown>;

/** The first non-empty `content` among meta tags, in order of preference. */
function metaContent(document: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const value = document.querySelector(sel)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Schema.org types that describe the report itself (not the site, a breadcrumb or an image). */
const ARTICLE_TYPE = /Article|Report|BlogPosting|Posting|NewsArticle/;

/** The JSON-LD node describing the article, from any of the page's ld+json scripts (broken JSON is skipped). */
function jsonLdArticle(document: Document): Json | null {
  const nodes: Json[] = [];
  const collect = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(collect);
    else if (x && typeof x === 'object') {
      nodes.push(x as Json);
      if ('@graph' in x) collect((x as Json)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is common and says nothing reliable.
    }
  }
  return nodes.find((n) => ARTICLE_TYPE.test(String(n['@type'] ?? ''))) ?? null;
}

/** A schema.org person/organisation value as a name: "X", {name: "X"}, or a list of them. */
function nameOf(x: unknown): string | null {
  if (typeof x === 'string') return x.trim() || null;
  if (Array.isArray(x)) {
    const names = x.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (x && typeof x === 'object' && typeof (x as Json).name === 'string') return ((x as Json).name as string).trim() || null;
  return null;
}

const str = (x: unknown): string | null => (typeof x === 'string' && x.trim() ? x.trim() : null);
/** Author fields sometimes hold a profile URL rather than a name. */
const notUrl = (s: string | null): string | null => (s && !/^https?:\/\//i.test(s) ? s : null);

/** "Headline | Site", "Headline - Site", "Site: Headline": the headline, with the site part dropped. */
export function stripSiteFromTitle(title: string, site: string | null): string {
  const parts = title
    .split(/\s+[|–—•·]\s+|\s+-\s+|\s+::\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const isSite = (p: string) => (site ? p.toLowerCase() === site.toLowerCase() : false);
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length === parts.length) {
    // No site name to match: the last short part is the usual "| Site" suffix.
    const last = parts[parts.length - 1];
    if (last.split(/\s+/).length <= 5) kept.pop();
  }
  return kept.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** A site's name is short and reads as a name: "Great Lakes Dispatch", "Le Phare", "الرافد". */
const MAX_SITE_WORDS = 6;

/**
 * "Headline | Site", "Headline - Site": the site's name, when the page states its headline apart (og:title,
 * JSON-LD) and the title is that headline with one more part.
 */
export function siteFromTitle(title: string, headline: string): string | null {
  const parts = title
    .split(/\s+[|–—•·]\s+|\s+-\s+|\s+::\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ');
  if (parts.length !== 2 || !parts.some((p) => norm(p) === norm(headline))) return null;
  const site = parts.find((p) => norm(p) !== norm(headline)) ?? '';
  return site.split(/\s+/).length <= MAX_SITE_WORDS && /^[\p{Lu}\p{Lo}\p{N}«"“]/u.test(site) && !/[.!?]$/.test(site) ? site : null;
}

export function htmlHints(document: Document): MetaHints {
  const ld = jsonLdArticle(document);
  const rawTitle = document.querySelector('title')?.textContent?.trim() || null;
  const statedTitle = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) ?? str(ld?.headline);
  const outlet =
    metaContent(document, [
      'meta[property="og:site_name"]',
      'meta[name="application-name"]',
      'meta[name="publisher"]',
      'meta[name="dc.publisher"]',
      'meta[name="DC.publisher"]',
    ]) ??
    nameOf(ld?.publisher) ??
    (rawTitle && statedTitle ? siteFromTitle(rawTitle, statedTitle) : null);
  const title = statedTitle ?? (rawTitle ? stripSiteFromTitle(rawTitle, outlet) : null);
  const author =
    notUrl(
      metaContent(document, [
        'meta[name="author"]',
        'meta[property="article:author"]',
        'meta[name="parsely-author"]',
        'meta[name="sailthru.author"]',
        'meta[name="dc.creator"]',
        'meta[name="DC.creator"]',
      ]),
    ) ?? nameOf(ld?.author);
  const published =
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[property="og:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
      'meta[itemprop="datePublished"]',
    ]) ?? str(ld?.datePublished);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(document, ['meta[property="og:url"]']) || str(ld?.url);
  const language =
    document.documentElement?.getAttribute('lang')?.trim() ||
    metaContent(document, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]']) ||
    str(ld?.inLanguage);
  const section =
    metaContent(document, ['meta[property="article:section"]', 'meta[name="section"]']) ??
    str(ld?.articleSection) ??
    (/Opinion/.test(String(ld?.['@type'] ?? '')) ? 'Opinion' : null);
  return { title, outlet, author, published, url: url || null, language: language || null, section };
}
