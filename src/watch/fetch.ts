// One polite, safe GET: robots.txt first, then the host's rate limit, a checked address, conditional headers,
// redirects followed one by one (each hop checked again) up to a limit, a time limit per request and a size
// limit on the body. Every failure is a FetchError with one sentence.
import { Agent, errors, request } from 'undici';
import { ACCEPT_ENCODING, discard, readBody } from './fetch-body.ts';
import { checkAddress, guardedLookup } from './fetch-guard.ts';
import { DEFAULT_POLICY, FetchError, type FetchPolicy, USER_AGENT } from './fetch-policy.ts';
import { HostRateLimiter } from './rate-limit.ts';
import { ROBOTS_MAX_BYTES, RobotsCache } from './robots.ts';

/** The validators a previous response gave, sent back as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type Fetched =
  | { status: 'ok'; url: string; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null }
  /** 304: unchanged since the validators were given. */
  | { status: 'not-modified'; url: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Bytes of an unread body (a redirect's, an error page) read away before the connection is dropped instead. */
const DUMP_BYTES = 64 * 1024;

interface Hop {
  status: number;
  location: string | null;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array | null;
}

const header = (headers: Hop['headers'], name: string): string | null => {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
};

export class Fetcher {
  readonly policy: FetchPolicy;
  private readonly agent: Agent;
  private readonly limiter: HostRateLimiter;
  private readonly robots: RobotsCache;

  constructor(policy: Partial<FetchPolicy> = {}) {
    this.policy = { ...DEFAULT_POLICY, ...policy };
    const { connectTimeoutMs, totalTimeoutMs, allowPrivateNetwork } = this.policy;
    this.agent = new Agent({
      connect: { timeout: connectTimeoutMs, lookup: guardedLookup(allowPrivateNetwork) },
      headersTimeout: totalTimeoutMs,
      bodyTimeout: totalTimeoutMs,
    });
    this.limiter = new HostRateLimiter(this.policy.hostIntervalMs);
    this.robots = new RobotsCache((url) => this.robotsText(url));
  }

  /** GETs `url` (following redirects), conditionally when validators are given. */
  async get(url: string, validators: Validators = {}): Promise<Fetched> {
    const visited = new Set<string>();
    let current = url;
    for (let redirects = 0; ; redirects++) {
      visited.add(current);
      // The address before its robots.txt: a refused host is named as such, and nothing is sent to it.
      await checkAddress(new URL(current), this.policy.allowPrivateNetwork);
      const verdict = await this.robots.check(current);
      if (!verdict.allowed) throw new FetchError(verdict.reason ?? 'disallowed by robots.txt');
      // Validators belong to the address they came from: not sent on after a redirect.
      const conditional = redirects === 0 ? validators : {};
      const hop = await this.hop(current, conditional, this.policy.maxBytes, verdict.delayMs);
      if (hop.status === 304 && (conditional.etag || conditional.lastModified)) return { status: 'not-modified', url: current };
      if (REDIRECTS.has(hop.status)) {
        current = this.redirectTarget(current, hop, visited, redirects);
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) throw new FetchError(`HTTP ${hop.status}${current === url ? '' : ` at ${current}`}`);
      return {
        status: 'ok',
        url: current,
        bytes: hop.body ?? new Uint8Array(),
        contentType: header(hop.headers, 'content-type'),
        etag: header(hop.headers, 'etag'),
        lastModified: header(hop.headers, 'last-modified'),
      };
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private redirectTarget(from: string, hop: Hop, visited: Set<string>, redirects: number): string {
    if (!hop.location) throw new FetchError(`HTTP ${hop.status} redirect without a Location`);
    let next: URL;
    try {
      next = new URL(hop.location, from);
    } catch {
      throw new FetchError(`HTTP ${hop.status} redirect to an invalid address`);
    }
    next.hash = '';
    if (visited.has(next.href)) throw new FetchError(`redirect loop: ${from} leads back to ${next.href}`);
    if (redirects >= this.policy.maxRedirects) throw new FetchError(`more than ${this.policy.maxRedirects} redirects (last to ${next.href})`);
    return next.href;
  }

  /** robots.txt itself: redirects followed (a few, per RFC 9309), no robots check, a smaller size limit. */
  private async robotsText(url: string): Promise<{ status: number; text: string }> {
    let current = url;
    const visited = new Set<string>();
    for (let redirects = 0; ; redirects++) {
      visited.add(current);
      const hop = await this.hop(current, {}, ROBOTS_MAX_BYTES);
      if (!REDIRECTS.has(hop.status)) return { status: hop.status, text: hop.body ? Buffer.from(hop.body).toString('utf8') : '' };
      current = this.redirectTarget(current, hop, visited, redirects);
    }
  }

  /** One request, its body read only for a 2xx answer. */
  private async hop(url: string, validators: Validators, maxBytes: number, delayMs?: number): Promise<Hop> {
    const target = new URL(url);
    await checkAddress(target, this.policy.allowPrivateNetwork);
    await this.limiter.take(target.hostname, delayMs);
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*', 'accept-encoding': ACCEPT_ENCODING };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.policy.totalTimeoutMs);
    try {
      const res = await this.send(target, headers, timeout.signal);
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      const length = Number(header(res.headers, 'content-length') ?? Number.NaN);
      if (ok && length > maxBytes) {
        discard(res.body); // nothing of it is read: drop the connection rather than download it
        throw new FetchError(`over the size limit: Content-Length ${length} > ${maxBytes} bytes; not downloaded`);
      }
      if (!ok) {
        // A redirect's or an error's body says nothing we read: a little of it is read away to keep the connection.
        await res.body.dump({ limit: DUMP_BYTES }).catch(() => {});
        return { status: res.statusCode, location: header(res.headers, 'location'), headers: res.headers, body: null };
      }
      const body = await readBody(res.body, header(res.headers, 'content-encoding'), maxBytes);
      return { status: res.statusCode, location: null, headers: res.headers, body };
    } catch (error) {
      throw this.explain(error, timeout.signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A GET on a kept-alive connection that the server closed meanwhile fails with a reset before any answer (seen
   *  when storing a feed's items took longer than the server's keep-alive); GET is idempotent, so it is sent once
   *  more, on a fresh connection. */
  private async send(target: URL, headers: Record<string, string>, signal: AbortSignal) {
    const once = () => request(target, { method: 'GET', headers, dispatcher: this.agent, signal });
    try {
      return await once();
    } catch (error) {
      if (signal.aborted || !isStaleConnection(error)) throw error;
      return await once();
    }
  }

  /** The one sentence for a failed request. */
  private explain(error: unknown, timedOut: boolean): FetchError {
    if (error instanceof FetchError) return error;
    if (timedOut) return new FetchError(`timed out after ${this.policy.totalTimeoutMs / 1000} s`);
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof FetchError) return cause;
    if (error instanceof errors.ConnectTimeoutError) return new FetchError(`could not connect within ${this.policy.connectTimeoutMs / 1000} s`);
    if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) {
      return new FetchError(`timed out after ${this.policy.totalTimeoutMs / 1000} s`);
    }
    const code = (error as NodeJS.ErrnoException).code ?? ((cause as NodeJS.ErrnoException | undefined)?.code || undefined);
    return new FetchError(`${code ? `${code}: ` : ''}${(error as Error).message}`);
  }
}

const isStaleConnection = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException).code ?? ((error as { cause?: NodeJS.ErrnoException }).cause?.code || undefined);
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET';
};
