// What a watched source lists: its items' addresses, with what it says of each. Pure types and helpers shared by
// the feed and sitemap readers.

export interface Entry {
  /** The item's page: absolute http(s), fragment removed. */
  url: string;
  title: string | null;
  /** When the source says the item was last changed (else published), as it writes it; a different value on a
   *  later poll means the page is read again. Null when the source gives no date. */
  version: string | null;
}

export type SourceDocument =
  | { kind: 'feed'; format: 'rss' | 'atom' | 'rdf' | 'json'; entries: Entry[] }
  | { kind: 'sitemap'; entries: Entry[] }
  /** A sitemap index: the sitemaps it lists, read in turn. */
  | { kind: 'sitemap-index'; sitemaps: Entry[] };

/** The first non-empty string among the values. */
export function firstText(...values: unknown[]): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return null;
}

/** Entries with an address, each address once (the first mention wins). */
export function uniqueEntries(entries: (Entry | null)[]): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const e of entries) {
    if (!e || seen.has(e.url)) continue;
    seen.add(e.url);
    out.push(e);
  }
  return out;
}
