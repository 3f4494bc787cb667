/**
 * Turns the XLIFF files into the text modules the widgets load at run time:
 * src/generated/locales/<locale>/<group>.ts, one per language (en, nl, fr, de) and per
 * message group (the id's first segment: `rr` for the role recommender; `common` and
 * `list` go to `common`; LAZY_GROUPS below for the texts loaded later). A page thus
 * downloads only its widgets' texts in its own language. English is a module like the others: the shipped code carries no text
 * (the build strips msg() source strings), so no page pays for a language twice.
 *
 * Runs `lit-localize extract` first, so the XLIFF files always match the code.
 * A missing translation falls back to English here and is reported; the test command's
 * locale check fails on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { LOCALES, readUnits, withLock } from './xliff.mjs';

const OUT = 'src/generated/locales';

/**
 * Texts that no first screen shows, in a group of their own per widget, which the
 * widget loads only when they are needed (src/localization.ts `loadTexts`): a first
 * visit then downloads only what it shows. A later group's name has a hyphen
 * (`<prefix>-<part>`): the loader's request graph leaves such groups out. Checked by the explorer's lazy-texts test
 * (the first screen is the same before and after the group arrives).
 */
const LAZY_GROUPS = {
  // The dilemma explorer's details (stakes, questions, quotes, answers, factors,
  // sources), its profile and its workshop (steps, room counts, summary).
  'dx-details': [
    /^dx\.[\w-]+\.(?:stake\d+|q\d+|quote)$/,
    /^dx\.(?:answer|mediating|quote|source|profile|stands|opening|summary|statement|statements|keys)\.[\w.-]+$/,
    /^dx\.room\.(?!screen$|blocked$|opened$|closed$)[\w.-]+$/,
    /^dx\.pressing\.(?!toggle$)[\w.-]+$/,
    /^dx\.(?:stakes|answers|mediating|questions|questions\.meeting|undetailed|source|stepper|previous|next|stepCount|more\.workshop)$/,
    /^dx\.announce\.(?:counted|counted\.one|countCleared|step)$/,
    // What the tools that may wait for the later part (tools.ts) and the workshop's actions say; the QR code; the black screen.
    /^dx\.(?:load\.[\w.-]+|reset\.[\w.-]+|qr\.(?!toggle$)[\w.-]+|announce\.(?:loaded|copied|copyFailed|reset|moved|blank|unblank)|blank|blank\.room)$/,
  ],
  // The role recommender's result once something is answered (verdict, lead, the roles
  // in order, what a role does, why, the evidence against), and the room screen's
  // answers. Kept: questions, role names and characters, sources (the empty result).
  'rr-later': [
    /^rr\.role\.[\w-]+\.(?:decides|responsibility|practice)$/,
    /^rr\.(?:lead|order|meaning|counter)\.[\w.-]+$/,
    /^rr\.(?:result\.best|mixed|middleByModel|basis|basis\.one|scores\.label|why|gov\.tied|dir\.tied|room\.given)$/,
    // The governance-form and local-government views (questions, forms, types, sources): not the first view.
    /^rr\.(?:gov|form|dir|type)\.[\w.-]+$/,
    // The room screen and the presenter's room-screen tools (presentation mode only).
    /^rr\.room\.[\w.-]+$/,
    // What Start again and Copy a link say and show once used (not the buttons' names).
    /^rr\.(?:cleared|undo|clearedUndo|restored|share\.(?:copied|failed|label|privacy))$/,
  ],
  // The slider's portfolio view (the gaps, the services, the form to add one and what the
  // editor says) and the presenter's room-screen notes and the room screen. Kept: the
  // room-screen button's name (the presenter's click opens the window at once).
  'ut-later': [
    /^ut\.gap\.[\w-]+$/, /^ut\.gaps\.(?:title|none)$/, /^ut\.(?:portfolio|add|group)\.[\w-]+$/, /^ut\.remove(?:\.label)?$/,
    /^ut\.announce\.(?:added|removed|noGaps|oneGap|gaps)$/, /^ut\.room\.(?!screen$)[\w-]+$/,
    /^ut\.share\.(?:copied|failed|label|privacy)$/, // the link panel, after "Copy a link" (the button's own name stays)
  ],
  // The quality check's result once something is answered (not the ideas: qc-ideas),
  // and the link panel and QR code, shown after their buttons are pressed.
  'qc-later': [
    /^qc\.(?:meaning|score|weakest|card|ideas|band|dialogue)\.[\w.-]+$/, /^qc\.table\.(?:caption|score)$/,
    /^qc\.link\.(?!copy$|qr$)[\w.-]+$/, // all but the two buttons: the notices of a link opened, the panel, the QR code
    /^qc\.caveat\.[\w.-]+$/, /^qc\.easy\.(?:table\.caption|weakest\.title|dialogue2?)$/, // only in a result once answered
    /^qc\.store\.(?:unreadable|newer|partly|unavailable|deleted|elsewhere|elsewhereDeleted|saved)$/, // what keeping answers on the device says
    /^qc\.compare\.(?!title$|intro$|load$)[\w.-]+$/, /^qc\.(?:audience\.[\w-]+|table\.topic)$/, // the comparison once a file is loaded
  ],
  // The improvement ideas: a result once answered in the quality check (loaded with qc-later), the report's first screen (loaded at registration).
  'qc-ideas': [/^qc\.idea\.[\w.-]+$/],
};

const groupOf = (id) => {
  const first = id.split('.')[0];
  for (const [group, patterns] of Object.entries(LAZY_GROUPS)) if (patterns.some((p) => p.test(id))) return group;
  return first === 'list' ? 'common' : first;
};
/** A message as a TS expression: a template literal, tagged `str` when it has placeholders. */
const literal = (plain) => {
  const body = plain.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\{(\d+)\}/g, '${$1}');
  return /\{\d+\}/.test(plain) ? `str\`${body}\`` : `\`${body}\``;
};

await withLock(async () => {
  try {
    execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    // Say why: a message defined twice with different texts, a msg() without an id…
    // Thrown, not exit(): withLock must still release locales/.lock for the others.
    throw new Error(`locales: lit-localize extract failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  const perLocale = { en: new Map() };
  let fallbacks = 0;
  for (const locale of LOCALES) {
    perLocale[locale] = new Map();
    for (const [id, unit] of readUnits(locale).units) {
      perLocale.en.set(id, unit.plainSource);
      if (unit.plainTarget === undefined) fallbacks += 1;
      perLocale[locale].set(id, unit.plainTarget ?? unit.plainSource);
    }
  }
  rmSync(OUT, { recursive: true, force: true });
  let files = 0;
  for (const [locale, messages] of Object.entries(perLocale)) {
    const groups = new Map();
    for (const [id, text] of messages) {
      if (!groups.has(groupOf(id))) groups.set(groupOf(id), []);
      groups.get(groupOf(id)).push(`  ${JSON.stringify(id)}: ${literal(text)},`);
    }
    mkdirSync(`${OUT}/${locale}`, { recursive: true });
    for (const [group, lines] of groups) {
      const usesStr = lines.some((l) => l.includes(': str`'));
      writeFileSync(`${OUT}/${locale}/${group}.ts`,
        `// Generated by scripts/build-locales.mjs from locales/*.xlf. Do not edit.\n` +
        (usesStr ? `import { str } from '@lit/localize';\n` : '') +
        `/** The ${group} texts in ${locale}. */\nexport const templates = {\n${lines.join('\n')}\n};\n`);
      files += 1;
    }
  }
  console.log(`locales: ${files} text modules written${fallbacks ? `; ${fallbacks} translations missing (English used)` : ''}`);
});
