/**
 * What CKEditor 5 (Drupal's editor) does to a pasted samen element, under the
 * configurations docs/CMS.md discusses: the evidence behind that page, run on demand,
 * since CKEditor 5 is not one of samen's dependencies and Drupal cannot be installed here.
 *
 *   npm install --prefix /tmp/ck ckeditor5
 *   CKEDITOR5_DIR=/tmp/ck/node_modules/ckeditor5 node test/wordpress/ckeditor5-check.mjs
 *
 * Loads CKEditor's own browser build into Chromium, gives each configuration the same
 * HTML with setData() and prints what getData() returns (what the editor would save).
 */
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

const dir = process.env.CKEDITOR5_DIR;
if (!dir) {
  console.error('Set CKEDITOR5_DIR to an installed ckeditor5 package (see the comment at the top).');
  process.exit(2);
}
const INPUT =
  '<p>Inleiding.</p>' +
  '<script type="module" src="/samen/samen.js"></script>' +
  '<samen-role-recommender answers=\'{"commitment":"high"}\' view="governance" presentation></samen-role-recommender>' +
  '<other-widget data-x="1"></other-widget>' +
  '<p>Na het element.</p>';
const ATTRIBUTES = ['answers', 'view', 'governance', 'directing', 'presentation'];
const CASES = {
  'no General HTML Support (CKEditor 5 default)': null,
  'GHS allow one element with its attributes (what Drupal makes of "Manually editable HTML tags")': [{ name: 'samen-role-recommender', attributes: ATTRIBUTES }],
  'GHS allow /^samen-/ elements with any attribute': [{ name: /^samen-/, attributes: true }],
  'GHS allow $customElement plus /^samen-/ elements with their attributes': [{ name: '$customElement' }, { name: /^samen-/, attributes: ATTRIBUTES }],
  'GHS allow everything (name: /.*/, "Full HTML" without restrictions)': [{ name: /.*/, attributes: true, classes: true, styles: true }],
};

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><div id="editor"></div>');
  await page.addScriptTag({ path: join(dir, 'dist/browser/ckeditor5.umd.js') });
  const version = await page.evaluate(() => window.CKEDITOR.version);
  console.log(`CKEditor 5 ${version}\ninput: ${INPUT}\n`);
  for (const [name, allow] of Object.entries(CASES)) {
    const out = await page.evaluate(
      async (input, allowText) => {
        const C = window.CKEDITOR;
        // RegExps do not cross into the page as JSON: rebuild them.
        const allow = allowText && JSON.parse(allowText, (k, v) => (k === 'name' && typeof v === 'string' && v.startsWith('/') ? new RegExp(v.slice(1, -1)) : v));
        const plugins = [C.Essentials, C.Paragraph, ...(allow ? [C.GeneralHtmlSupport] : [])];
        const host = document.createElement('div');
        document.body.append(host);
        const editor = await C.ClassicEditor.create(host, { licenseKey: 'GPL', plugins, ...(allow ? { htmlSupport: { allow } } : {}) });
        editor.setData(input);
        const data = editor.getData();
        await editor.destroy();
        return data;
      },
      INPUT,
      allow && JSON.stringify(allow, (k, v) => (v instanceof RegExp ? String(v) : v)),
    );
    console.log(`${name}:\n  ${out}\n  other custom element kept: ${/<other-widget/.test(out) ? 'yes' : 'no'}\n  samen element kept: ${/<samen-role-recommender[^>]*answers=/.test(out) ? 'yes, with its attributes' : /<samen-role-recommender/.test(out) ? 'yes, without attributes' : 'NO'}\n`);
  }
} finally {
  await browser.close();
}
