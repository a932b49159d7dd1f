// Mutation testing (issue 15, deliver 10): `npm run stryker` (both targets) or
// `PACTWATCH_MUTATE=conflicts|clean npx stryker run` (one). Stryker mutates the target's files one change at a
// time in a copy of the tree (.stryker-tmp/) and runs the target's tests on each; a mutant the tests survive is
// a rule no test pins down. The command runner runs only those tests (the whole suite takes minutes), so each
// target has its own list; reports go to reports/mutation/<target>/ (out of git).

/** What each target mutates, and the tests that should catch it. */
const TARGETS = {
  conflicts: {
    mutate: ['src/dossier/conflicts/resolve.ts'],
    tests: ['src/dossier/conflicts/resolve.test.ts', 'src/dossier/conflicts/resolve-values.test.ts', 'src/dossier/index.test.ts'],
  },
  clean: {
    mutate: ['src/clean/index.ts'],
    tests: ['src/clean/index.test.ts', 'src/clean/detector-list.test.ts', 'src/clean/clean-document.test.ts'],
  },
};

const name = process.env.PACTWATCH_MUTATE ?? 'conflicts';
const target = TARGETS[name];
if (!target) throw new Error(`PACTWATCH_MUTATE is one of ${Object.keys(TARGETS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: `node --import tsx --test --test-reporter=dot ${target.tests.join(' ')}` },
  mutate: target.mutate,
  ignorePatterns: ['dist', 'test-artifacts', 'bench/corpus/out', 'web', 'examples', 'docs', 'reports', '.pactwatch', 'out'],
  // The machine is shared: two test processes at a time.
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
