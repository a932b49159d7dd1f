// Report text is untrusted: strict Content-Security-Policy on every page, nosniff on every response,
// a bearer token on write routes when one is configured, and upload names that can never name a path.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { fail } from './errors.ts';

/** The UI loads only its own built assets; no inline script, no framing, no plugins. */
export const UI_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/** The self-contained HTML dossier: inline styles only, nothing else. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers of every API response; a route may replace the CSP (the HTML export). */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * Sets the API headers before the route runs, so they merge into whatever it returns. Setting them after
 * would touch the finished response, which makes the node adapter rebuild it as a stream (its slow path).
 */
export const apiHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of Object.entries(API_HEADERS)) c.header(name, value);
  await next();
};

export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const given = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
      const a = Buffer.from(given);
      const b = Buffer.from(token);
      if (a.length !== b.length || !timingSafeEqual(a, b)) {
        c.header('WWW-Authenticate', 'Bearer');
        fail(401, 'this route needs Authorization: Bearer <PACTWATCH_TOKEN>');
      }
    }
    await next();
  };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * An uploaded file's name as a plain label: the last path segment, without control characters, traversal
 * or drive prefixes, at most 200 characters. It is only ever stored as text, never used as a path.
 */
export function safeFileName(name: string | undefined | null, fallback: string): string {
  const last =
    String(name ?? '')
      .replace(/\\/g, '/')
      .split('/')
      .pop() ?? '';
  const clean = last
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^[.\s]+/, '')
    .replace(/\.{2,}/g, '.')
    .trim()
    .slice(0, 200);
  return clean || fallback;
}
