// RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed → entries, parsed by feedsmith. Pure.
import { type AtomFeed, type JsonFeed, parseFeed, type RdfFeed, type RssFeed } from 'feedsmith';
import { type Entry, firstText, type SourceDocument, uniqueEntries } from './entries.ts';
import { pageUrl } from './url.ts';

type Rss = RssFeed.Item<string>;
type Atom = AtomFeed.Entry<string>;
type Rdf = RdfFeed.Item<string>;
type Json = JsonFeed.Item<string>;

const entry = (href: string | null | undefined, base: string, title: unknown, ...dates: unknown[]): Entry | null => {
  const url = pageUrl(href, base);
  return url ? { url, title: firstText(title), version: firstText(...dates) } : null;
};

/** An RSS item's page: its link, else a guid that is a permalink. */
const rssEntry = (item: Rss, base: string) =>
  entry(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : null), base, item.title, item.pubDate, item.dc?.dates?.[0]);

/** An Atom entry's page: its alternate link (a link without rel is one), HTML first. */
function atomEntry(item: Atom, base: string): Entry | null {
  const alternates = (item.links ?? []).filter((l) => !l.rel || l.rel === 'alternate');
  const link = alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0];
  return entry(link?.href, base, item.title?.value, item.updated, item.published);
}

const rdfEntry = (item: Rdf, base: string) => entry(item.link ?? item.rdf?.about, base, item.title, item.dc?.dates?.[0]);

/** A JSON Feed item's page: its url, else its external_url, else an id that is an address. */
const jsonEntry = (item: Json, base: string) => entry(item.url ?? item.external_url ?? item.id, base, item.title, item.date_modified, item.date_published);

/** The entries of a feed; throws (feedsmith's message) when the text is no feed or is malformed. */
export function readFeed(text: string, base: string): SourceDocument & { kind: 'feed' } {
  const parsed = parseFeed(text);
  switch (parsed.format) {
    case 'rss':
      return { kind: 'feed', format: 'rss', entries: uniqueEntries((parsed.feed.items ?? []).map((i) => rssEntry(i, base))) };
    case 'atom':
      return { kind: 'feed', format: 'atom', entries: uniqueEntries((parsed.feed.entries ?? []).map((i) => atomEntry(i, base))) };
    case 'rdf':
      return { kind: 'feed', format: 'rdf', entries: uniqueEntries((parsed.feed.items ?? []).map((i) => rdfEntry(i, base))) };
    case 'json':
      return { kind: 'feed', format: 'json', entries: uniqueEntries((parsed.feed.items ?? []).map((i) => jsonEntry(i, base))) };
  }
}
