// GET /api/events: the alerts as Server-Sent Events (`event: alert`, `id:` the alert's id, `data:` its JSON), live
// as workers find them. A client that reconnects with Last-Event-ID (browsers do) first gets what it missed;
// `?collection=NAME` keeps one collection's. A comment every HEARTBEAT_MS keeps proxies from closing the stream.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AlertFeed } from './bus.ts';
import type { Alert } from './types.ts';

export const HEARTBEAT_MS = 15_000;

export function eventRoutes(feed: () => AlertFeed): Hono {
  const api = new Hono();
  api.get('/events', (c) => {
    const collection = c.req.query('collection') || null;
    const lastId = Number(c.req.header('Last-Event-ID') ?? c.req.query('after') ?? Number.NaN);
    c.header('Cache-Control', 'no-cache');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const wanted = (a: Alert) => !collection || a.collection === collection;
      const send = (a: Alert) => stream.writeSSE({ event: 'alert', id: String(a.id ?? ''), data: JSON.stringify(a) });
      // Live alerts wait in order while the missed ones are sent.
      let sent = Number.isFinite(lastId) ? lastId : -1;
      let chain: Promise<void> = Promise.resolve();
      const queue = (a: Alert) => {
        chain = chain.then(async () => {
          if (!wanted(a) || (a.id !== undefined && a.id <= sent)) return;
          sent = a.id ?? sent;
          await send(a);
        });
      };
      const unsubscribe = feed().subscribe(queue);
      let closed = false;
      stream.onAbort(() => {
        closed = true;
        unsubscribe();
      });
      if (Number.isFinite(lastId)) for (const a of await feed().since(lastId)) queue(a);
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ collection, after: sent }) });
      while (!closed) {
        await stream.sleep(HEARTBEAT_MS);
        if (!closed) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
  return api;
}
