// `pactwatch serve`: the HTTP API and web UI over one store.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { closeEventStreams, listenAlerts } from '../../alerts/index.ts';
import { Collections, createApp, isLoopback, withHotPath } from '../../server/index.ts';
import { isPostgresUrl, openStore, resolveTarget, type Store } from '../../store/index.ts';
import { loadOutletRegister } from '../outlets.ts';

export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'web');

export interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  /** The user's outlet register (JSON file; default from PACTWATCH_OUTLETS), merged over the bundled one. */
  outlets?: string;
}

export interface Running {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/**
 * Connections the kernel may queue before the server accepts them. Node's default, 511, is exceeded when
 * hundreds of readers connect at once: the kernel then drops the handshake's last packet, and the client's
 * first request waits for a retransmission (200 ms or more). Linux caps it at net.core.somaxconn.
 */
const LISTEN_BACKLOG = 4096;

/** Starts the server; resolves once it listens. The collections in `preload` start loading at once. */
export async function startServer(flags: ServeFlags, store?: Store, preload = ['default']): Promise<Running> {
  const host = flags.host ?? '127.0.0.1';
  const token = process.env.PACTWATCH_TOKEN || null;
  if (!isLoopback(host) && !token) throw new Error(`refusing to serve on ${host} without PACTWATCH_TOKEN: anyone who can reach it could write to the store`);
  const port = Number(flags.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port takes a number from 0 to 65535');
  // Read before the store opens: a bad file stops the start with the same message `analyze --outlets` gives.
  const outlets = await loadOutletRegister(flags.outlets);
  const theStore = store ?? (await openStore(flags.db));
  const webDir = existsSync(join(WEB_DIR, 'index.html')) ? WEB_DIR : null;
  const collections = new Collections(theStore, undefined, outlets);
  collections.preload(preload);
  // On PostgreSQL, alerts come from workers in other processes (LISTEN/NOTIFY); else from this process's queue.
  const target = resolveTarget(flags.db);
  const alerts = theStore.kind === 'postgres' && isPostgresUrl(target) ? await listenAlerts(target) : undefined;
  const app = createApp({ store: theStore, token, webDir, collections, alerts });
  const server = createServer(withHotPath(collections, getRequestListener(app.fetch, { hostname: host })));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      const info = server.address() as AddressInfo;
      const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        store: theStore,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => Promise.all([theStore.close(), alerts?.close()]).then(() => done()));
            closeEventStreams();
          }),
      });
    });
  });
}

export async function runServe(flags: ServeFlags): Promise<number> {
  const running = await startServer(flags);
  console.error(
    `pactwatch serving ${running.store.kind} store at ${running.url}${existsSync(join(WEB_DIR, 'index.html')) ? '' : ' (API only: the web UI is not built, run `npm run build:web`)'}`,
  );
  await untilStopped(running);
  return 0;
}

/** Resolves once SIGINT or SIGTERM has closed the server and its store; a second signal while it closes
 *  does not close it again. */
export function untilStopped(running: Running): Promise<void> {
  return new Promise<void>((resolve) => {
    let closing: Promise<void> | null = null;
    const stop = () => void (closing ??= running.close().then(resolve));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
