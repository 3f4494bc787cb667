/**
 * Mutation testing of the pure core (src/core), one folder per run: `npm run mutation`
 * runs every folder in turn; `SAMEN_MUTATE=roles npm run mutation` runs one.
 *
 * Stryker 9 is the last for Node 20. The tap runner starts one `node --import tsx` per
 * test file (node:test prints TAP) and, with per-test coverage, runs a mutant only
 * against the files that reach it, stopping at the first failing test: a killed mutant
 * costs one short process, a mutant no test reaches costs nothing. That is several times
 * faster than re-running the folder's whole test set per mutant (the command runner,
 * still there as SAMEN_MUTATION_RUNNER=command to compare).
 *
 * A folder's mutants are judged by the test files whose name starts with the folder's
 * name (test/core/roles*.test.ts for src/core/roles); the shared files by every core test.
 * SAMEN_MUTATE_FILES (e.g. `src/core/roles/index.ts:120-187`) narrows one run further.
 * Runs are incremental: a rerun re-tests only mutants whose code or tests changed
 * (SAMEN_MUTATION_FULL=1 re-tests all). Reports and the incremental files stay in
 * node_modules/.cache/samen-mutation/, away from git. Not part of `npm test`: too slow
 * for every commit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Loaded before every test file: no shrinking, no source parsing on a failure (see the file). */
const setup = fileURLToPath(new URL('./stryker.setup.mjs', import.meta.url));

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
  // Helpers every folder uses: judged by every test of test/core that imports the core
  // (others there test scripts/ and locales/, which the sandbox leaves out).
  shared: { mutate: ['src/core/*.ts'], tests: testsOf().filter((f) => readFileSync(f, 'utf8').includes('/src/core/')) },
};

const folder = process.env.SAMEN_MUTATE ?? 'roles';
const chosen = FOLDERS[folder];
if (!chosen) throw new Error(`SAMEN_MUTATE=${folder}: not a core folder; one of ${Object.keys(FOLDERS).join(', ')}`);
if (chosen.tests.length === 0) throw new Error(`SAMEN_MUTATE=${folder}: no test/core/${folder}*.test.ts to judge its mutants`);

const cache = 'node_modules/.cache/samen-mutation';
const slice = process.env.SAMEN_MUTATE_FILES;
// A narrowed run keeps its own incremental file and report, one per slice, so it never
// drops the folder's results or another slice's.
const runName = slice ? `${folder}-slice-${slice.replace(/[^\w]+/g, '_').replace(/^src_core_/, '')}` : folder;
const command = process.env.SAMEN_MUTATION_RUNNER === 'command';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...(command
    ? {
        testRunner: 'command',
        // One process imports every test file: a tsx start per file costs more than most files.
        commandRunner: { command: `node --import tsx --import ${setup} --input-type=module -e "${chosen.tests.map((f) => `await import('./${f}');`).join(' ')}"` },
        coverageAnalysis: 'off',
      }
    : {
        testRunner: 'tap',
        plugins: ['@stryker-mutator/tap-runner'],
        tap: { testFiles: chosen.tests, nodeArgs: ['--import', 'tsx', '--import', setup, '--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'] },
        coverageAnalysis: 'perTest',
      }),
  // Re-export-only index files make no mutants; roles/index.ts holds the rules and is mutated.
  mutate: slice ? slice.split(',') : chosen.mutate,
  // The sandbox needs the sources, the tests and the package files only.
  ignorePatterns: ['/*', '!/src', '!/test', '!/package.json', '!/tsconfig.json'],
  incremental: true,
  force: process.env.SAMEN_MUTATION_FULL === '1',
  incrementalFile: `${cache}/${runName}.incremental.json`,
  // CPU is shared by a team: one mutant at a time unless asked for more.
  concurrency: Number(process.env.SAMEN_MUTATION_CONCURRENCY ?? 1),
  // A test file takes 1-3 s; a mutant that makes one loop for ever is stopped 8 s later.
  timeoutMS: 8000,
  tempDirName: `${cache}/tmp`,
  cleanTempDir: true,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `${cache}/${runName}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
};
