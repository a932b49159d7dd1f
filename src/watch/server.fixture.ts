// An in-process HTTP server on 127.0.0.1 for the watcher's tests: feeds, sitemaps and article pages (see
// feeds.fixture.ts), and faulty answers — slow, 500, malformed XML, a 50 MB page streamed (never held in memory),
// redirect loops, a robots.txt that disallows a folder, 304 on conditional GET. Each request is logged.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ARTICLES, articleHtml, atom, jsonFeed, newsSitemap, rdf, rss, sitemapIndex } from './feeds.fixture.ts';

export const BIG_PAGE_BYTES = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'Lorem treaty text. ');

export interface TestServer {
  base: string;
  /** Requests in order: method, path and the conditional headers sent. */
  log: { path: string; ifNoneMatch?: string; ifModifiedSince?: string; at: number }[];
  /** Bytes of the 50 MB page actually written before the client hung up. */
  bigPageSent: number;
  /** Feeds served under /feeds/…: change one to publish a new item. */
  feeds: Record<string, string>;
  close(): Promise<void>;
}

/** Streams `total` bytes in chunks, as fast as the client reads, stopping when it goes away. */
function stream(res: ServerResponse, total: number, sent: (n: number) => void): void {
  let written = 0;
  const more = () => {
    while (written < total && !res.destroyed) {
      const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, total - written));
      written += chunk.length;
      sent(written);
      if (!res.write(chunk)) return res.once('drain', more);
    }
    if (!res.destroyed) res.end();
  };
  more();
}

export async function startTestServer(): Promise<TestServer> {
  const state = { bigPageSent: 0 };
  const log: TestServer['log'] = [];
  let base = '';
  const feeds: Record<string, string> = {};
  const etag = (body: string) => `"${body.length.toString(16)}-${[...body].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16)}"`;

  function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0];
    log.push({ path, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'], at: Date.now() });
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (path === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n');
    if (path.startsWith('/feeds/')) {
      const body = feeds[path];
      if (body === undefined) return send(404, 'text/plain', 'no such feed');
      const tag = etag(body);
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304, { etag: tag });
        return void res.end();
      }
      const type = path.endsWith('.json') ? 'application/feed+json' : 'application/xml';
      return send(200, type, body, { etag: tag, 'last-modified': 'Mon, 02 Jun 2031 08:00:00 GMT' });
    }
    if (ARTICLES[path]) return send(200, 'text/html; charset=utf-8', articleHtml(path));
    if (path === '/private/memo') return send(200, 'text/html', '<p>not for robots</p>');
    if (path === '/gzip/strait') {
      return send(200, 'text/html; charset=utf-8', gzipSync(articleHtml('/news/strait-treaty-signed')), { 'content-encoding': 'gzip' });
    }
    if (path === '/slow') return void setTimeout(() => send(200, 'text/html', '<p>too late</p>'), 5000).unref();
    if (path === '/error') return send(500, 'text/plain', 'internal error');
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no length to refuse it by
      return stream(res, BIG_PAGE_BYTES, (n) => (state.bigPageSent = n));
    }
    if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(BIG_PAGE_BYTES) });
      return stream(res, BIG_PAGE_BYTES, (n) => (state.bigPageSent = n));
    }
    if (path === '/loop/a') return send(302, 'text/plain', '', { location: '/loop/b' });
    if (path === '/loop/b') return send(301, 'text/plain', '', { location: `${base}/loop/a` });
    const hop = /^\/chain\/(\d+)$/.exec(path);
    if (hop) return send(302, 'text/plain', '', { location: `/chain/${Number(hop[1]) + 1}` });
    if (path === '/moved/strait') return send(301, 'text/plain', '', { location: '/news/strait-treaty-signed' });
    return send(404, 'text/plain', 'not found');
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const paths = ['/news/strait-treaty-signed', '/news/strait-treaty-ratified-fr', '/news/fisheries-accord', '/news/harbour-festival'];
  Object.assign(feeds, {
    '/feeds/rss.xml': rss(base, paths.slice(0, 2)),
    '/feeds/atom.xml': atom(base, ['/news/strait-treaty-de']),
    '/feeds/rdf.xml': rdf(base, ['/news/fisheries-accord']),
    '/feeds/feed.json': jsonFeed(base, ['/news/harbour-festival', '/private/memo', '/error']),
    '/feeds/news-sitemap.xml': newsSitemap(base, ['/news/strait-treaty-signed', '/news/fisheries-accord']),
    '/feeds/sitemap-index.xml': sitemapIndex(base, ['/feeds/news-sitemap.xml']),
    '/feeds/broken.xml': '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off<item><link>',
  });
  return {
    base,
    log,
    feeds,
    get bigPageSent() {
      return state.bigPageSent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
