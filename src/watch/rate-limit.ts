// At most one request start per interval to each host: each caller reserves the next free slot at once (so
// callers running side by side queue up rather than all going at the first free moment), then waits for it.
import { setTimeout as sleep } from 'node:timers/promises';

export class HostRateLimiter {
  /** Per host, the earliest time the next request may start. */
  private readonly next = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<unknown> = sleep,
  ) {}

  /** Resolves when a request to `host` may start; `intervalMs` overrides the interval after it (a Crawl-delay). */
  async take(host: string, intervalMs = this.intervalMs): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + Math.max(intervalMs, this.intervalMs));
    if (at > now) await this.wait(at - now);
  }
}
