/**
 * scripts/xliff.mjs, the one reader and writer of locales/*.xlf (translate.mjs,
 * check-locales.mjs, check-glossary.mjs and build-locales.mjs all go through it).
 * Runs on copies of the real files in a temporary folder: the files in use are never
 * written. What a translator would notice: a translation applied twice changes nothing,
 * a file read and written back is the same file byte for byte (no churn in git), the
 * developers' notes and the placeholders survive, wrong placeholders are refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain .mjs script without declarations.
import { LOCALES, readUnits, toPlain, writeTargets } from '../../scripts/xliff.mjs';

interface Unit { source: string; target?: string; plainSource: string; plainTarget?: string; note?: string }
const read = (locale: string): Map<string, Unit> => readUnits(locale).units;
const write = (locale: string, targets: Record<string, string>): string[] => writeTargets(locale, targets);

const real = resolve(import.meta.dirname, '../../locales');
const dir = mkdtempSync(join(tmpdir(), 'samen-xliff-'));
mkdirSync(join(dir, 'locales'));
for (const locale of LOCALES as string[]) cpSync(join(real, `${locale}.xlf`), join(dir, 'locales', `${locale}.xlf`));
process.chdir(dir);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const file = (locale: string): string => readFileSync(`locales/${locale}.xlf`, 'utf8');

for (const locale of LOCALES as string[]) {
  test(`${locale}: read and written back unchanged, the file is byte for byte the same`, () => {
    const before = file(locale);
    assert.deepEqual(write(locale, {}), []);
    assert.equal(file(locale), before);
  });

  test(`${locale}: every translation applied again as it reads leaves the file as it was`, () => {
    const before = file(locale);
    const units = read(locale);
    assert.ok(units.size > 100, 'the real file has its units');
    const targets = Object.fromEntries([...units].filter(([, u]) => u.plainTarget !== undefined).map(([id, u]) => [id, u.plainTarget!]));
    assert.deepEqual(write(locale, targets), []);
    // A target's placeholders are written as the source's own (their equiv-text is the source code).
    const code = (xml: string) => xml.replace(/ equiv-text="[^"]*"/g, '');
    assert.equal(code(file(locale)), code(before));
    assert.deepEqual([...read(locale)].map(([id, u]) => [id, u.plainTarget, u.note]), [...units].map(([id, u]) => [id, u.plainTarget, u.note]));
  });

  test(`${locale}: the developers' notes are read and kept`, () => {
    const units = read(locale);
    const noted = [...units.values()].filter((u) => u.note);
    assert.equal(noted.length, (file(locale).match(/<note from="lit-localize">/g) ?? []).length);
    assert.ok(noted.length > 0);
  });
}

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="fr" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
<trans-unit id="x.greet">
  <source>Hello <x id="0" equiv-text="\${name}"/> &amp; <x id="1" equiv-text="\${(a) =&gt; a}"/>!</source>
  <note from="lit-localize">A greeting</note>
</trans-unit>
<trans-unit id="ph.greet">
  <source>Hi <ph id="0">\${name}</ph></source>
</trans-unit>
<trans-unit id="x.done">
  <source>Done</source>
  <target>Fini</target>
</trans-unit>
</body>
</file>
</xliff>
`;

test('a new translation goes right after its source, before the note, with the source\'s placeholders', () => {
  writeFileSync('locales/fr.xlf', SAMPLE);
  assert.equal(read('fr').get('x.greet')!.plainSource, 'Hello {0} & {1}!');
  assert.deepEqual(write('fr', { 'x.greet': 'Bonjour {0} & <{1}>\u00a0!' }), []);
  assert.ok(file('fr').includes(`<source>Hello <x id="0" equiv-text="\${name}"/> &amp; <x id="1" equiv-text="\${(a) =&gt; a}"/>!</source>
  <target>Bonjour <x id="0" equiv-text="\${name}"/> &amp; &lt;<x id="1" equiv-text="\${(a) =&gt; a}"/>&gt;\u00a0!</target>
  <note from="lit-localize">A greeting</note>`), file('fr'));
  const unit = read('fr').get('x.greet')!;
  assert.equal(unit.plainTarget, 'Bonjour {0} & <{1}>\u00a0!');
  assert.equal(unit.note, 'A greeting');
});

test('<ph> placeholders are read as {n} and written as the source\'s', () => {
  writeFileSync('locales/fr.xlf', SAMPLE);
  assert.equal(read('fr').get('ph.greet')!.plainSource, 'Hi {0}');
  assert.deepEqual(write('fr', { 'ph.greet': 'Salut {0}' }), []);
  assert.ok(file('fr').includes('<target>Salut <ph id="0">${name}</ph></target>'));
  assert.equal(read('fr').get('ph.greet')!.plainTarget, 'Salut {0}');
});

test('a translation replaces the old one instead of adding a second', () => {
  writeFileSync('locales/fr.xlf', SAMPLE);
  write('fr', { 'x.done': 'Terminé' });
  assert.equal((file('fr').match(/<target>/g) ?? []).length, 1);
  assert.equal(read('fr').get('x.done')!.plainTarget, 'Terminé');
});

test('placeholders other than the source\'s, and unknown ids, are refused and nothing of them is written', () => {
  writeFileSync('locales/fr.xlf', SAMPLE);
  const rejected = write('fr', { 'x.greet': 'Bonjour {0}', 'ph.greet': 'Salut {0} {0}', 'x.done': 'Fini {3}', 'no.such': 'x' });
  assert.deepEqual(rejected.sort(), ['no.such', 'ph.greet', 'x.done', 'x.greet']);
  assert.equal(file('fr'), SAMPLE);
});

test('a broken file is an error, never a file written back with units lost', () => {
  const broken = SAMPLE.replace('</trans-unit>\n<trans-unit id="ph.greet">', '<trans-unit id="ph.greet">').slice(0, -40);
  writeFileSync('locales/fr.xlf', broken);
  assert.throws(() => write('fr', { 'x.done': 'Terminé' }), /XLIFF/);
  assert.equal(file('fr'), broken);
});

test('toPlain turns inline markup into text with {n}', () => {
  assert.equal(toPlain('a &amp; b &lt;c&gt; "d" <x id="0" equiv-text="${a =&gt; b}"/>.'), 'a & b <c> "d" {0}.');
});
