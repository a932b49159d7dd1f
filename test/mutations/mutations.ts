// Mutations the test suite must catch (issue 15, deliver 10): each one is a plausible slip in a rule, and at
// least one of its test files must fail on it. `npm run mutations` applies each to a copy of the tree.

export interface Mutation {
  name: string;
  /** The file mutated, relative to the repository. */
  file: string;
  /** What is replaced (every occurrence); it must occur, or the mutation no longer applies to the code. */
  find: string | RegExp;
  replace: string;
  /** The test files expected to catch it (relative to the repository); any one failing is enough. */
  tests: string[];
}

/** A call replaced by a function that ignores its arguments and returns `value`: the code still runs. */
const stub = (value: string) => `((..._: unknown[]) => ${value})(`;

/** The detector named `name` taken out of the clean stage's list (its line in DETECTORS). */
const dropDetector = (name: string): Mutation => ({
  name: `clean: no ${name} detector`,
  file: 'src/clean/index.ts',
  find: new RegExp(`^ {2}${name},.*\\n`, 'm'),
  replace: '',
  tests: ['src/clean/detector-list.test.ts', 'src/clean/index.test.ts'],
});

/** Every detector of the clean stage's list, each dropped in turn. */
export const DETECTOR_NAMES = [
  'closeButton',
  'separator',
  'cookie',
  'share',
  'tools',
  'navigation',
  'masthead',
  'dateStamp',
  'byline',
  'dateline',
  'credit',
  'caption',
  'paywall',
  'subscribe',
  'newsletter',
  'footer',
  'trailer',
  'copyright',
  'related',
  'comments',
  'widget',
  'label',
];

/** The conflict finders composed in src/dossier/conflicts/index.ts, each taken out of the list in turn. */
const CONFLICT_FINDERS = ['articleConflicts', 'recordConflicts', 'eventConflicts', 'durationConflicts', 'disputedConflicts'];

const dropConflictFinder = (name: string): Mutation => ({
  name: `conflicts: no ${name}`,
  file: 'src/dossier/conflicts/index.ts',
  find: new RegExp(`^ {4}\\.\\.\\.${name}\\(.*\\n`, 'm'),
  replace: '',
  tests: ['src/dossier/conflicts/index.test.ts', 'src/dossier/conflicts/events.test.ts', 'src/dossier/index.test.ts'],
});

export const MUTATIONS: Mutation[] = [
  {
    name: 'conflicts: a tie counts as a win',
    file: 'src/dossier/conflicts/resolve.ts',
    find: 'ranked[0].n > ranked[1].n',
    replace: 'ranked[0].n >= ranked[1].n',
    tests: ['src/dossier/conflicts/resolve.test.ts', 'src/dossier/index.test.ts'],
  },
  ...CONFLICT_FINDERS.map(dropConflictFinder),
  ...DETECTOR_NAMES.map(dropDetector),
  {
    name: 'CLI: no near-duplicate links (assemble)',
    file: 'src/pipeline/assemble.ts',
    find: 'linkNearDuplicates(',
    replace: stub('new Map<string, string>()'),
    tests: ['src/pipeline/assemble.test.ts', 'test/cli/near-duplicates.test.ts'],
  },
  {
    name: 'server: no near-duplicate link on upload',
    file: 'src/server/collection.ts',
    find: /findNearDuplicate\((?=[^;]*;\s*this\.items\.push\(this\.held\(p\)\))/,
    replace: stub('null'),
    tests: ['test/server/near-duplicates.test.ts'],
  },
  {
    name: 'server: no near-duplicate link on sync',
    file: 'src/server/collection.ts',
    find: /findNearDuplicate\((?=[^;]*;\s*this\.items\.push\(this\.held\(shareMemory\(p\)\)\))/,
    replace: stub('null'),
    tests: ['test/server/near-duplicates.test.ts'],
  },
  {
    name: 'server: no near-duplicate links on load',
    file: 'src/server/collection.ts',
    find: 'linkNearDuplicates(',
    replace: stub('new Map<string, string>()'),
    tests: ['test/server/near-duplicates.test.ts'],
  },
];
