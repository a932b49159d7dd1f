// robots.txt, per origin (RFC 9309), read with robots-parser and cached: a page its group for "Pactwatch" (else
// "*") disallows is not fetched. A missing robots.txt (4xx) allows everything; one that cannot be read (5xx, a
// network error) disallows everything for now, as the RFC says, and is asked for again sooner.
import robotsParserModule from 'robots-parser';
import { ROBOT_NAME } from './fetch-policy.ts';
import { originOf } from './url.ts';

// The package is CommonJS whose module.exports is the function, while its types declare it as an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** How long a robots.txt is trusted (RFC 9309: caching beyond 24 hours is discouraged). */
const FRESH_MS = 24 * 3600_000;
/** How long an unreadable robots.txt keeps its origin closed before it is asked for again. */
const UNREADABLE_MS = 10 * 60_000;
/** RFC 9309: parse at least 500 KiB; the rest of a larger file may be ignored. */
export const ROBOTS_MAX_BYTES = 512 * 1024;
/** A Crawl-delay longer than this is taken as this (a typo of minutes for seconds should not stall a watch). */
const MAX_CRAWL_DELAY_S = 60;

export interface RobotsVerdict {
  allowed: boolean;
  /** Why not, when not allowed. */
  reason?: string;
  /** The Crawl-delay for us, in ms, when the file sets one. */
  delayMs?: number;
}

/** How the cache gets a robots.txt: its status and text, or a thrown error (unreachable). */
export type RobotsFetch = (robotsUrl: string) => Promise<{ status: number; text: string }>;

interface Entry {
  until: number;
  verdict: (url: string) => RobotsVerdict;
}

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Entry>>();

  constructor(
    private readonly fetchRobots: RobotsFetch,
    private readonly now: () => number = Date.now,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const origin = originOf(url);
    let entry = this.byOrigin.get(origin);
    if (!entry || (await entry).until <= this.now()) {
      entry = this.load(origin);
      this.byOrigin.set(origin, entry);
    }
    return (await entry).verdict(url);
  }

  private async load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const closed = (why: string): Entry => ({
      until: this.now() + UNREADABLE_MS,
      verdict: () => ({ allowed: false, reason: `${robotsUrl} could not be read (${why}): not fetched until it can be` }),
    });
    let got: { status: number; text: string };
    try {
      got = await this.fetchRobots(robotsUrl);
    } catch (error) {
      return closed((error as Error).message);
    }
    const until = this.now() + FRESH_MS;
    if (got.status >= 400 && got.status < 500) return { until, verdict: () => ({ allowed: true }) };
    if (got.status >= 500 || got.status < 200 || got.status >= 300) return closed(`HTTP ${got.status}`);
    const robots = robotsParser(robotsUrl, got.text);
    const delay = robots.getCrawlDelay(ROBOT_NAME);
    const delayMs = typeof delay === 'number' && delay > 0 ? Math.min(delay, MAX_CRAWL_DELAY_S) * 1000 : undefined;
    return {
      until,
      verdict: (url) =>
        robots.isAllowed(url, ROBOT_NAME) === false ? { allowed: false, reason: `disallowed by ${robotsUrl}`, delayMs } : { allowed: true, delayMs },
    };
  }
}
