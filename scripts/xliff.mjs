/**
 * Reads and writes samen's XLIFF files (locales/*.xlf), the one home of translations.
 * Placeholders are written {0}, {1}… in plain text and become lit-localize's <x id="n"/>
 * (or <ph id="n">…</ph>).
 *
 * Targets are read by @lit/localize-tools' own XLIFF formatter, so every script here
 * sees a translation exactly as `lit-localize` does (and fails where it would fail).
 * Sources, notes and writing go through the DOM of @xmldom/xmldom, the parser and
 * serializer that formatter uses: `lit-localize extract` and `translate.mjs apply`
 * write byte for byte the same markup, so a file does not churn between the two.
 */
import { readFileSync, writeFileSync, mkdirSync, rmdirSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { XliffFormatter } from '@lit/localize-tools/lib/formatters/xliff.js';

/** The translated languages; English is the source. */
export const LOCALES = ['nl', 'fr', 'de'];

const ELEMENT = 1;
const TEXT = 3;
/** The formatter needs only the interchange part of the config to parse a file. */
const formatter = new XliffFormatter({ interchange: { format: 'xliff', xliffDir: 'locales' } });
const serializer = new XMLSerializer();
/** A broken file fails loudly: a partly parsed file written back would lose translations. */
const parse = (xml) => new DOMParser({
  errorHandler: { warning: fail, error: fail, fatalError: fail },
}).parseFromString(xml, 'text/xml');
function fail(message) {
  throw new Error(`XLIFF: ${message}`);
}
/** A placeholder element (`<x id="0" …/>` or `<ph id="0">…</ph>`) or nothing. */
const isPlaceholder = (node) => node.nodeType === ELEMENT && (node.nodeName === 'x' || node.nodeName === 'ph');
/** The direct child element `name` of a trans-unit (XLIFF 1.2 allows one source, one target). */
const child = (unit, name) => [...childNodes(unit)].find((n) => n.nodeType === ELEMENT && n.nodeName === name);
function* childNodes(node) {
  for (let n = node.firstChild; n; n = n.nextSibling) yield n;
}
/**
 * The markup inside an element, as the serializer writes it in the file. (The element is
 * serialized whole: a child alone would be given the namespace declaration it inherits.)
 */
const inner = (element) => serializer.serializeToString(element).replace(/^<[^>]*?(?:\/>$|>)/, '').replace(/<\/[^>]+>$/, '');
/** An element's content as plain text with {n} for each placeholder. */
const plainOf = (element) => [...childNodes(element)]
  .map((n) => (n.nodeType === TEXT ? n.data : isPlaceholder(n) ? `{${n.getAttribute('id')}}` : n.textContent)).join('');
/** The formatter's message contents (strings and { index } placeholders) as plain text. */
const plainOfContents = (contents) => contents.map((c) => (typeof c === 'string' ? c : `{${c.index}}`)).join('');
const unitsOf = (doc) => Array.from(doc.getElementsByTagName('trans-unit'));
/** Writes a document like lit-localize extract does: the serializer's markup and a final newline. */
const serialize = (doc) => `${serializer.serializeToString(doc)}\n`;

/** Turns XLIFF inline markup (the inside of a <source> or <target>) into plain text with {n} placeholders. */
export function toPlain(xml) {
  return plainOf(parse(`<t>${xml}</t>`).documentElement);
}

/**
 * Every unit of a locale file: id -> { source, target?, plainSource, plainTarget?, note? },
 * `source`/`target` as XLIFF markup, the plain ones with {n}; plus the file's text.
 * An empty <target/> counts as no translation.
 */
export function readUnits(locale) {
  const text = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const doc = parse(text);
  const translated = new Map(formatter.parseXliff(text).messages.map((m) => [m.name, plainOfContents(m.contents)]));
  const units = new Map();
  for (const unit of unitsOf(doc)) {
    const id = unit.getAttribute('id');
    const source = child(unit, 'source');
    const target = child(unit, 'target');
    const note = child(unit, 'note');
    const empty = !target || !target.firstChild;
    units.set(id, {
      source: inner(source),
      target: empty ? undefined : inner(target),
      plainSource: plainOf(source),
      plainTarget: empty ? undefined : translated.get(id),
      ...(note ? { note: note.textContent } : {}),
    });
  }
  return { text, units };
}

/**
 * Writes targets into a locale file. `targets` maps id -> plain text with {n}
 * placeholders, which must be exactly the source's (each once); they are written as the
 * source's own placeholder elements. A new target goes right after its <source>.
 * @returns the ids that were not found or whose placeholders did not match.
 */
export function writeTargets(locale, targets) {
  const doc = parse(readFileSync(`locales/${locale}.xlf`, 'utf8'));
  const rejected = [];
  const found = new Set();
  for (const unit of unitsOf(doc)) {
    const id = unit.getAttribute('id');
    if (!Object.hasOwn(targets, id)) continue;
    found.add(id);
    const source = child(unit, 'source');
    const xs = new Map([...childNodes(source)].filter(isPlaceholder).map((n) => [n.getAttribute('id'), n]));
    const plain = targets[id];
    const used = [...plain.matchAll(/\{(\d+)\}/g)].map((m) => m[1]);
    if (used.length !== xs.size || used.some((n) => !xs.has(n))) {
      rejected.push(id);
      continue;
    }
    const target = doc.createElement('target');
    // Text between placeholders as text nodes (the serializer escapes it), placeholders as copies of the source's.
    plain.split(/\{(\d+)\}/).forEach((part, i) => {
      if (i % 2) target.appendChild(xs.get(part).cloneNode(true));
      else if (part) target.appendChild(doc.createTextNode(part));
    });
    const old = child(unit, 'target');
    if (old) {
      const before = old.previousSibling;
      if (before?.nodeType === TEXT && !before.data.trim()) unit.removeChild(before);
      unit.removeChild(old);
    }
    const after = source.nextSibling;
    unit.insertBefore(doc.createTextNode('\n  '), after);
    unit.insertBefore(target, after);
  }
  writeFileSync(`locales/${locale}.xlf`, serialize(doc));
  for (const id of Object.keys(targets)) if (!found.has(id)) rejected.push(id);
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
