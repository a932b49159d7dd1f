// The dossier of a collection in every export format, and what changed since a time.
import { Hono } from 'hono';
import { checkPublisherUrl, FILE_SUFFIXES, FORMATS, type Format } from '../../export/index.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { sendRendered } from '../rendered.ts';
import { EXPORT_CSP } from '../security.ts';

/** Formats a browser should save rather than show: a spreadsheet's and a calendar's files. */
const DOWNLOADED: ReadonlySet<Format> = new Set(['atop-csv', 'claims-csv', 'ics']);

/**
 * The page a ClaimReview is published on: PACTWATCH_PUBLISHER_URL when set (checked when the app is made),
 * else this server's own page of the collection, the one that shows the reviewed facts.
 */
function publisherUrlFor(configured: string | null, requestUrl: string, collection: string | undefined): string {
  if (configured) return configured;
  // The page of a collection always names it: the bare address is the home page, which lists every collection.
  const page = new URL('/', requestUrl);
  page.searchParams.set('collection', collection || 'default');
  return page.href;
}

export function dossierRoutes(publisherUrl: string | null = process.env.PACTWATCH_PUBLISHER_URL || null): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const configured = publisherUrl ? checkPublisherUrl(publisherUrl) : null;

  api.get('/dossier', async (c) => {
    const format = (c.req.query('format') ?? 'json') as Format;
    if (!FORMATS.includes(format)) fail(400, `?format= takes ${FORMATS.join(', ')}`);
    const full = c.req.query('full') === '1';
    const name = c.req.query('collection');
    const collection = await c.get('collection')(name);
    const options = format === 'claimreview' ? { publisherUrl: publisherUrlFor(configured, c.req.url, name) } : {};
    const headers: Record<string, string> = {};
    if (format === 'html') headers['Content-Security-Policy'] = EXPORT_CSP;
    if (DOWNLOADED.has(format)) headers['Content-Disposition'] = `attachment; filename="${collection.name}-${FILE_SUFFIXES[format]}"`;
    return sendRendered(c, await collection.rendered(format, full, options), headers);
  });

  api.get('/changes', async (c) => {
    const since = c.req.query('since') ?? '1970-01-01T00:00:00.000Z';
    const at = new Date(since);
    if (Number.isNaN(at.getTime())) fail(400, '?since= takes an ISO date or time');
    const collection = await c.get('collection')(c.req.query('collection'));
    const changes = collection.changesSince(at.toISOString());
    const dossier = collection.compactDossier;
    const conflictFacts = changes.flatMap((e) => e.facts.filter((f) => f.fact.startsWith('conflict ') && f.change !== 'removed'));
    return c.json({
      since: at.toISOString(),
      documents: changes.flatMap((e) => e.documents.map((d) => ({ ...d, at: e.at }))),
      facts: changes.flatMap((e) => e.facts.map((f) => ({ ...f, at: e.at }))),
      conflicts: conflictFacts,
      generated: dossier.generated,
    });
  });

  return api;
}
