// Test helpers (used by *.test.ts only): a text read by the whole reading stage, and its claims' events in
// a compact form.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimEvent, DocKind } from '../../types.ts';
import { readDocument } from '../index.ts';
import type { EventCase } from './fixtures/types.ts';

export interface TestMeta {
  language?: string;
  published?: string | null;
  kind?: DocKind;
}

/** The events of every claim of a text (one line per paragraph; "- " starts a list item). */
export function eventsIn(body: string, meta: TestMeta = {}): ClaimEvent[] {
  const claims = readDocument({
    id: 't',
    body,
    language: meta.language ?? 'en',
    published: meta.published === undefined ? '2025-06-30' : meta.published,
    kind: meta.kind ?? 'news',
    title: null,
  });
  return claims.flatMap((c) => c.events ?? []);
}

/** [step, date, party, status] of each event of a text. */
export function steps(body: string, meta: TestMeta = {}): [string, string | null, string | null, string][] {
  return eventsIn(body, meta).map((e) => [e.step, e.date, e.party, e.status]);
}

/** [step, date, party] of the events that happened (done or asserted). */
export function done(body: string, meta: TestMeta = {}): [string, string | null, string | null][] {
  return eventsIn(body, meta)
    .filter((e) => e.status !== 'expected')
    .map((e) => [e.step, e.date, e.party]);
}

/** The steps a text expects. */
export function expected(body: string, meta: TestMeta = {}): string[] {
  return eventsIn(body, meta)
    .filter((e) => e.status === 'expected')
    .map((e) => e.step);
}

/** One test per fixture sentence: its events as [step, date, party, status]. */
export function testCases(language: string, cases: EventCase[]): void {
  for (const c of cases) {
    test(`${language}: ${c.about}: ${c.text}`, () => {
      assert.deepEqual(steps(c.text, { language, published: c.meta?.published === undefined ? '2025-06-30' : c.meta.published, kind: c.meta?.kind }), c.want);
    });
  }
}
