import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RobotsCache } from './robots.ts';

const BASE = 'https://courier.example';

test('our group decides over "*"; a Crawl-delay is kept; the file is asked for once per origin while fresh', async () => {
  let asked = 0;
  const robots = new RobotsCache(async () => {
    asked++;
    return { status: 200, text: 'User-agent: *\nDisallow: /\n\nUser-agent: Pactwatch\nDisallow: /drafts/\nCrawl-delay: 5\n' };
  });
  assert.deepEqual(await robots.check(`${BASE}/news/a`), { allowed: true, delayMs: 5000 });
  assert.deepEqual(await robots.check(`${BASE}/drafts/b`), { allowed: false, reason: `disallowed by ${BASE}/robots.txt`, delayMs: 5000 });
  assert.equal(asked, 1);
  await robots.check('https://other.example/x');
  assert.equal(asked, 2);
});

test('a missing robots.txt allows all; one that cannot be read closes the origin until asked again later', async () => {
  let clock = 0;
  let answer: () => { status: number; text: string } = () => ({ status: 404, text: '' });
  const robots = new RobotsCache(
    async () => answer(),
    () => clock,
  );
  assert.equal((await robots.check(`${BASE}/a`)).allowed, true);
  const closed = new RobotsCache(
    async () => answer(),
    () => clock,
  );
  answer = () => ({ status: 503, text: '' });
  assert.deepEqual(await closed.check(`${BASE}/a`), { allowed: false, reason: `${BASE}/robots.txt could not be read (HTTP 503): not fetched until it can be` });
  answer = () => {
    throw new Error('connection refused');
  };
  clock += 11 * 60_000;
  assert.match((await closed.check(`${BASE}/a`)).reason ?? '', /could not be read \(connection refused\)/);
  answer = () => ({ status: 200, text: 'User-agent: *\nAllow: /\n' });
  clock += 11 * 60_000;
  assert.equal((await closed.check(`${BASE}/a`)).allowed, true);
});
