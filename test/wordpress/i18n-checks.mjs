/**
 * The WordPress plugin's own texts on the test site (run from wordpress.test.mjs): the
 * .po check and the files WordPress loads, the admin screens in Dutch with their plural
 * counts (and in French and German), and the block editor's sidebar, inserter and
 * controls in Dutch.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check as checkTranslations, LOCALES, parsePo, SCRIPTS } from '../../scripts/wordpress/i18n.mjs';

/**
 * The plugin's Dutch for an English text, from the .po in `plugin`; throws when there is
 * none or it is still English.
 *
 * @param {string} plugin the installed plugin folder.
 * @returns {(id: string) => string}
 */
export function dutch(plugin) {
  const entries = parsePo(readFileSync(join(plugin, 'languages/samen-nl.po'), 'utf8')).entries;
  return (id) => {
    const text = entries.find((e) => e.id === id)?.strs[0];
    if (!text || text === id) throw new Error(`no Dutch text for "${id}"`);
    return text;
  };
}

/** Every msgid translated in each .po, and each shipped locale's .mo and editor .json present. */
export function translationFiles(plugin, check) {
  const problems = checkTranslations(plugin);
  const files = Object.keys(LOCALES).flatMap((l) => [`samen-${l}.mo`, ...SCRIPTS.map((js) => `samen-${l}-${createHash('md5').update(js).digest('hex')}.json`)]);
  const absent = files.filter((f) => !existsSync(join(plugin, 'languages', f)));
  check(`translations: every text of the plugin's PHP and JS is translated in each .po (nl, fr, de), and the ${files.length} .mo/.json files of ${Object.keys(LOCALES).join(' ')} are in the plugin`, problems.length === 0 && absent.length === 0, [...problems, ...absent.map((f) => `missing ${f}`)].join('\n'));
}

/** Settings > samen, Tools > samen answers, the privacy guide and the Plugins screen, as the Administrator. */
export async function adminScreens(page, { check, site, root, nl }) {
  await page.goto(`${site}/wp-admin/options-general.php?page=samen-settings`);
  const settings = await page.evaluate(() => ({ th: [...document.querySelectorAll('.wrap .form-table th')].map((t) => t.textContent.trim()), text: document.querySelector('.wrap').textContent }));
  check('admin: Settings > samen is in Dutch', settings.th[0] === nl('Receiver') && settings.th[1] === nl('Keep answers for (months)') && settings.text.includes(nl('Older answers are deleted once a day.')), JSON.stringify(settings.th));
  // One month: the answers page then shows a plural (2 answers) next to a singular (1 month).
  await page.$eval('#samen_retention_months', (i) => (i.value = '1'));
  await Promise.all([page.waitForNavigation(), page.click('.wrap #submit')]);
  const answersPage = async (deleted) => {
    await page.goto(`${site}/wp-admin/tools.php?page=samen-answers&samen_deleted=${deleted}`);
    return page.evaluate(() => ({
      h1: document.querySelector('.wrap h1').textContent.trim(),
      count: document.querySelector('#samen-count').textContent.trim(),
      deleted: document.querySelector('#samen-deleted')?.textContent.trim(),
      buttons: [document.querySelector('#samen-export').textContent.trim(), document.querySelector('.wrap input[type="submit"]').value],
      menu: [...document.querySelectorAll('#adminmenu a')].map((a) => a.textContent.trim()),
    }));
  };
  const one = await answersPage(1);
  check('admin: the answers page is in Dutch (title, menu, buttons)', one.h1 === 'samen: antwoorden' && one.menu.includes('samen: antwoorden') && one.buttons[0] === 'Downloaden als CSV' && one.buttons[1] === 'Alle antwoorden verwijderen', JSON.stringify(one));
  check('admin: counts in Dutch with their plural: "2 antwoorden bewaard", "1 maand", "1 antwoord verwijderd"', one.count === '2 antwoorden bewaard. Antwoorden ouder dan 1 maand worden automatisch verwijderd.' && one.deleted === '1 antwoord verwijderd.', JSON.stringify(one));
  const two = await answersPage(2);
  check('admin: "2 antwoorden verwijderd" (plural)', two.deleted === '2 antwoorden verwijderd.', two.deleted);
  // SAMEN_WP_SCREENSHOT=/path/x.png: this page (and the editor, as x-editor.png), to look at.
  if (process.env.SAMEN_WP_SCREENSHOT) await page.screenshot({ path: process.env.SAMEN_WP_SCREENSHOT, fullPage: true });
  // French counts 0 as one (0 réponse), German as many (0 Antworten): each .mo's rule.
  // de_DE_formal, which the plugin does not ship, gets its de_DE texts (same language).
  const other = {};
  for (const locale of ['fr_BE', 'de_DE', 'de_DE_formal']) {
    execFileSync('php', [join(root, 'test/wordpress/site.php'), 'locale', 'beheerder', locale], { env: process.env });
    other[locale] = await answersPage(0);
  }
  execFileSync('php', [join(root, 'test/wordpress/site.php'), 'locale', 'beheerder', ''], { env: process.env });
  check('admin: in fr_BE "0 réponse supprimée" and "2 réponses conservées", in de_DE (and de_DE_formal) "0 Antworten gelöscht"',
    other.fr_BE.deleted === '0 réponse supprimée.' && other.fr_BE.count === '2 réponses conservées. Les réponses de plus de 1 mois sont supprimées automatiquement.' && other.fr_BE.h1 === 'samen\u00a0: réponses' &&
    other.de_DE.deleted === '0 Antworten gelöscht.' && other.de_DE.count === '2 Antworten gespeichert. Antworten, die älter als 1 Monat sind, werden automatisch gelöscht.' &&
    other.de_DE_formal.deleted === '0 Antworten gelöscht.' && other.de_DE_formal.h1 === 'samen: Antworten',
    JSON.stringify(other));
  await page.goto(`${site}/wp-admin/options-privacy.php?tab=policyguide`);
  const guide = await page.evaluate(() => document.body.textContent.replace(/\s+/g, ' '));
  check('admin: the suggested privacy-policy text is in Dutch', guide.includes(nl('On pages with a quality check that has a Send button, we keep the answers you send: your answer (1 to 5) to each question, the scores computed from them, whether you answered as a parent or as staff, the page and the date. We do not ask for your name or e-mail address and do not link your answers to you. We use them to see how accessible our services are and to improve them. Only the people in our organisation who manage this website can see them. They are deleted automatically after the number of months set on this website, and earlier on request: contact us with the page and the day you answered.').slice(0, 80)), guide.slice(0, 200));
  await page.goto(`${site}/wp-admin/plugins.php`);
  const description = await page.$eval('tr[data-slug="samen"] .plugin-description', (d) => d.textContent.trim()).catch((e) => String(e));
  check('admin: the Plugins screen describes the plugin in Dutch', description.startsWith('Widgets die lokale netwerken'), description);
}

