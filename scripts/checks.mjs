/**
 * The tally the proof scripts share: each check prints `ok` or `FAIL`, and `finish()`
 * prints the closing `<name>: N passed, N failed` line CI reads and sets the exit code.
 * @param {string} name the script's name in the closing line.
 */
export function checks(name) {
  let passed = 0;
  let failed = 0;
  return {
    /** Records one check; `detail` is printed only when it fails. */
    check(label, ok, detail = '') {
      if (ok) passed += 1;
      else failed += 1;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${ok || !detail ? '' : `: ${detail}`}`);
    },
    /** Prints the closing line and sets the exit code. */
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exitCode = failed ? 1 : 0;
    },
  };
}
