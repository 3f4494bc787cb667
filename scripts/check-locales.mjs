/**
 * Fails when a locale lacks a translation, or a translation's placeholders differ from
 * the English source. Run by the test command: no language ships half-translated.
 */
import { LOCALES, readUnits } from './xliff.mjs';

let problems = 0;
let count = 0;
for (const locale of LOCALES) {
  for (const [id, unit] of readUnits(locale).units) {
    count += 1;
    if (unit.target === undefined || !unit.plainTarget.trim()) {
      console.error(`${locale}: "${id}" is not translated`);
      problems += 1;
      continue;
    }
    const ph = (s) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join();
    if (ph(unit.plainSource) !== ph(unit.plainTarget)) {
      console.error(`${locale}: "${id}" has placeholders that differ from the source`);
      problems += 1;
    }
  }
}
console.log(`locales: ${count} messages checked in ${LOCALES.join(', ')}; ${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
