// GET /api/events: the alerts as Server-Sent Events (`event: alert`, `id:` the alert's id, `data:` its JSON), live
// as workers find them. A client that reconnects with Last-Event-ID (browsers do) first gets what it missed;
// `?collection=NAME` keeps one collection's. A comment every HEARTBEAT_MS keeps proxies from closing the stream.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AlertFeed } from './bus.ts';
import type { Alert } from './types.ts';

export const HEARTBEAT_MS = 15_000;

/** The open streams' ends, so a server that stops can end them (an open stream would keep it from closing). */
const open = new Set<() => void>();

/** Ends every open event stream of this process. */
export function closeEventStreams(): void {
  for (const end of [...open]) end();
}

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
      let sent = Number.isFinite(lastId) ? lastId : -1;
      let chain: Promise<void> = Promise.resolve();
      const queue = (a: Alert) => {
        chain = chain.then(async () => {
          if (!wanted(a) || (a.id !== undefined && a.id <= sent)) return;
          sent = a.id ?? sent;
          await send(a);
        });
      };
      // Live alerts wait while the missed ones are read, then follow them (each id once, in order).
      let held: Alert[] | null = Number.isFinite(lastId) ? [] : null;
      const unsubscribe = feed().subscribe((a) => (held ? held.push(a) : queue(a)));
      let closed = false;
      let wake = () => {};
      const end = () => {
        closed = true;
        unsubscribe();
        open.delete(end);
        wake();
      };
      open.add(end);
      stream.onAbort(end);
      if (held) {
        for (const a of await feed()
          .since(lastId)
          .catch(() => []))
          queue(a);
        for (const a of held) queue(a);
        held = null;
      }
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ collection, after: sent }) });
      while (!closed) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, HEARTBEAT_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        if (!closed) await stream.write(': keep-alive\n\n');
      }
      await chain;
    });
  });
  return api;
}
