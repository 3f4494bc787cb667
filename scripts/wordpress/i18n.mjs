#!/usr/bin/env node
/**
 * The WordPress plugin's own texts (text domain `samen`), kept as gettext .po sources in
 * integrations/wordpress/samen/languages/samen-<language>.po (nl, fr, de: one source per
 * language, since nl_BE and nl_NL get the same Flemish texts, fr_BE and fr_FR the same
 * Belgian French).
 *
 *   node scripts/wordpress/i18n.mjs check         every msgid of the plugin's PHP and JS
 *                                                 has a translation in each .po; exit 1 if not
 *   node scripts/wordpress/i18n.mjs update [tr.json]  rewrites the .po sources in the code's
 *                                                 order: keeps each translation, adds new
 *                                                 texts untranslated (or from tr.json:
 *                                                 msgid -> {nl, fr, de}), drops unused ones
 *   node scripts/wordpress/i18n.mjs build <dir>   the files WordPress 6.1 loads, into <dir>:
 *                                                 samen-<locale>.mo (through msgfmt --check,
 *                                                 Debian's gettext) and, for the editor
 *                                                 script, samen-<locale>-<md5>.json (Jed)
 *
 * The .po files are read by a plain line reader (the format is text); writing the binary
 * .mo is left to msgfmt.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
/** The plugin folder. */
export const PLUGIN = join(root, 'integrations/wordpress/samen');
/** The locales shipped, each with the .po source it is built from. */
export const LOCALES = { nl_BE: 'nl', nl_NL: 'nl', fr_BE: 'fr', fr_FR: 'fr', de_DE: 'de' };
/** The widgets' glossary: one word per concept, in the plugin as in the widgets. */
const GLOSSARY = JSON.parse(readFileSync(join(root, 'locales/glossary.json'), 'utf8'));
/** The editor scripts that use wp.i18n, relative to the plugin (WordPress hashes this path). */
export const SCRIPTS = ['assets/blocks.js'];

