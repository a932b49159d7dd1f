// Shared by the queue tests: a PostgreSQL schema of the test's own (on the server test/store/postgres-server.ts
// gives), an in-process webhook receiver that checks signatures, and an SSE reader.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { type Alert, verifySignature } from '../../src/alerts/index.ts';
import { embedded, stopTestDatabase, testDatabaseUrl } from '../store/postgres-server.ts';

const made: string[] = [];

/** A URL whose connections use a fresh schema of their own (its queue schema, `<schema>_jobs`, is dropped too). */
export async function freshSchemaUrl(): Promise<string> {
  const url = await testDatabaseUrl();
  const schema = `pw_queue_${process.pid}_${randomBytes(3).toString('hex')}`;
  const client = new pg.Client(url);
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  made.push(schema);
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** Drops the schemas made (on a shared server) and stops a throwaway server. */
export async function cleanUp(): Promise<void> {
  if (made.length && !embedded()) {
    const client = new pg.Client(await testDatabaseUrl());
    await client.connect();
    for (const schema of made.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema}, ${schema}_jobs CASCADE`);
    await client.end();
  }
  await stopTestDatabase();
}

export interface Receiver {
  url: string;
  /** Alerts whose signature checked out. */
  alerts: Alert[];
  /** Deliveries refused for a bad or missing signature. */
  refused: number;
  close(): Promise<void>;
}

/** An HTTP server that takes webhook POSTs, checks each signature with `secret`, and keeps the alerts. The first
 *  `failFirst` deliveries are answered 503, to see them retried. */
export async function webhookReceiver(secret: string, failFirst = 0): Promise<Receiver> {
  const receiver: Receiver = { url: '', alerts: [], refused: 0, close: async () => {} };
  let failures = failFirst;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!verifySignature(body, secret, req.headers['x-pactwatch-signature'] as string | undefined)) {
        receiver.refused++;
        res.writeHead(401).end();
        return;
      }
      if (failures > 0) {
        failures--;
        res.writeHead(503).end();
        return;
      }
      receiver.alerts.push(JSON.parse(body.toString('utf8')));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

/** Reads Server-Sent Events from a response body, calling `onEvent` with each event's name, id and data. */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (e: { event: string; id: string; data: string }) => boolean): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const field = (name: string) =>
        block
          .split('\n')
          .filter((l) => l.startsWith(`${name}:`))
          .map((l) => l.slice(name.length + 1).replace(/^ /, ''))
          .join('\n');
      if (block.startsWith(':')) continue;
      if (onEvent({ event: field('event') || 'message', id: field('id'), data: field('data') })) {
        await reader.cancel();
        return;
      }
    }
  }
}

/** Polls `check` until it is true, or fails after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
