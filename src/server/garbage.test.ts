import assert from 'node:assert/strict';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { collectGarbage, updateEnded, updateStarted } from './garbage.ts';

/** Counts V8's full (mark-compact) collections while it runs. */
async function majorCollections(during: () => Promise<void>): Promise<number> {
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) count++;
  });
  observer.observe({ entryTypes: ['gc'] });
  await during();
  await sleep(20); // gc entries are delivered asynchronously
  observer.disconnect();
  return count;
}

/** Old-generation garbage: objects that live long enough to be promoted, then are dropped. */
async function leaveGarbage(): Promise<void> {
  const baseline = process.memoryUsage().heapUsed;
  let kept: object[][] = [];
  while (process.memoryUsage().heapUsed < 3 * baseline + 64e6) kept.push(Array.from({ length: 10_000 }, (_, i) => ({ i })));
  await sleep(10);
  kept = [];
}

test('after an update, a heap that has grown is collected once the server has been quiet', async () => {
  collectGarbage();
  await leaveGarbage();
  const count = await majorCollections(async () => {
    updateStarted();
    updateEnded();
    await sleep(400);
  });
  assert.ok(count >= 1, `expected a full collection, saw ${count}`);
});

test('an update that starts before the quiet time ends puts the collection off until it ends too', async () => {
  collectGarbage();
  await leaveGarbage();
  const whileBusy = await majorCollections(async () => {
    updateStarted();
    updateEnded();
    await sleep(100);
    updateStarted(); // the next upload arrives: no collection while it runs
    await sleep(400);
  });
  assert.equal(whileBusy, 0);
  const after = await majorCollections(async () => {
    updateEnded();
    await sleep(400);
  });
  assert.ok(after >= 1, `expected a full collection after the update, saw ${after}`);
});

test('a heap that has not grown since the last collection is left alone', async () => {
  collectGarbage();
  const count = await majorCollections(async () => {
    updateStarted();
    updateEnded();
    await sleep(400);
  });
  assert.equal(count, 0);
});
