// The built web UI (vite's output folder): its files under a strict CSP, and index.html for every other path.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import { UI_CSP } from './security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export function webRoutes(dir: string): Hono {
  const web = new Hono();
  const root = normalize(dir);
  web.get('*', async (c) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.json({ error: { status: 400, message: 'malformed URL: a percent escape that is not UTF-8' } }, 400);
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    const inside = file.startsWith(root + sep);
    const asset = inside ? await readFile(file).catch(() => null) : null;
    const bytes = asset ?? (await readFile(join(root, 'index.html')).catch(() => null));
    if (!bytes) return c.text('the web UI is not built: run `npm run build:web`', 404);
    const type = (asset && TYPES[extname(file)]) || TYPES['.html'];
    c.header('Content-Security-Policy', UI_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Type', type);
    return c.body(bytes);
  });
  return web;
}
