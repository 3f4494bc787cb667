/**
 * Kept for the scripts that need Chromium alone (proofs, screenshots, bench): the finders
 * and the installing now live in scripts/ensure-browsers.mjs, which covers all three
 * engines of the browser tests. Run directly, this makes sure Chromium exists.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export { findChromium } from './ensure-browsers.mjs';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    execFileSync(process.execPath, [fileURLToPath(new URL('./ensure-browsers.mjs', import.meta.url)), 'chromium'], { stdio: 'inherit' });
  } catch {
    process.exit(1);
  }
}
