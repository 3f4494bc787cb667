/**
 * What a visitor, an Author and an Administrator see on the throwaway WordPress that
 * scripts/wordpress/test.sh starts (posts made by test/wordpress/site.php). Run by that
 * script only: it needs SAMEN_WP_SITE, SAMEN_WP_WORK and the two passwords.
 * Prints one line per check and "N passed, N failed"; exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/ensure-chromium.mjs';
import { existsSync } from 'node:fs';
import { parseQualityDocument } from '../../src/core/quality/read.ts';
import { adminScreens, dutch, editorTexts, translationFiles } from './i18n-checks.mjs';

const site = process.env.SAMEN_WP_SITE;
const work = process.env.SAMEN_WP_WORK;
const root = new URL('../..', import.meta.url).pathname;
const { urls, stored, unfiltered } = JSON.parse(readFileSync(join(work, 'posts.json'), 'utf8'));
const TAGS = { 'samen-role-recommender': 'rr', 'samen-dilemma-explorer': 'dx', 'samen-quality-check': 'qc', 'samen-universal-targeted-slider': 'ut' };
/** The report element ships once its build exists; the plugin offers it only then. */
const REPORT = existsSync(join(work, 'wp-content/plugins/samen/dist/quality-report.js'));
const THANKS = 'Bedankt. We hebben je antwoorden goed ontvangen.';
/** The plugin as installed on the test site (what package.sh built, .mo and .json included). */
const PLUGIN_COPY = join(work, 'wp-content/plugins/samen');
/** The plugin's Dutch for an English text, from the .po it ships. */
const nl = dutch(PLUGIN_COPY);