/** The block editor with a quality-check block selected: card, panel, choices, preview line, inserter, checkboxes, period. */
export async function editorTexts(page, { check, nl, report }) {
  // Titles and choices come translated from PHP; the panel, "(default)" and the preview
  // line from the script's own JSON translations (wp_set_script_translations).
  const sidebar = await page.evaluate(() => ({
    card: document.querySelector('.block-editor-block-card__title')?.textContent.trim(),
    panels: [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body-title')].map((p) => p.textContent.trim()),
    options: [...document.querySelectorAll('.block-editor-block-inspector select option')].map((o) => o.textContent.trim()),
    preview: document.querySelector('.samen-editor-label')?.textContent.trim(),
  }));
  check('editor: the block card, the settings panel, the choices and the preview line are in Dutch',
    sidebar.card === 'samen: kwaliteitscheck' && sidebar.panels.includes('Instellingen van de widget') && ['(standaard)', 'Gezinnen', 'Medewerkers'].every((o) => sidebar.options.includes(o)) &&
    sidebar.preview === 'samen: kwaliteitscheck (voorbeeld; de instellingen staan in de zijbalk)',
    JSON.stringify(sidebar));
  if (process.env.SAMEN_WP_SCREENSHOT) await page.screenshot({ path: process.env.SAMEN_WP_SCREENSHOT.replace(/\.png$/, '-editor.png') });
  // The inserter, searched for "samen" as the readme says: the five blocks, Dutch titles.
  const inserted = await page
    .evaluate(async () => {
      document.querySelector('.edit-post-header-toolbar__inserter-toggle').click();
      const until = async (find) => {
        for (let i = 0; i < 100; i++) {
          const found = find();
          if (found) return found;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('inserter did not show');
      };
      const search = await until(() => document.querySelector('.block-editor-inserter__search input'));
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      set.call(search, 'samen');
      search.dispatchEvent(new Event('input', { bubbles: true }));
      const titles = await until(() => {
        const t = [...document.querySelectorAll('.block-editor-inserter__main-area .block-editor-block-types-list__item-title')].map((e) => e.textContent.trim());
        return t.some((x) => x.startsWith('samen')) && t;
      });
      document.querySelector('.edit-post-header-toolbar__inserter-toggle').click();
      return titles;
    })
    .catch((e) => [String(e)]);
  const dutchTitles = ['samen: coördinatierol', 'samen: dilemmaverkenner', 'samen: kwaliteitscheck', 'samen: universeel of selectief', ...(report ? ['samen: kwaliteitsrapport'] : [])];
  check('editor: the inserter offers the blocks under their Dutch titles', dutchTitles.every((t) => inserted.includes(t)), inserted.join(' | '));
  // The explorer's kinds: a checkbox per kind, in Dutch; ticking two gives their ids.
  const kinds = await page
    .evaluate(async () => {
      const { dispatch, select } = window.wp.data;
      const block = window.wp.blocks.createBlock('samen/dilemma-explorer', {});
      dispatch('core/block-editor').insertBlocks(block);
      dispatch('core/block-editor').selectBlock(block.clientId);
      // The inserter, opened above, closed the settings sidebar: open it again.
      if (select('core/edit-post')?.getActiveGeneralSidebarName() !== 'edit-post/block') dispatch('core/edit-post')?.openGeneralSidebar('edit-post/block');
      const wait = () => new Promise((r) => setTimeout(r, 100));
      try {
        let group = null;
        for (let i = 0; i < 100 && !group; i++, await wait()) group = document.querySelector('.samen-editor-choices');
        if (!group) throw new Error(`no checkboxes; sidebar: ${document.querySelector('.block-editor-block-inspector')?.textContent.slice(0, 300)}`);
        const boxes = () => [...group.querySelectorAll('.components-checkbox-control')];
        const labels = boxes().map((b) => b.textContent.trim());
        for (const label of ['Inclusie', 'Praktijk']) {
          boxes().find((b) => b.textContent.trim() === label).querySelector('input').click();
          await wait();
        }
        return { legend: group.querySelector('legend').textContent.trim(), labels, value: select('core/block-editor').getBlockAttributes(block.clientId).kinds };
      } finally {
        dispatch('core/block-editor').removeBlock(block.clientId);
      }
    })
    .catch((e) => ({ error: String(e) }));
  check('editor: the explorer\'s kinds are Dutch checkboxes, and ticking two sets their ids', kinds.legend === nl('Kinds of dilemma shown (none ticked: all)') &&
    ['Organisationeel', 'Professioneel', 'Inclusie', 'Praktijk'].every((l) => kinds.labels?.includes(l)) && kinds.value === 'inclusion practice', JSON.stringify(kinds));
  // The report's period: a select in Dutch, and a date field once "a date" is chosen.
  if (report) {
    const period = await page
      .evaluate(async (label) => {
        const { dispatch, select } = window.wp.data;
        const block = window.wp.blocks.createBlock('samen/quality-report', {});
        dispatch('core/block-editor').insertBlocks(block);
        dispatch('core/block-editor').selectBlock(block.clientId);
        const wait = () => new Promise((r) => setTimeout(r, 100));
        const field = () => [...document.querySelectorAll('.block-editor-block-inspector .components-base-control')].find((b) => b.querySelector('label')?.textContent.trim() === label);
        try {
          let control = null;
          for (let i = 0; i < 100 && !control; i++, await wait()) control = field();
          if (!control) throw new Error('no period select');
          const menu = control.querySelector('select');
          const options = [...menu.options].map((o) => o.textContent.trim());
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(menu, 'date');
          menu.dispatchEvent(new Event('change', { bubbles: true }));
          await wait();
          const date = document.querySelector('.block-editor-block-inspector input[type="date"]');
          return { options, value: select('core/block-editor').getBlockAttributes(block.clientId).period, dateLabel: date && document.querySelector(`label[for="${date.id}"]`)?.textContent.trim() };
        } finally {
          dispatch('core/block-editor').removeBlock(block.clientId);
        }
      }, nl('Split the answers'))
      .catch((e) => ({ error: String(e) }));
    check('editor: the report\'s period is a Dutch select, and "a date" gives a date field', ['(standaard)', 'Per jaar', 'Niet opsplitsen', 'Vóór en vanaf een datum'].every((o) => period.options?.includes(o)) &&
      /^\d{4}-\d\d-\d\d$/.test(period.value) && period.dateLabel === 'Vóór en vanaf een datum', JSON.stringify(period));
  }
}
