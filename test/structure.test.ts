// The shape of the code: a stage is reached from another only through its index.ts (src/text, the helpers
// several stages share, and src/types.ts excepted), and no module or folder imports itself round a cycle. Tests
// and fixtures are left out: a test may reach into the unit beside it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SRC = join(import.meta.dirname, '..', 'src');
/** Folders any stage may import file by file. */
const SHARED = new Set(['text', 'types.ts']);

const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(?:ts|mjs)$/.test(f) && !/\.(?:test|fixture)\.ts$/.test(f))
  .map((f) => join(SRC, f));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const importsOf = new Map(sources.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(f), m[1] ?? m[2]))]));
const stageOf = (file: string) => relative(SRC, file).split('/')[0];

/** Strongly connected groups of more than one node (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do group.push((w = stack.pop()!));
      while (w !== v);
      if (group.length > 1) out.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

test('a stage imports another only through its index.ts', () => {
  const wrong = sources.flatMap((f) =>
    importsOf
      .get(f)!
      .filter((t) => stageOf(t) !== stageOf(f) && !SHARED.has(stageOf(t)) && !t.endsWith(`${stageOf(t)}/index.ts`))
      .map((t) => `${relative(SRC, f)} → ${relative(SRC, t)}`),
  );
  assert.deepEqual(wrong, []);
});

test('no module imports itself round a cycle', () => {
  assert.deepEqual(
    cycles(importsOf).map((c) => c.map((f) => relative(SRC, f))),
    [],
  );
});

test('no stage imports itself round a cycle of stages', () => {
  const stages = new Map<string, string[]>();
  for (const [f, targets] of importsOf) {
    const from = stageOf(f);
    const list = stages.get(from) ?? [];
    for (const t of targets) if (stageOf(t) !== from && !list.includes(stageOf(t))) list.push(stageOf(t));
    stages.set(from, list);
  }
  assert.deepEqual(cycles(stages), []);
});

test('the checks see a cycle and a reach past index.ts when there is one', () => {
  const a = '/x/a.ts';
  const b = '/x/b.ts';
  assert.equal(
    cycles(
      new Map([
        [a, [b]],
        [b, [a]],
      ]),
    ).length,
    1,
  );
  assert.equal(
    cycles(
      new Map([
        [a, [b]],
        [b, []],
      ]),
    ).length,
    0,
  );
});
