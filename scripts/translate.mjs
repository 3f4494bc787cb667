/**
 * Adds translations to locales/*.xlf, safely while others do the same.
 *
 *   node scripts/translate.mjs missing [prefix]   print untranslated messages as JSON
 *   node scripts/translate.mjs apply file.json     write { id: { nl, fr, de } } into the XLIFF
 *
 * Both first run `lit-localize extract`, so new msg() calls appear as units.
 * Placeholders are {0}, {1}… and must match the English source.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LOCALES, readUnits, withLock, writeTargets } from './xliff.mjs';

const [command, arg] = process.argv.slice(2);
const extract = () => execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });

await withLock(async () => {
  extract();
  if (command === 'missing') {
    const missing = {};
    for (const locale of LOCALES) {
      for (const [id, unit] of readUnits(locale).units) {
        if (unit.target !== undefined || (arg && !id.startsWith(arg))) continue;
        missing[id] ??= { en: unit.plainSource, missing: [] };
        missing[id].missing.push(locale);
      }
    }
    console.log(JSON.stringify(missing, null, 2));
  } else if (command === 'apply') {
    const input = JSON.parse(readFileSync(arg, 'utf8'));
    for (const locale of LOCALES) {
      const targets = Object.fromEntries(Object.entries(input).filter(([, t]) => t[locale]).map(([id, t]) => [id, t[locale]]));
      const rejected = writeTargets(locale, targets);
      if (rejected.length) console.error(`${locale}: not written (unknown id or placeholders differ from the source): ${rejected.join(', ')}`);
    }
    console.log('done');
  } else {
    console.error('usage: node scripts/translate.mjs missing [prefix] | apply file.json');
    process.exitCode = 2;
  }
});
