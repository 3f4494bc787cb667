/**
 * Reads and writes samen's XLIFF files (locales/*.xlf), the one home of translations.
 * Placeholders are written {0}, {1}… in plain text and become lit-localize's <x id="n"/>.
 */
import { readFileSync, writeFileSync, mkdirSync, rmdirSync } from 'node:fs';

/** The translated languages; English is the source. */
export const LOCALES = ['nl', 'fr', 'de'];

const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;

const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const encode = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Turns XLIFF inline markup into plain text with {n} placeholders. */
export function toPlain(xml) {
  return decode(xml.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
}

/** Every unit of a locale file: id -> { source, target? } as plain text, plus the raw body. */
export function readUnits(locale) {
  const text = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const units = new Map();
  for (const [, id, body] of text.matchAll(UNIT)) {
    const source = body.match(/<source>([\s\S]*?)<\/source>/)[1];
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    units.set(id, { source, target, plainSource: toPlain(source), plainTarget: target === undefined ? undefined : toPlain(target) });
  }
  return { text, units };
}

/**
 * Writes targets into a locale file. `targets` maps id -> plain text with {n}
 * placeholders, which must be exactly the source's.
 * @returns the ids that were not found or whose placeholders did not match.
 */
export function writeTargets(locale, targets) {
  const { text } = readUnits(locale);
  const rejected = [];
  const out = text.replace(UNIT, (whole, id, body) => {
    if (!(id in targets)) return whole;
    const source = body.match(/<source>([\s\S]*?)<\/source>/)[1];
    const xs = new Map([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
    const plain = targets[id];
    const used = [...plain.matchAll(/\{(\d+)\}/g)].map((m) => m[1]);
    if (used.length !== xs.size || used.some((n) => !xs.has(n))) {
      rejected.push(id);
      return whole;
    }
    const xml = encode(plain).replace(/\{(\d+)\}/g, (_, n) => xs.get(n));
    const withoutTarget = body.replace(/\n?\s*<target>[\s\S]*?<\/target>/, '');
    return `<trans-unit id="${id}">${withoutTarget.replace(/<\/source>/, `</source>\n  <target>${xml}</target>`)}</trans-unit>`;
  });
  writeFileSync(`locales/${locale}.xlf`, out);
  for (const id of Object.keys(targets)) if (!text.includes(`<trans-unit id="${id}">`)) rejected.push(id);
  return rejected;
}

/** Runs `fn` while holding a lock on locales/, so several translators can work at once. */
export async function withLock(fn) {
  for (let i = 0; ; i++) {
    try {
      mkdirSync('locales/.lock');
      break;
    } catch {
      if (i > 600) throw new Error('locales/.lock is held for too long; remove it if no one is translating.');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync('locales/.lock');
  }
}
