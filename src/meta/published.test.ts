import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../clean/index.ts';
import type { MetaHints } from '../types.ts';
import { buildContext } from './context.ts';
import { findPublished } from './published.ts';

const published = (text: string, hints: MetaHints = {}, language = 'en') => findPublished(buildContext({ ...cleanText(text), hints }, language));
const LEAD = 'The two countries on Friday signed a treaty that commits each to come to the other’s aid.';

test('published: page metadata as written (no time-zone shift), then a date in the URL', () => {
  assert.equal(published(LEAD, { published: '2031-07-31T23:15:00-05:00' }).value, '2031-07-31');
  assert.equal(published(LEAD, { url: 'https://example.org/world/2024/06/20/pact-signed/' }).value, '2024-06-20');
});

test('published: date lines and byline dates under the headline', () => {
  assert.equal(published(`N. Korea & Russia Sign Treaty for Strategic Stability\n\nSun 23 Jun 2024 | 11:20 PM\nJ-Doe\n\n${LEAD}`).value, '2024-06-23');
  assert.equal(published(`Factbox-Key points of the treaty between the two\n\nBy Thomson Reuters Jun 20, 2024 | 12:19 AM\n\nSEOUL (Reuters) – ${LEAD}`).value, '2024-06-20');
  assert.equal(published(`Pact signed with defence clause\nMarch 14, 2031 10:42 AM UTC Updated 3 hours ago\n\nPORT HERON, March 14 (Agency) - ${LEAD}`).value, '2031-03-14');
});

test('published: dated datelines in Russian and German', () => {
  assert.equal(published('Парламент одобрил договор\n\nЛИНДЕНБУРГ, 11 июня 2031 года. Федеральный сейм в среду одобрил договор о морском сотрудничестве.', {}, 'ru').value, '2031-06-11');
  assert.equal(published('Arland ratifiziert Vertrag\n\nPort Heron, 27. Mai 2031 – Die Präsidentin hat am Dienstag das Gesetz zur Ratifizierung unterzeichnet.', {}, 'de').value, '2031-05-27');
});

test('published: a year-less dateline takes the year of the latest full date in the body', () => {
  const p = published(`MOSCOW, November 6. /TASS/. ${LEAD}\nThe treaty was signed on June 19, 2024. It supersedes the treaty of February 9, 2000.`);
  assert.equal(p.value, '2024-11-06');
  assert.match(p.evidence, /June 19, 2024/);
  // The dateline's day falls earlier in the year than the latest mention: the next year.
  assert.equal(published(`MOSCOW, February 3. /TASS/. ${LEAD}\nThe treaty was signed on June 19, 2024.`).value, '2025-02-03');
});

test('published: null without a year, and null when only the body has dates (events are not publication)', () => {
  const yearless = published(`MOSCOW, November 6. /TASS/. ${LEAD}`);
  assert.equal(yearless.value, null);
  assert.match(yearless.evidence, /no year/);
  assert.equal(published(`Russia is preparing to ratify the agreement\n${LEAD} It was signed in Pyongyang on June 19, 2024.`).value, null);
});