/** Dutch texts of a widget (from locales/nl.xlf) that differ from the English: proof the page shows Dutch. */
function dutchTexts(prefix) {
  const xlf = readFileSync(join(process.env.SAMEN_WP_LOCALES ?? join(root, 'locales'), 'nl.xlf'), 'utf8');
  const texts = [];
  for (const [, id, source, target] of xlf.matchAll(/<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g))
    if (id.startsWith(`${prefix}.`) && target.length >= 8 && target !== source) texts.push(target.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&apos;', "'"));
  return texts;
}

const results = [];
/** Records one check. */
function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** Opens a URL as a visitor (or in a given context), recording console errors and dialogs. */
async function open(url, context = browser.defaultBrowserContext()) {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.log = { errors: [], dialogs: [], failed: [] };
  // "Failed to load resource" errors are reported with their URL below instead.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && page.log.errors.push(m.text()));
  page.on('requestfailed', (r) => page.log.failed.push(`${r.failure()?.errorText} ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && page.log.failed.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => page.log.errors.push(String(e)));
  page.on('dialog', (d) => {
    page.log.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Scrolls each widget into view (the loader is lazy) and waits until it shows text. */
async function rendered(page, tag) {
  await page.$eval(tag, (el) => el.scrollIntoView());
  await page.waitForFunction((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 40, { timeout: 20000 }, tag);
  return page.$eval(tag, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
}

/** Runs one group of checks; an exception fails the group but not the rest of the run. */
async function section(name, run) {
  try {
    await run();
  } catch (e) {
    check(`${name}: ran to the end`, false, e.stack);
  }
}

try {
  // The plugin's own texts: the check package.sh runs, on the installed copy, and the
  // files WordPress 6.1 loads for each shipped locale.
  await section('translations', async () => translationFiles(PLUGIN_COPY, check));

  // The loader: once on a page with four widgets, a module, absent without widgets.
  await section('the loader', async () => {
    const page = await open(urls['admin-blocks']);
    const scripts = await page.$$eval('script[src*="/plugins/samen/dist/samen.js"]', (s) => s.map((e) => e.type));
    check('samen.js enqueued once, as a module, on a page with four widgets', scripts.length === 1 && scripts[0] === 'module', JSON.stringify(scripts));
    await page.close();
    const plain = await open(urls['no-widget']);
    check('no samen.js on a page without a widget', (await plain.$$('script[src*="samen.js"]')).length === 0);
    await plain.close();
  });

  // Every widget, by block and by shortcode, as Administrator and as Author.
  for (const key of ['admin-blocks', 'admin-shortcodes', 'author-blocks', 'author-shortcodes']) await section(key, async () => {
    if (key.startsWith('author')) {
      const kept = Object.keys(TAGS).every((tag) => stored[key].includes(key.endsWith('blocks') ? `wp:samen/${tag.slice(6)}` : `widget="${tag.slice(6)}"`));
      check(`${key}: kses kept every ${key.endsWith('blocks') ? 'block' : 'shortcode'} in the Author's saved post`, kept && unfiltered[key] === false, stored[key]);
    }
    const page = await open(urls[key]);
    check(`${key}: <html lang> is nl-NL`, (await page.$eval('html', (h) => h.lang)) === 'nl-NL');
    for (const [tag, prefix] of Object.entries(TAGS)) {
      const count = (await page.$$(tag)).length;
      let text = '';
      try {
        text = await rendered(page, tag);
      } catch (e) {
        text = `(not rendered: ${e.message})`;
      }
      const dutch = dutchTexts(prefix).filter((t) => text.includes(t));
      check(`${key}: ${tag} rendered once, in Dutch`, count === 1 && dutch.length >= 2, `${count} element(s), Dutch texts found: ${dutch.length}; ${text.slice(0, 160)}`);
    }
    const attrs = await page.evaluate(() => ({
      qc: ['audience', 'extended', 'service'].map((a) => document.querySelector('samen-quality-check').getAttribute(a)),
      ut: [document.querySelector('samen-universal-targeted-slider').getAttribute('value'), JSON.parse(document.querySelector('samen-universal-targeted-slider').getAttribute('services')).length],
      rr: JSON.parse(document.querySelector('samen-role-recommender').getAttribute('answers')),
      wrapped: [...document.querySelectorAll('[class*="samen-"], samen-role-recommender, samen-dilemma-explorer, samen-quality-check, samen-universal-targeted-slider')]
        .filter((e) => e.localName.startsWith('samen-'))
        .filter((e) => e.parentElement.localName === 'p' || e.previousElementSibling?.localName === 'br' || e.nextElementSibling?.localName === 'br').length,
    }));
    check(`${key}: attributes reach the elements`, attrs.qc[0] === 'staff' && attrs.qc[1] === '' && attrs.qc[2] === 'Huis van het Kind De Linde' && attrs.ut[0] === '30' && attrs.ut[1] === 2 && attrs.rr.commitment === 'high', JSON.stringify(attrs));
    check(`${key}: no <p> or <br> around the elements (wpautop)`, attrs.wrapped === 0, `${attrs.wrapped} wrapped`);
    // On a phone: the theme's column, nothing wider than the screen.
    await page.setViewport({ width: 360, height: 800 });
    const narrow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('samen-')).map((e) => Math.ceil(e.getBoundingClientRect().right))),
    }));
    check(`${key}: at 360 px the widgets fit the screen`, narrow.page <= 360 && narrow.widest > 200 && narrow.widest <= 360, JSON.stringify(narrow));
    check(`${key}: no console errors, no failed requests`, page.log.errors.length === 0 && page.log.failed.length === 0, [...page.log.errors, ...page.log.failed].join(' | '));
    await page.close();
  });

  if (REPORT)
    await section('admin-report', async () => {
      const page = await open(urls['admin-report']);
      const text = await rendered(page, 'samen-quality-report');
      const attrs = await page.$eval('samen-quality-report', (e) => [e.getAttribute('min-group'), e.getAttribute('period')]);
      check('admin-report: the quality report block renders, with its settings', attrs[0] === '3' && attrs[1] === 'none', `${attrs} ${text.slice(0, 120)}`);
      check('admin-report: no console errors, no failed requests', page.log.errors.length === 0 && page.log.failed.length === 0, [...page.log.errors, ...page.log.failed].join(' | '));
      await page.close();
    });

  // kses is really on for the Author: pasted raw elements are removed, as the issue found.
  check('author-raw: kses strips a pasted <samen-*> element and script (why the plugin exists)', !/<samen-|<script/.test(stored['author-raw']), stored['author-raw']);

  // Hostile attribute values: validated against the allowed values, escaped. Checked on
  // the HTML WordPress sent (the elements reflect some attributes once they run).
  for (const key of ['admin-hostile', 'author-hostile']) await section(key, async () => {
    const page = await open(urls[key]);
    await rendered(page, 'samen-universal-targeted-slider').catch(() => '');
    const seen = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const main = doc.querySelector('main') ?? doc.body;
      const elements = [...main.querySelectorAll('*')].filter((e) => e.localName.startsWith('samen-'));
      return {
        handlers: main.querySelectorAll('[onerror], [onmouseover], [onfocus], [autofocus]').length,
        scripts: [...main.querySelectorAll('script')].filter((s) => s.textContent.includes('alert')).length,
        images: main.querySelectorAll('img').length,
        elements: elements.map((e) => [e.localName, ...e.getAttributeNames()].join(' ')),
        slider: (document.querySelector('samen-universal-targeted-slider')?.shadowRoot?.textContent ?? '').length,
      };
    });
    // Every hostile value is dropped: the elements carry no attribute at all. (Where the
    // Administrator's raw <script> splits a shortcode, wptexturize curls its quotes and
    // WordPress renders nothing for it: also safe.)
    const bare = seen.elements.every((e) => !e.includes(' ')) && seen.elements.includes('samen-universal-targeted-slider');
    const authorAll = key.startsWith('author') ? seen.elements.length === 3 : true;
    check(`${key}: hostile shortcode and block values dropped, reserved names (s, page) refused, nothing runs`,
      bare && authorAll && seen.handlers === 0 && seen.scripts === 0 && seen.images === 0 && seen.slider > 40 && page.log.dialogs.length === 0,
      JSON.stringify({ ...seen, dialogs: page.log.dialogs }));
    await page.close();
  });

  // The receiver: only where the site owner allows it.
  const form = async (key) => {
    const page = await open(urls[key]);
    const found = await page.evaluate(() => {
      const f = document.querySelector('form.samen-receiver');
      return f && { action: f.getAttribute('action'), nonce: !!f.querySelector('[name="samen_nonce"]'), name: f.querySelector('samen-quality-check')?.getAttribute('name') };
    });
    await page.close();
    return found;
  };
  const blockForm = await form('admin-receiver');
  check('receiver: a form to admin-post.php with a nonce on the Administrator\'s block', !!blockForm && blockForm.action.endsWith('/wp-admin/admin-post.php') && blockForm.nonce && blockForm.name === 'samen_answers', JSON.stringify(blockForm));
  check('receiver: the shortcode [samen widget="quality-check" receiver] gets it too', !!(await form('admin-receiver-shortcode')));
  check('receiver: no form on an Author\'s page that asks for it', (await form('author-receiver')) === null);

  // A family's submission, through the page as a visitor would send it.
  await section('the submission', async () => {
    const page = await open(urls['admin-receiver']);
    await rendered(page, 'samen-quality-check');
    const radios = await page.$$('samen-quality-check >>> input[type="radio"]');
    const picked = new Set();
    for (const radio of radios) {
      const [name, value] = await radio.evaluate((r) => [r.name, r.value]);
      if (value === '4' && !picked.has(name) && picked.size < 3) {
        picked.add(name);
        await radio.click();
      }
    }
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.samen-receiver button[type="submit"]')]);
    const status = await page.$eval('.samen-receiver-status', (s) => s.textContent.trim());
    check('submission: three answers sent, the visitor is back on the page with a Dutch thank-you', picked.size === 3 && page.url().includes('samen_sent=1') && status === THANKS, `${picked.size} answered; ${page.url()}; "${status}"`);
    check('submission: no console errors', page.log.errors.length === 0, page.log.errors.join(' | '));

    // Forged posts: no nonce, not a samen document; and quotes and backslashes survive.
    const post = (fields) =>
      page.evaluate(async (f) => {
        const body = new FormData(document.querySelector('form.samen-receiver'));
        for (const [k, v] of Object.entries(f)) v === null ? body.delete(k) : body.set(k, v);
        const r = await fetch(document.querySelector('form.samen-receiver').getAttribute('action'), { method: 'POST', body });
        return r.url;
      }, fields);
    const answers = { 'family-availability-quick-help': 2, 'family-usability-helped': 5 };
    const noNonce = await post({ samen_nonce: null, samen_answers: JSON.stringify({ audience: 'family', answers }) });
    const notSamen = await post({ samen_answers: JSON.stringify({ audience: 'family', answers: { 'family-availability-quick-help': 9, 'x-y-z': 3 } }) });
    const slashed = await post({ samen_answers: JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false, service: 'Huis "van" het Kind \\ Gent', answers }) });
    check('submission: refused without a nonce, refused when not a samen document, accepted with quotes and backslashes', noNonce.includes('samen_sent=0') && notSamen.includes('samen_sent=0') && slashed.includes('samen_sent=1'), [noNonce, notSamen, slashed].join(' '));
    await page.close();
  });

  // The export, as the Administrator; refused to the Author.
  const login = async (user, pass) => {
    const context = await browser.createBrowserContext();
    const page = await open(`${site}/wp-login.php`, context);
    // Filled in at once, not typed: wp-login.php selects the user field 200 ms after load,
    // and keys typed after that would replace what was typed before.
    await page.evaluate((u, p) => {
      document.querySelector('#user_login').value = u;
      document.querySelector('#user_pass').value = p;
    }, user, pass);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    if (!page.url().includes('/wp-admin/')) throw new Error(`login as ${user} failed: ${page.url()}`);
    return page;
  };
  let exportUrl = '';
  await section('the export', async () => {
    const page = await login('beheerder', process.env.SAMEN_WP_ADMIN_PASS);
    await page.goto(`${site}/wp-admin/tools.php?page=samen-answers`);
    exportUrl = await page.$eval('#samen-export', (a) => a.href);
    const csv = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { type: r.headers.get('content-type'), text: await r.text() };
    }, exportUrl);
    const rows = Papa.parse(csv.text.trim(), { header: true }).data;
    const docs = rows.map((r) => JSON.parse(r.samen));
    const parsed = rows.map((r) => parseQualityDocument(r.samen));
    const ok =
      csv.type.startsWith('text/csv') && csv.text.startsWith('id,date,page,samen') && rows.length === 2 &&
      parsed.every((p) => p.usable && p.issues.length === 0) &&
      Object.values(docs[0].answers).length === 3 && Object.values(docs[0].answers).every((v) => v === 4) &&
      docs[1].service === 'Huis "van" het Kind \\ Gent' &&
      // The scores PHP computed are the scores samen's core computes from the same answers.
      parsed.every((p, i) => JSON.stringify(p.value.scores) === JSON.stringify(docs[i].scores)) &&
      rows.every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(r.date) && r.page !== '');
    check('export: CSV with id, date, page and the samen document, which samen\'s parser reads without issues', ok, `${csv.type}\n${csv.text.slice(0, 600)}`);
    const reportCore = join(root, 'src/core/report/index.ts');
    if (existsSync(reportCore)) {
      // What <samen-quality-report> does with a dropped file: its own reader.
      const { readQualityReportFile } = await import(reportCore);
      const file = readQualityReportFile('samen-answers.csv', csv.text);
      check('export: <samen-quality-report>\'s reader takes both answers from the CSV, rejects none', file.responses.length === 2 && file.rejected.length === 0, JSON.stringify({ responses: file.responses.length, rejected: file.rejected }));
    }
    await page.browserContext().close();
  });
  // The plugin's own screens in the site's language (nl_NL), counts with plural rules, and
  // in French and German for the Administrator's own admin language (i18n-checks.mjs).
  await section('the admin screens in Dutch', async () => {
    const page = await login('beheerder', process.env.SAMEN_WP_ADMIN_PASS);
    await adminScreens(page, { check, site, root, nl });
    await page.browserContext().close();
  });

  await section('the export refused to the Author', async () => {
    const page = await login('auteur', process.env.SAMEN_WP_AUTHOR_PASS);
    const r = await page.evaluate(async (u) => {
      const res = await fetch(u);
      return { status: res.status, text: (await res.text()).slice(0, 80) };
    }, exportUrl);
    const tools = await page.goto(`${site}/wp-admin/tools.php?page=samen-answers`);
    check('export: refused to the Author (no samen_read_responses)', r.status === 403 && !r.text.startsWith('id,') && tools.status() === 403, `${r.status} ${r.text} / tools ${tools.status()}`);
    await page.browserContext().close();
  });

  // The block editor itself, as an Author: the blocks are offered, their settings show,
  // and a post saved through the editor (REST API, kses) shows the widget.
  await section('the block editor', async () => {
    const page = await login('auteur', process.env.SAMEN_WP_AUTHOR_PASS);
    await page.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('samen/quality-check'), { timeout: 30000 });
    const offered = await page.evaluate(() => window.wp.blocks.getBlockTypes().filter((b) => b.name.startsWith('samen/')).map((b) => b.name).sort());
    const expected = [...Object.keys(TAGS), ...(REPORT ? ['samen-quality-report'] : [])].map((t) => `samen/${t.slice(6)}`);
    check('editor: the Author is offered a block per widget', offered.length === expected.length && expected.every((t) => offered.includes(t)), offered.join(' '));
    await page.evaluate(() => {
      const { dispatch } = window.wp.data;
      const block = window.wp.blocks.createBlock('samen/quality-check', { audience: 'staff', extended: true });
      dispatch('core/editor').editPost({ title: 'Via de editor (auteur)' });
      dispatch('core/block-editor').insertBlocks(block);
      dispatch('core/block-editor').selectBlock(block.clientId);
      if (window.wp.data.select('core/edit-post')?.getActiveGeneralSidebarName() !== 'edit-post/block') dispatch('core/edit-post')?.openGeneralSidebar('edit-post/block');
    });
    await page.waitForFunction((label) => [...document.querySelectorAll('.block-editor-block-inspector label')].some((l) => l.textContent.includes(label)), { timeout: 15000 }, nl('Who answers'));
    // The live preview in the editor: the element itself, with the block's settings, in Dutch.
    const preview = await page
      .waitForFunction(() => {
        const e = document.querySelector('.samen-editor-preview samen-quality-check');
        return e && (e.shadowRoot?.textContent ?? '').trim().length > 40 && [e.getAttribute('audience'), e.hasAttribute('extended'), e.shadowRoot.textContent];
      }, { timeout: 20000 })
      .then((h) => h.jsonValue())
      .catch((e) => [String(e)]);
    check('editor: a live preview of the widget, with its settings, in Dutch', preview[0] === 'staff' && preview[1] === true && dutchTexts('qc').some((t) => preview[2].includes(t)), String(preview).slice(0, 200));
    const controls = await page.$$eval('.block-editor-block-inspector label', (ls) => ls.map((l) => l.textContent));
    const labels = ['Who answers', "Also ask about being known and trustworthiness (7 B's)", 'Starting answers (JSON)'].map(nl);
    check('editor: the block\'s settings are controls in the sidebar, labelled in Dutch', labels.every((c) => controls.some((l) => l.includes(c))), controls.join(' | '));
    await editorTexts(page, { check, nl, report: REPORT });
    await page.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ status: 'publish' }));
    await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
    await page.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost() && window.wp.data.select('core/editor').getCurrentPost().status === 'publish', { timeout: 20000 });
    const saved = await page.evaluate(() => ({ link: window.wp.data.select('core/editor').getCurrentPost().link, content: window.wp.data.select('core/editor').getEditedPostContent() }));
    check('editor: the saved post holds only the block comment', /^<!-- wp:samen\/quality-check \{"audience":"staff","extended":true\} \/-->$/.test(saved.content.trim()), saved.content);
    // The machine is offline, so requests to other hosts (Gravatar, s.w.org) fail, and
    // WordPress 6.1's editor asks for the block theme's template, which an Author may not
    // read (403): both are WordPress's own. Nothing of the plugin may fail.
    const ours = page.log.failed.filter((f) => f.includes('samen'));
    check('editor: no console errors in the block editor, no failed request for the plugin', page.log.errors.length === 0 && ours.length === 0, [...page.log.errors, ...page.log.failed].join(' | '));
    const view = await open(saved.link);
    const text = await rendered(view, 'samen-quality-check');
    const audience = await view.$eval('samen-quality-check', (e) => e.getAttribute('audience'));
    check('editor: the Author\'s published post shows the widget, in Dutch', audience === 'staff' && dutchTexts('qc').some((t) => text.includes(t)), text.slice(0, 160));
    await view.close();
    await page.browserContext().close();
  });

  // Retention (WP-Cron's daily run) and delete-all.
  await section('retention', async () => {
    const parent = new URL(urls['admin-receiver']).searchParams.get('p');
    const out = JSON.parse(execFileSync('php', [join(root, 'test/wordpress/site.php'), 'retention'], { env: { ...process.env, SAMEN_WP_PARENT: parent } }).toString());
    check('retention: an answer older than the retention is deleted by the daily run, newer ones kept; delete-all empties', out.before === 3 && out.afterRetention === 2 && out.oldGone && out.scheduled && out.afterDeleteAll === 0, JSON.stringify(out));
    check('uninstall: deletes the answers kept, the settings, the capabilities and the schedule', out.uninstalled === true, JSON.stringify(out));
  });

  // WordPress 6.1's own code logs PHP 8.2 deprecations; anything else (and anything from
  // the plugin) fails.
  const log = readFileSync(join(work, 'debug.log'), 'utf8').split('\n')
    .filter((l) => l.trim() && !/PHP Deprecated: .* in \/usr\/share\/wordpress\//.test(l));
  check('no PHP notice, warning or error from the plugin in WordPress\'s debug.log', log.length === 0, log.join('\n').slice(0, 800));
} catch (e) {
  check('the test ran to the end', false, e.stack);
} finally {
  await browser.close();
}

const failed = results.filter((r) => !r).length;
console.log(`\nWordPress: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
