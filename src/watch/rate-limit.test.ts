import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HostRateLimiter } from './rate-limit.ts';

test('requests to one host start an interval apart, side by side or one after another; other hosts do not wait', async () => {
  let clock = 0;
  const waits: number[] = [];
  const limiter = new HostRateLimiter(
    1000,
    () => clock,
    async (ms) => {
      waits.push(ms);
    },
  );
  await Promise.all([limiter.take('a.example'), limiter.take('a.example'), limiter.take('b.example'), limiter.take('a.example')]);
  assert.deepEqual(waits, [1000, 2000]);
  clock = 5000; // long after: no wait
  await limiter.take('a.example');
  assert.deepEqual(waits, [1000, 2000]);
  // A longer interval (a Crawl-delay) holds the next request back; a shorter one never shortens the floor.
  await limiter.take('c.example', 3000);
  await limiter.take('c.example', 10);
  await limiter.take('c.example');
  assert.deepEqual(waits, [1000, 2000, 3000, 4000]);
});
