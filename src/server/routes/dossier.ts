// The dossier of a collection in every export format, and what changed since a time.
import { Hono } from 'hono';
import { FORMATS, type Format } from '../../export/index.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { sendRendered } from '../rendered.ts';
import { EXPORT_CSP } from '../security.ts';

export function dossierRoutes(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  api.get('/dossier', async (c) => {
    const format = (c.req.query('format') ?? 'json') as Format;
    if (!FORMATS.includes(format)) fail(400, `?format= takes ${FORMATS.join(', ')}`);
    const full = c.req.query('full') === '1';
    const collection = await c.get('collection')(c.req.query('collection'));
    return sendRendered(c, await collection.rendered(format, full), format === 'html' ? { 'Content-Security-Policy': EXPORT_CSP } : {});
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
