// A response body read as a stream up to a size limit: past it the stream is destroyed (the connection dropped),
// so a 50 MB page costs the limit, not 50 MB. Compressed bodies are decompressed on the way and the limit counts
// the decompressed bytes (a small gzip bomb is no way around it).
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { sizeLimitMessage } from '../ingest/index.ts';
import { FetchError } from './fetch-policy.ts';

const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** What the request's Accept-Encoding offers: what DECODERS reads. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Drops a body unread: the stream is destroyed, and the abort it reports once destroyed goes nowhere. */
export function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

/** The body's bytes (decoded per Content-Encoding), or a FetchError once they pass `maxBytes`. */
export async function readBody(body: Readable, encoding: string | null, maxBytes: number): Promise<Uint8Array> {
  const coding = (encoding ?? '').trim().toLowerCase();
  let source: NodeJS.ReadableStream = body;
  if (coding && coding !== 'identity') {
    const make = DECODERS[coding];
    if (!make) {
      discard(body);
      throw new FetchError(`unsupported Content-Encoding ${coding}`);
    }
    const decoder = make();
    body.on('error', (error) => (decoder as unknown as Readable).destroy(error));
    source = body.pipe(decoder);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new FetchError(`${sizeLimitMessage(size, maxBytes)}; the download was stopped there`);
      chunks.push(chunk);
    }
  } finally {
    if (size > maxBytes || !body.readableEnded) discard(body);
    if (source !== body) discard(source as unknown as Readable);
  }
  return Buffer.concat(chunks, size);
}
