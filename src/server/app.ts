// The HTTP API and the web UI over one store (hono). Thin: every route calls the store, a collection's
// state or an exporter; nothing here knows how a report is read.
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { type AlertFeed, eventRoutes, localAlerts } from '../alerts/index.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import type { OutletRegister } from '../meta/index.ts';
import type { Store } from '../store/index.ts';
import { Collections } from './collections.ts';
import type { AppEnv } from './env.ts';
import { storeUnavailable } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { documentRoutes } from './routes/documents.ts';
import { dossierRoutes } from './routes/dossier.ts';
import { outletRoutes } from './routes/outlets.ts';
import { overviewRoutes } from './routes/overview.ts';
import { watchConfigRoutes } from './routes/watch-config.ts';
import { apiHeaders, requireToken } from './security.ts';
import { webRoutes } from './web.ts';

export interface ServerOptions {
  store: Store;
  /** When set, write routes need `Authorization: Bearer TOKEN`. */
  token?: string | null;
  /** Largest accepted request body (bytes) for uploads. */
  maxUploadBytes?: number;
  /** Largest accepted file or report inside an upload. */
  maxFileBytes?: number;
  /** Folder of the built web UI (vite build output). */
  webDir?: string | null;
  /** The collections in memory; the server's hot path (src/server/hot-path.ts) reads the same ones. */
  collections?: Collections;
  /** The user's outlet register from a file (`serve --outlets`), when the app makes its own collections. */
  outlets?: OutletRegister | null;
  /** Where GET /api/events takes alerts from (default: this process's own, src/alerts localAlerts). */
  alerts?: AlertFeed;
}

export type { AppEnv } from './env.ts';

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export function createApp(options: ServerOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const collections = options.collections ?? new Collections(options.store, undefined, options.outlets ?? null);
  const collection = (name?: string) => collections.get(name);
  app.use('*', async (c, next) => {
    c.set('collection', collection);
    await next();
  });
  app.use('/api/*', apiHeaders);
  app.on(['POST', 'PUT', 'DELETE', 'PATCH'], '/api/*', requireToken(options.token ?? null));

  app.get('/api/health', (c) => c.json({ ok: true, store: options.store.kind }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route(
    '/api',
    documentRoutes({
      store: options.store,
      maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
      maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_BYTES,
      sourceOptions: async () => (await collections.outlets()).options,
    }),
  );
  app.route('/api', dossierRoutes());
  app.route('/api', overviewRoutes(options.store));
  app.route('/api', watchConfigRoutes(options.store));
  app.route('/api', outletRoutes(collections));
  app.route(
    '/api',
    eventRoutes(() => options.alerts ?? localAlerts),
  );
  // An alert means a worker or the watch loop changed a collection in the store: one held here takes it in.
  // The feed may outlive the app (the process's own): it keeps no hold on the collections.
  const held = new WeakRef(collections);
  (options.alerts ?? localAlerts).subscribe((alert) => {
    held
      .deref()
      ?.loaded(alert.collection)
      ?.sync()
      .catch((error) => console.error(`collection ${alert.collection} not synced with the store: ${(error as Error).message}`));
  });
  app.all('/api/*', (c) => c.json({ error: { status: 404, message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  if (options.webDir) app.route('/', webRoutes(options.webDir));

  app.onError((error, c: Context) => {
    if (error instanceof HTTPException) return c.json({ error: { status: error.status, message: error.message } }, error.status);
    // A path or query with a broken percent escape ("/%E0%A4%A") is the client's mistake.
    if (error instanceof URIError) return c.json({ error: { status: 400, message: `malformed URL: ${error.message}` } }, 400);
    if (storeUnavailable(error)) {
      console.error(`store unavailable: ${(error as Error).message}`);
      return c.json({ error: { status: 503, message: 'the store is unavailable; try again later' } }, 503, { 'Retry-After': '5' });
    }
    console.error(error);
    return c.json({ error: { status: 500, message: 'internal error' } }, 500);
  });
  return app;
}
