/**
 * Loaded before each test file in mutation runs only (stryker.config.mjs). A mutant
 * usually breaks many tests at once; two things then cost seconds per failing test
 * without changing which tests pass or fail:
 * - fast-check shrinks each failing property to a smallest counterexample: the first
 *   counterexample is enough to kill a mutant, so shrinking is skipped;
 * - Node 20's `assert.ok(value)` without a message re-reads and parses the test's source
 *   to quote the failing expression (about 20 s per failure under tsx): the message is
 *   supplied instead. Passing assertions are untouched.
 */
import fc from 'fast-check';
import strict from 'node:assert/strict';
import loose from 'node:assert';

fc.configureGlobal({ endOnFailure: true });

for (const assert of [strict, loose]) {
  const ok = assert.ok;
  assert.ok = (value, message, ...rest) => ok(value, message ?? 'assert.ok: the value is falsy', ...rest);
}
