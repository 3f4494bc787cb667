/**
 * One word per concept: checks every translation in locales/*.xlf against
 * locales/glossary.json and fails on a known wrong variant, so a second word for the
 * same thing (or "u" next to "je" in Dutch) cannot slip in. Also checks French
 * typography: a no-break space (U+00A0 or U+202F) before : ; ? ! and », after «.
 *
 *   node scripts/check-glossary.mjs         check (exit 1 on any problem)
 *   node scripts/check-glossary.mjs --fix   also put the missing no-break spaces into
 *                                           the French and German files (the only
 *                                           mechanical fix)
 *
 * Wrong variants match as whole words, ignoring case; placeholders are left out. A rule's
 * `ignore` lists messages where the variant is right (an English title quoted in full).
 */
import { readFileSync } from 'node:fs';
import { LOCALES, readUnits, withLock, writeTargets } from './xliff.mjs';

const glossary = JSON.parse(readFileSync('locales/glossary.json', 'utf8'));
const fix = process.argv.includes('--fix');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word, case-insensitive matcher that understands accented letters. */
const word = (w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'iu');
const plain = (text) => text.replace(/\{\d+\}/g, ' ');

const NBSP = '[\\u00a0\\u202f]';
/** French spacing problems: an ordinary or missing space before : ; ? ! », after «. */
function frenchSpacing(text) {
  const t = plain(text);
  const found = [];
  if (/ [:;?!»]/.test(t)) found.push('ordinary space before : ; ? ! or »');
  if (/« /.test(t)) found.push('ordinary space after «');
  if (new RegExp(`[\\p{L}\\p{N})’”][;?!]`, 'u').test(t)) found.push('no space before ; ? !');
  if (new RegExp(`«(?!${NBSP})|(?<!${NBSP})»`, 'u').test(t) && !/ »|« /.test(t)) found.push('no space inside « »');
  return found;
}
/** The same text with no-break spaces where French typography wants them. */
function fixFrench(text) {
  return text
    .replace(/ ([:;?!»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/([\p{L}\p{N})’”])([;?!])/gu, '$1\u00a0$2')
    .replace(/«(?![\u00a0\u202f])/g, '«\u00a0')
    .replace(/(?<![\u00a0\u202f])»/g, '\u00a0»');
}

/**
 * French and German write a space between a number and %, and it must not break: "95 %"
 * split over two lines at 320 px reads as two things. Dutch and English write "95%".
 */
const PERCENT_SPACED = ['fr', 'de'];
const percentSpacing = (text) => (/\d ?%/.test(plain(text)) ? ['ordinary or no space before %'] : []);
const fixPercent = (text) => text.replace(/(\d) ?%/g, '$1\u00a0%');

let problems = 0;
let checked = 0;
const fixes = { fr: {}, de: {} };
for (const locale of LOCALES) {
  const concepts = Object.entries(glossary[locale] ?? {});
  for (const [id, unit] of readUnits(locale).units) {
    if (unit.plainTarget === undefined) continue;
    checked += 1;
    const text = plain(unit.plainTarget);
    for (const [concept, rule] of concepts) {
      // `ignore`: messages where a wrong variant is right, e.g. inside an English title.
      if ((rule.ignore ?? []).includes(id)) continue;
      for (const wrong of rule.wrong ?? []) {
        if (word(wrong).test(text)) {
          console.error(`${locale}: "${id}" says "${wrong}"; the glossary's word for ${concept} is "${rule.use}"`);
          problems += 1;
        }
      }
      for (const { pattern, with: needed } of rule.requires ?? []) {
        if (text.includes(pattern) && !text.toLowerCase().includes(needed.toLowerCase())) {
          console.error(`${locale}: "${id}" mentions "${pattern}" without "${needed}" (${concept})`);
          problems += 1;
        }
      }
    }
    const spacing = [
      ...(locale === 'fr' ? frenchSpacing(unit.plainTarget) : []),
      ...(PERCENT_SPACED.includes(locale) ? percentSpacing(unit.plainTarget) : []),
    ];
    if (spacing.length && fix) fixes[locale][id] = fixPercent(locale === 'fr' ? fixFrench(unit.plainTarget) : unit.plainTarget);
    else for (const p of spacing) {
      console.error(`${locale}: "${id}": ${p} (use a no-break space)`);
      problems += 1;
    }
  }
}
for (const [locale, fixed] of Object.entries(fixes)) {
  if (!fix || !Object.keys(fixed).length) continue;
  await withLock(async () => writeTargets(locale, fixed));
  console.log(`${locale}: no-break spaces put into ${Object.keys(fixed).length} message(s): ${Object.keys(fixed).join(', ')}`);
}
console.log(`glossary: ${checked} translations checked in ${LOCALES.join(', ')}; ${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
