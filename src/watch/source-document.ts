// A fetched source's text → what it lists: a sitemap (by its root element) or a feed (any format feedsmith knows).
// Pure; throws one clear sentence when the text is neither or is malformed.
import type { SourceDocument } from './entries.ts';
import { readFeed } from './feed.ts';
import { isSitemap, readSitemap } from './sitemap.ts';

export function readSourceDocument(text: string, base: string): SourceDocument {
  const body = text.replace(/^\uFEFF/, '');
  if (isSitemap(body)) return readSitemap(body, base);
  try {
    return readFeed(body, base);
  } catch (error) {
    const message = (error as Error).message;
    // feedsmith names the problem ("Invalid feed format", "Unrecognized feed format"): say which kind of problem.
    throw new Error(`not a readable feed or sitemap: ${message}`);
  }
}