/** Unescapes one C-style quoted string as .po and single-quoted PHP/JS write them. */
function unquote(text, quote) {
  if (quote === "'") return text.replace(/\\([\\'])/g, '$1');
  return text.replace(/\\(["\\nt])/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
}

/**
 * The translatable texts of the plugin's PHP and JS: calls of __, _e, esc_html__,
 * esc_html_e, esc_attr__, esc_attr_e, _n and _n_noop with single-quoted literals and the
 * `samen` domain, plus the header's Description (which the Plugins screen translates).
 *
 * @param {string} dir the plugin folder.
 * @returns {Map<string, {plural?: string, files: Set<string>}>} msgid -> where it is used.
 */
export function extract(dir = PLUGIN) {
  const found = new Map();
  const add = (id, plural, file) => {
    const entry = found.get(id) ?? { files: new Set() };
    if (plural) entry.plural = plural;
    entry.files.add(file);
    found.set(id, entry);
  };
  const files = ['samen.php', ...readdirSync(join(dir, 'includes')).filter((f) => f.endsWith('.php')).map((f) => `includes/${f}`), ...SCRIPTS];
  const str = "'((?:[^'\\\\]|\\\\.)*)'";
  const call = new RegExp(`\\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_n|_n_noop)\\(\\s*${str}\\s*,\\s*${str}(?:\\s*,\\s*([^,()]+?|[^,]*\\([^()]*\\)))?(?:\\s*,\\s*${str})?\\s*\\)`, 'g');
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(call)) {
      const plural = m[1] === '_n' || m[1] === '_n_noop';
      const domain = plural ? (m[1] === '_n' ? m[5] : m[4]?.replace(/^'|'$/g, '')) : m[3];
      if (domain !== 'samen') throw new Error(`${file}: ${m[0].slice(0, 80)} is not in the samen text domain`);
      add(unquote(m[2], "'"), plural ? unquote(m[3], "'") : undefined, file);
    }
    // A call this reader cannot follow (double quotes, a variable, _x) would go untranslated
    // unseen: refuse it instead.
    const calls = text.match(/(?<![\w$>.])(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_n|_n_noop|_x|_ex|_nx|esc_html_x|esc_attr_x)\(/g)?.length ?? 0;
    const read = [...text.matchAll(call)].length;
    if (calls !== read) throw new Error(`${file}: ${calls - read} translation call(s) not in the form __( 'text', 'samen' ) / _n( 'one', 'many', $n, 'samen' )`);
  }
  const description = /^\s*\*\s*Description:\s*(.+)$/m.exec(readFileSync(join(dir, 'samen.php'), 'utf8'));
  if (description) add(description[1].trim(), undefined, 'samen.php');
  return found;
}

/**
 * Reads a .po file: its header fields and its entries (msgid, msgid_plural, msgstr or
 * msgstr[n], continuation lines, `#:` references and `#,` flags).
 *
 * @param {string} text the file.
 * @returns {{header: Record<string,string>, entries: {id: string, plural?: string, strs: string[], flags: string[]}[]}}
 */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const flush = () => {
    if (entry && entry.id !== undefined) entries.push(entry);
    entry = null;
  };
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    entry ??= { strs: [], flags: [] };
    if (line.startsWith('#,')) entry.flags.push(...line.slice(2).split(',').map((f) => f.trim()));
    if (line.startsWith('#')) continue;
    const m = /^(msgid|msgid_plural|msgstr(?:\[(\d)\])?)\s+"(.*)"$/.exec(line);
    const more = /^"(.*)"$/.exec(line);
    if (m) {
      if (m[1] === 'msgid' && entry.id !== undefined) {
        flush();
        entry = { strs: [], flags: [] };
      }
      field = m[1] === 'msgid' ? 'id' : m[1] === 'msgid_plural' ? 'plural' : Number(m[2] ?? 0);
      const value = unquote(m[3], '"');
      if (typeof field === 'number') entry.strs[field] = value;
      else entry[field] = value;
    } else if (more && field !== null) {
      const value = unquote(more[1], '"');
      if (typeof field === 'number') entry.strs[field] += value;
      else entry[field] += value;
    } else {
      throw new Error(`line ${index + 1}: cannot read "${line.slice(0, 60)}"`);
    }
  }
  flush();
  const head = entries.find((e) => e.id === '');
  const header = Object.fromEntries((head?.strs[0] ?? '').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  return { header, entries: entries.filter((e) => e.id !== '') };
}

/** The .po source of a language. */
export function readPo(language, dir = PLUGIN) {
  return parsePo(readFileSync(join(dir, 'languages', `samen-${language}.po`), 'utf8'));
}

/**
 * Problems of the .po sources against the code: a msgid without translation (or with an
 * empty plural form), a plural text translated as a single one, an entry the code no
 * longer uses, a word the widgets' glossary calls wrong (locales/glossary.json: "u" in
 * Dutch, "Mitarbeiter" in German, …), and, in French, a plain space or none before
 * : ; ? ! » (or after «) where Belgian French writes a no-break space.
 *
 * @returns {string[]} one line per problem; empty when all is well.
 */
export function check(dir = PLUGIN) {
  const problems = [];
  const wanted = extract(dir);
  for (const language of new Set(Object.values(LOCALES))) {
    const { header, entries } = readPo(language, dir);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const forms = Number(/nplurals=(\d)/.exec(header['Plural-Forms'] ?? '')?.[1] ?? 0);
    if (!forms) problems.push(`${language}: no Plural-Forms header`);
    for (const [id, use] of wanted) {
      const entry = byId.get(id);
      const where = [...use.files].join(', ');
      if (!entry || entry.strs.length === 0 || entry.strs.some((s) => !s)) problems.push(`${language}: no translation for "${id}" (${where})`);
      else if (use.plural && (entry.plural !== use.plural || entry.strs.length !== forms)) problems.push(`${language}: "${id}" needs msgid_plural "${use.plural}" and ${forms} forms`);
      else if (entry.flags.includes('fuzzy')) problems.push(`${language}: "${id}" is marked fuzzy`);
    }
    const rules = Object.entries(GLOSSARY[language] ?? {});
    for (const entry of entries) {
      if (!wanted.has(entry.id)) problems.push(`${language}: "${entry.id}" is no longer used by the plugin (remove it)`);
      for (const text of entry.strs) {
        const short = `"${text.slice(0, 50)}…"`;
        if (language === 'fr' && (/ [:;?!»]|« /.test(text) || /[\p{L}\p{N})’”][;?!]/u.test(text) || /[\p{L}\p{N})’”]:(?=\s)/u.test(text) || /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/u.test(text)))
          problems.push(`fr: ${short} needs a no-break space before : ; ? ! », after «`);
        // One word per concept: the widgets' glossary (locales/glossary.json) holds here too.
        for (const [concept, rule] of rules) {
          for (const wrong of rule.wrong ?? [])
            if (new RegExp(`(?<![\\p{L}\\p{N}])${wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text))
              problems.push(`${language}: ${short} says "${wrong}"; the glossary's word for ${concept} is "${rule.use}"`);
          for (const { pattern, with: needed } of rule.requires ?? [])
            if (text.includes(pattern) && !text.toLowerCase().includes(needed.toLowerCase())) problems.push(`${language}: ${short} mentions "${pattern}" without "${needed}" (${concept})`);
        }
      }
    }
  }
  return problems;
}

/** Each language's Plural-Forms header (gettext's own rules: French counts 0 and 1 as one). */
export const PLURAL_FORMS = { nl: 'nplurals=2; plural=(n != 1);', fr: 'nplurals=2; plural=(n > 1);', de: 'nplurals=2; plural=(n != 1);' };

/** What each source is written in, and for which locales. */
const VARIANTS = {
  nl: 'Flemish Dutch ("je"), shipped as nl_BE and nl_NL',
  fr: 'Belgian French ("vous", a no-break space before : ; ? !), shipped as fr_BE and fr_FR',
  de: 'German as written in Ostbelgien ("Sie", as the widgets), shipped as de_DE',
};

/** A .po quoted string. */
function quote(text) {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/**
 * Rewrites the .po source of each language from the code: every text the plugin uses, in
 * the order it appears, with its files as references, `php-format`/`javascript-format`
 * where it holds a placeholder, and the translation kept (or taken from `extra`).
 *
 * @param {Record<string, Record<string, string|string[]>>} extra msgid -> language -> translation.
 */
export function update(extra = {}, dir = PLUGIN) {
  const wanted = extract(dir);
  for (const language of new Set(Object.values(LOCALES))) {
    let old = new Map();
    let revised = new Date().toISOString().slice(0, 16).replace('T', ' ') + '+0000';
    try {
      const po = readPo(language, dir);
      old = new Map(po.entries.map((e) => [e.id, e.strs]));
      revised = po.header['PO-Revision-Date'] ?? revised;
    } catch {}
    const out = [
      `# samen's WordPress plugin: ${VARIANTS[language]}. Kept with scripts/wordpress/i18n.mjs (update, check).`,
      'msgid ""',
      'msgstr ""',
      quote('Project-Id-Version: samen 0.1.0\n'),
      quote(`PO-Revision-Date: ${revised}\n`),
      quote('Last-Translator: samen contributors\n'),
      quote('Language-Team: samen\n'),
      quote(`Language: ${language}\n`),
      quote('MIME-Version: 1.0\n'),
      quote('Content-Type: text/plain; charset=UTF-8\n'),
      quote('Content-Transfer-Encoding: 8bit\n'),
      quote(`Plural-Forms: ${PLURAL_FORMS[language]}\n`),
      quote('X-Domain: samen\n'),
      '',
    ];
    for (const [id, use] of wanted) {
      const given = extra[id]?.[language];
      const strs = old.get(id)?.some(Boolean) ? old.get(id) : given === undefined ? [] : [given].flat();
      out.push(`#: ${[...use.files].join(' ')}`);
      if (/%(\d\$)?[sd]/.test(id)) out.push(`#, ${[...use.files].some((f) => f.endsWith('.js')) ? 'javascript-format' : 'php-format'}`);
      out.push(`msgid ${quote(id)}`);
      if (use.plural) {
        out.push(`msgid_plural ${quote(use.plural)}`);
        for (let i = 0; i < 2; i++) out.push(`msgstr[${i}] ${quote(strs[i] ?? '')}`);
      } else out.push(`msgstr ${quote(strs[0] ?? '')}`);
      out.push('');
    }
    writeFileSync(join(dir, 'languages', `samen-${language}.po`), out.join('\n'));
  }
}

/** The Jed 1.x JSON that wp.i18n.setLocaleData takes, for the entries a script uses. */
function jed(locale, header, entries) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': header['Plural-Forms'] } };
  for (const e of entries) messages[e.id] = e.strs;
  return JSON.stringify({ 'translation-revision-date': header['PO-Revision-Date'] ?? '', generator: 'samen scripts/wordpress/i18n.mjs', domain: 'messages', locale_data: { messages } });
}

/**
 * Writes samen-<locale>.mo (msgfmt --check, which also checks each php-format and
 * javascript-format placeholder against its msgid) and samen-<locale>-<md5>.json for
 * each editor script into `out`.
 */
export function build(out, dir = PLUGIN) {
  mkdirSync(out, { recursive: true });
  const wanted = extract(dir);
  const written = [];
  for (const [locale, language] of Object.entries(LOCALES)) {
    const source = join(dir, 'languages', `samen-${language}.po`);
    const mo = join(out, `samen-${locale}.mo`);
    execFileSync('msgfmt', ['--check', '-o', mo, source], { stdio: ['ignore', 'inherit', 'inherit'] });
    written.push(mo);
    const { header, entries } = readPo(language, dir);
    for (const script of SCRIPTS) {
      const used = entries.filter((e) => wanted.get(e.id)?.files.has(script));
      const file = join(out, `samen-${locale}-${createHash('md5').update(script).digest('hex')}.json`);
      writeFileSync(file, jed(locale, header, used));
      written.push(file);
    }
  }
  return written.map((f) => relative(root, f));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [command, out] = process.argv.slice(2);
  if (command === 'check') {
    const problems = check();
    for (const p of problems) console.error(`samen i18n: ${p}`);
    const counts = Object.values(LOCALES).map((l) => `${l} ${readPo(l).entries.length}`);
    console.log(`samen i18n: ${extract().size} texts in the plugin; translated: ${[...new Set(counts)].join(', ')}; ${problems.length} problem(s)`);
    process.exit(problems.length ? 1 : 0);
  } else if (command === 'update') {
    mkdirSync(join(PLUGIN, 'languages'), { recursive: true });
    update(out ? JSON.parse(readFileSync(out, 'utf8')) : {});
    const problems = check();
    console.log(`samen i18n: .po sources rewritten; ${problems.length} text(s) or entries to look at`);
    for (const p of problems) console.log(`  ${p}`);
  } else if (command === 'build' && out) {
    const problems = check();
    if (problems.length) {
      for (const p of problems) console.error(`samen i18n: ${p}`);
      process.exit(1);
    }
    console.log(`samen i18n: wrote ${build(out).length} files to ${relative(root, out) || out}`);
  } else {
    console.error('usage: node scripts/wordpress/i18n.mjs check | update [tr.json] | build <dir>');
    process.exit(2);
  }
}
