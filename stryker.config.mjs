/**
 * Mutation testing of the pure core (src/core), one folder per run: `npm run mutation`
 * runs every folder in turn; `SAMEN_MUTATE=roles npm run mutation` runs one.
 *
 * Stryker 9 is the last for Node 20. Its command runner re-runs the folder's own test
 * files for every mutant (listed here: Node 20 expands no globs); running only those
 * keeps a folder to minutes rather than the whole core to hours on a 2-core machine.
 * SAMEN_MUTATE_FILES (e.g. `src/core/roles/index.ts:120-187`) narrows one run further. Reports go to node_modules/.cache/samen-mutation/, away
 * from git. Not part of `npm test`: too slow for every commit.
 */
import { readdirSync } from 'node:fs';

/** Test files of test/core whose name starts with one of `prefixes` (all when empty). */
const testsOf = (...prefixes) =>
  readdirSync('test/core')
    .filter((f) => f.endsWith('.test.ts') && (prefixes.length === 0 || prefixes.some((p) => f.startsWith(p))))
    .sort()
    .map((f) => `test/core/${f}`);

/** What each core folder's mutants are, and which tests judge them. */
const FOLDERS = {
  roles: { mutate: ['src/core/roles/**/*.ts'], tests: testsOf('roles') },
  dilemmas: { mutate: ['src/core/dilemmas/**/*.ts'], tests: testsOf('dilemmas') },
  quality: { mutate: ['src/core/quality/**/*.ts'], tests: testsOf('quality') },
  proportionate: { mutate: ['src/core/proportionate/**/*.ts'], tests: testsOf('proportionate') },
  report: { mutate: ['src/core/report/**/*.ts'], tests: testsOf('report') },
  // Helpers every folder uses: judged by every core test.
  shared: { mutate: ['src/core/*.ts'], tests: testsOf() },
};

const folder = process.env.SAMEN_MUTATE ?? 'roles';
const chosen = FOLDERS[folder];
if (!chosen) throw new Error(`SAMEN_MUTATE=${folder}: not a core folder; one of ${Object.keys(FOLDERS).join(', ')}`);
if (chosen.tests.length === 0) throw new Error(`SAMEN_MUTATE=${folder}: no test/core/${folder}*.test.ts to judge its mutants`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  // One process imports every test file (node:test reports and sets the exit code when it
  // ends): a tsx start per file, as `node --test` makes, costs more than most test files.
  commandRunner: { command: `node --import tsx --input-type=module -e "${chosen.tests.map((f) => `await import('./${f}');`).join(' ')}"` },
  // Re-export-only index files make no mutants; roles/index.ts holds the rules and is mutated.
  mutate: process.env.SAMEN_MUTATE_FILES ? process.env.SAMEN_MUTATE_FILES.split(',') : chosen.mutate,
  // The sandbox needs the sources, the tests and the package files only.
  ignorePatterns: ['/*', '!/src', '!/test', '!/package.json', '!/tsconfig.json'],
  coverageAnalysis: 'off',
  // CPU is shared by a team: one mutant at a time unless asked for more.
  concurrency: Number(process.env.SAMEN_MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 20000,
  tempDirName: 'node_modules/.cache/samen-mutation/tmp',
  cleanTempDir: true,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `node_modules/.cache/samen-mutation/${folder}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
};
