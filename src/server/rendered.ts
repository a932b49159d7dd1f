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
/** Strong compression is worth it once per version for a served dossier of kilobytes, not for a full dossier
 *  of megabytes, which gets fast settings (brotli 4 is still smaller than gzip 6). */
const BEST_QUALITY_UP_TO = 512 * 1024;
/** Brotli's quality for those: 10 is within 5 % of 11's size at a third of its time (the served dossier of
 *  10,000 reports: 29 KB in 94 ms against 28 KB in 270 ms), and every update pays it on a core the next
 *  update or a reader would use. */
const BROTLI_QUALITY = 10;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Bytes a Response can carry (zlib's Buffers are never over shared memory). */
type Bytes = Uint8Array<ArrayBuffer>;

async function compress(body: Bytes, encoding: Exclude<Encoding, 'identity'>): Promise<Bytes> {
  const small = body.length <= BEST_QUALITY_UP_TO;
  if (encoding === 'gzip') return (await gzipped(body, { level: small ? 9 : 6 })) as Bytes;
  const quality = small ? BROTLI_QUALITY : 4;
  return (await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })) as Bytes;
}

/** Work done between two turns of the event loop while rendering in slices: short enough that a GET waiting
 *  behind it still meets its latency target. */
const SLICE_MS = 10;

/** A rendering's pieces joined into bytes, yielding to the event loop every SLICE_MS. */
export async function renderInSlices(chunks: Iterable<string>): Promise<Bytes> {
  const parts: Buffer[] = [];
  let pending: string[] = [];
  let sliceStart = performance.now();
  for (const chunk of chunks) {
    pending.push(chunk);
    if (pending.length % 256 === 0 && performance.now() - sliceStart > SLICE_MS) {
      parts.push(Buffer.from(pending.join('')));
      pending = [];
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  parts.push(Buffer.from(pending.join('')));
  return Buffer.concat(parts) as Bytes;
}

export class Rendered {
  /** Strong validator of the uncompressed bytes; a compressed variant's ETag carries its encoding. */
  readonly etag: string;
  private variants = new Map<Encoding, Promise<Bytes>>();
  /** The variants compressed so far, for a caller that answers without waiting (src/server/hot-path.ts). */
  private done = new Map<Encoding, Bytes>();
  private headerSets = new Map<string, Readonly<Record<string, string>>>();

  constructor(
    readonly body: Bytes,
    readonly type: string,
  ) {
    this.etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    this.variants.set('identity', Promise.resolve(body));
    this.done.set('identity', body);
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
      const e = encoding;
      bytes = compress(this.body, e as Exclude<Encoding, 'identity'>);
      this.variants.set(e, bytes);
      bytes.then(
        (b) => this.done.set(e, b),
        () => this.variants.delete(e),
      );
    }
    return bytes;
  }

  /** The variant's bytes if they are ready, without waiting. */
  variantNow(encoding: Encoding): Bytes | undefined {
    return this.done.get(this.body.length < MIN_COMPRESSED_BYTES ? 'identity' : encoding);
  }

  /**
   * The response headers of a variant, the API headers included: with the body's type, length and encoding,
   * or for a 304. Made once per variant: every reader of this version gets the same object. `no-cache` lets
   * a browser keep the body but revalidate each time, since an upload can change the dossier at any moment.
   */
  headers(encoding: Encoding, bytes: Bytes | null): Readonly<Record<string, string>> {
    const key = bytes ? `${encoding}:${bytes.length}` : `${encoding}:304`;
    let set = this.headerSets.get(key);
    if (!set) {
      const common = { ...API_HEADERS, ETag: this.etagOf(encoding), 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
      set = !bytes
        ? common
        : {
            ...common,
            'Content-Type': this.type,
            'Content-Length': String(bytes.length),
            ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
          };
      this.headerSets.set(key, set);
    }
    return set;
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
 * Sends a rendered body: 304 when the client holds it, else the negotiated variant. The response is built
 * from the bytes and a plain header record (the API headers included), which the node adapter writes straight
 * to the socket; going through the context would add a Headers object per request.
 */
export async function sendRendered(c: Context, r: Rendered, extra: Record<string, string> = {}): Promise<Response> {
  const encoding = r.encodingFor(c.req.header('Accept-Encoding'));
  if (r.matches(c.req.header('If-None-Match'))) return new Response(null, { status: 304, headers: { ...r.headers(encoding, null), ...extra } });
  const body = await r.variant(encoding);
  return new Response(body, { status: 200, headers: { ...r.headers(encoding, body), ...extra } });
}
