// `npm run mutations [-- --only TEXT]`: applies each mutation of ./mutations.ts to a copy of the tree in a
// temporary folder (never to the working tree) and runs the tests expected to catch it there. Exits 1 when a
// mutation survives (its tests pass), no longer applies, or when the tests fail on the unmutated copy.
// Not part of `npm test`: each mutation reruns its tests (about 20 s each on a loaded machine).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MUTATIONS, type Mutation } from './mutations.ts';

const repo = resolve(import.meta.dirname, '..', '..');
/** What the tests need: the code, the tests and their fixtures, and the config tsx reads. */
const COPIED = ['src', 'test', 'bin', 'package.json', 'tsconfig.json'];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const chosen = MUTATIONS.filter((m) => !values.only || m.name.includes(values.only));

/** A copy of the tree beside a link to the shared eval folder, which some tests read as ../shared. */
function copyTree(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'pactwatch-mutations-'));
  const dir = join(root, 'main');
  mkdirSync(dir);
  for (const p of COPIED) cpSync(join(repo, p), join(dir, p), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  const shared = resolve(repo, '..', 'shared');
  if (existsSync(shared)) symlinkSync(shared, join(root, 'shared'));
  return { root, dir };
}

function runTests(dir: string, files: string[]): { ok: boolean; output: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=dot', ...files], { cwd: dir, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

function apply(source: string, m: Mutation): string | null {
  const found = typeof m.find === 'string' ? source.includes(m.find) : m.find.test(source);
  if (!found) return null;
  return typeof m.find === 'string' ? source.replaceAll(m.find, m.replace) : source.replace(m.find, m.replace);
}

const { root, dir } = copyTree();
let failures = 0;
try {
  const allTests = [...new Set(chosen.flatMap((m) => m.tests))];
  const baseline = runTests(dir, allTests);
  if (!baseline.ok) {
    console.log(`the tests fail on the unmutated copy; no mutation can be judged:\n${baseline.output}`);
    process.exit(1);
  }
  for (const m of chosen) {
    const path = join(dir, m.file);
    const original = readFileSync(path, 'utf8');
    const mutated = apply(original, m);
    if (mutated === null) {
      failures++;
      console.log(`STALE     ${m.name}: ${m.file} no longer contains ${m.find}`);
      continue;
    }
    writeFileSync(path, mutated);
    const started = performance.now();
    const r = runTests(dir, m.tests);
    writeFileSync(path, original);
    const s = ((performance.now() - started) / 1000).toFixed(0);
    if (r.ok) failures++;
    console.log(`${r.ok ? 'SURVIVED' : 'caught  '}  ${m.name} (${s} s)`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
console.log(`\n${chosen.length - failures} of ${chosen.length} mutations caught`);
process.exit(failures ? 1 : 0);
