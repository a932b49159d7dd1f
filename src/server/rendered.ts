// A response body rendered once per dossier version and sent as is to every reader: its bytes, a strong
// ETag (If-None-Match → 304), and gzip/brotli variants compressed once, off the event loop, for clients that
// accept them. A GET then costs a header lookup and a socket write, never a serialization.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { API_HEADERS } from './security.ts';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Smaller bodies are sent as they are: a compressed variant would save less than its headers cost. */
const MIN_COMPRESSED_BYTES = 1024;
/** The best compression costs ~1 s per MB (brotli 11): worth it once for a served dossier of kilobytes, not
 *  for a full dossier of megabytes, which gets fast settings (brotli 4 is still smaller than gzip 6). */
const BEST_QUALITY_UP_TO = 512 * 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Bytes a Response can carry (zlib's Buffers are never over shared memory). */
type Bytes = Uint8Array<ArrayBuffer>;

async function compress(body: Bytes, encoding: Exclude<Encoding, 'identity'>): Promise<Bytes> {
  const small = body.length <= BEST_QUALITY_UP_TO;
  if (encoding === 'gzip') return (await gzipped(body, { level: small ? 9 : 6 })) as Bytes;
  const quality = small ? constants.BROTLI_MAX_QUALITY : 4;
  return (await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })) as Bytes;
}

export class Rendered {
  /** Strong validator of the uncompressed bytes; a compressed variant's ETag carries its encoding. */
  readonly etag: string;
  private variants = new Map<Encoding, Promise<Bytes>>();

  constructor(readonly body: Bytes, readonly type: string) {
    this.etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    this.variants.set('identity', Promise.resolve(body));
  }

  /** Starts compressing every variant now (after a recompute), so the first reader does not wait. */
  prepare(): this {
    void this.variant('br');
    void this.variant('gzip');
    return this;
  }

  etagOf(encoding: Encoding): string {
    return encoding === 'identity' ? this.etag : `${this.etag.slice(0, -1)}-${encoding}"`;
  }

  variant(encoding: Encoding): Promise<Bytes> {
    if (this.body.length < MIN_COMPRESSED_BYTES) encoding = 'identity';
    let bytes = this.variants.get(encoding);
    if (!bytes) {
      bytes = compress(this.body, encoding as Exclude<Encoding, 'identity'>);
      this.variants.set(encoding, bytes);
      bytes.catch(() => this.variants.delete(encoding));
    }
    return bytes;
  }

  /** The encoding sent to a client: identity for small bodies, else the best one it accepts. */
  encodingFor(acceptEncoding: string | undefined): Encoding {
    return this.body.length < MIN_COMPRESSED_BYTES ? 'identity' : negotiate(acceptEncoding);
  }

  /** True when the client's If-None-Match names this content (in any encoding, weak or strong). */
  matches(ifNoneMatch: string | undefined): boolean {
    if (!ifNoneMatch) return false;
    const base = this.etag.slice(1, -1);
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim().replace(/^W\//, '');
      return t === '*' || t === this.etag || (t.startsWith(`"${base}-`) && t.endsWith('"'));
    });
  }
}

/** The preferred encoding an Accept-Encoding header allows: brotli, then gzip, else none (q=0 refuses). */
export function negotiate(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

/**
 * Sends a rendered body: 304 when the client holds it, else the negotiated variant. `no-cache` lets a
 * browser keep it but revalidate each time, since an upload can change the dossier at any moment.
 * The response is built from the bytes and a plain header record (the API headers included), which the node
 * adapter writes straight to the socket; going through the context would add a Headers object per request.
 */
export async function sendRendered(c: Context, r: Rendered, headers: Record<string, string> = {}): Promise<Response> {
  const encoding = r.encodingFor(c.req.header('Accept-Encoding'));
  const common = { ...API_HEADERS, ...headers, ETag: r.etagOf(encoding), 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (r.matches(c.req.header('If-None-Match'))) return new Response(null, { status: 304, headers: common });
  const body = await r.variant(encoding);
  const typed = { ...common, 'Content-Type': r.type, 'Content-Length': String(body.length) };
  return new Response(body, { status: 200, headers: encoding === 'identity' ? typed : { ...typed, 'Content-Encoding': encoding } });
}
