/**
 * End-to-end proof of the quality loop on the built bundle (run `npm run build` first):
 * a real `<form method="post">` holding `<samen-quality-check name="quality">` is filled
 * in and submitted by Chromium a dozen times, as a user would (clicking radios), for
 * families and staff, in Dutch and French. This script's server writes each submission
 * to a CSV in Drupal Webform's export layout (base columns, then the element's column).
 * Then a page with `<samen-quality-report>` loads that CSV through its file input, and
 * the counts, the medians and the hidden small group are checked against the answers
 * clicked. Prints `N passed, N failed`.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';
import { checks } from './checks.mjs';

if (!existsSync('dist/quality-check.js') || !existsSync('dist/quality-report.js')) {
  console.error('proof-report: dist/ lacks the quality check or report; run `npm run build` first.');
  process.exit(1);
}

const HEADER = ['serial', 'sid', 'uuid', 'token', 'uri', 'created', 'completed', 'changed', 'in_draft', 'current_page', 'remote_addr', 'uid', 'langcode', 'webform_id', 'entity_type', 'entity_id', 'locked', 'sticky', 'notes', 'quality'];
const csvCell = (v) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const rows = [];
const csv = () => [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

const page = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>proof</title></head><body>${body}</body></html>`;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'POST' && url.pathname === '/submit') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const n = rows.length + 1;
      const now = new Date(Date.UTC(2026, 2, n, 10, 0, 0)).toISOString().replace('T', ' ').slice(0, 19);
      rows.push([n, n, randomUUID(), `t${n}`, '/vragenlijst', now, now, now, 0, '', '127.0.0.1', 0, form.get('lang') ?? '', 'kwaliteit', 'node', 1, 0, 0, '', form.get('quality') ?? '']);
      res.writeHead(200, { 'content-type': 'text/html' }).end(page('nl', '<p id="thanks">Bedankt</p>'));
    });
    return;
  }
  if (url.pathname === '/form.html') {
    const lang = url.searchParams.get('lang');
    const audience = url.searchParams.get('audience');
    return res.writeHead(200, { 'content-type': 'text/html' }).end(page(lang, `<script type="module" src="/dist/quality-check.js"></script>
      <form method="post" action="/submit"><input type="hidden" name="lang" value="${lang}">
      <samen-quality-check name="quality" audience="${audience}"></samen-quality-check><button id="send">Send</button></form>`));
  }
  if (url.pathname === '/report.html') {
    return res.writeHead(200, { 'content-type': 'text/html' }).end(page('nl', `<script type="module" src="/dist/quality-report.js"></script><samen-quality-report></samen-quality-report>`));
  }
  const file = normalize(join('dist', url.pathname.replace(/^\/dist\//, '')));
  if (url.pathname.startsWith('/dist/') && file.startsWith('dist') && existsSync(file)) {
    return res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/css' }).end(readFileSync(file));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const { check, finish } = checks('proof-report');

// Nine families (five in Dutch, four in French) and three staff: the staff group is
// below the default min-group of 5 and must stay hidden.
const FAMILY_QUICK_HELP = [1, 2, 2, 3, 4, 4, 5, 5, 5];
const plan = [
  ...FAMILY_QUICK_HELP.map((v, i) => ({ lang: i < 5 ? 'nl' : 'fr', audience: 'family', answers: { 'family-availability-quick-help': v, 'family-affordability-could-pay': 3 } })),
  ...[2, 3, 4].map((v, i) => ({ lang: i < 2 ? 'nl' : 'fr', audience: 'staff', answers: { 'staff-availability-waiting-list': v } })),
];
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  for (const { lang, audience, answers } of plan) {
    await tab.goto(`${origin}/form.html?lang=${lang}&audience=${audience}`);
    for (const [id, value] of Object.entries(answers)) {
      // The radio is visually styled; its label is what a person clicks.
      await tab.locator(`samen-quality-check label:has(input[type="radio"][name$="${id}"][value="${value}"])`).first().click();
    }
    await Promise.all([tab.waitForURL(`${origin}/submit`), tab.click('#send')]);
  }
  check(`${plan.length} submissions of a real <form method="post"> reached the server`, rows.length === plan.length, `${rows.length}`);
  check('every submission carries the checker\'s value', rows.every((r) => r.at(-1).includes('"answers"')), rows.map((r) => r.at(-1)).join(' | '));
  const dir = mkdtempSync(join(tmpdir(), 'samen-proof-'));
  const file = join(dir, 'webform-export.csv');
  writeFileSync(file, csv());

  await tab.goto(`${origin}/report.html`);
  await tab.locator('samen-quality-report input[type="file"]').setInputFiles(file);
  await tab.waitForFunction(() => document.querySelector('samen-quality-report')?.result?.total > 0, null, { timeout: 10000 }).catch(() => undefined);
  const result = await tab.evaluate(() => document.querySelector('samen-quality-report').result);
  const families = result.groups.find((g) => g.audience === 'family' && g.service === undefined && g.period === undefined);
  const staff = result.groups.find((g) => g.audience === 'staff' && g.service === undefined && g.period === undefined);
  check('the report read every submission from the CSV', result.total === plan.length && result.rejected.length === 0, JSON.stringify({ total: result.total, rejected: result.rejected }));
  // quick-help 1,2,2,3,4,4,5,5,5 -> 0,25,25,50,75,75,100,100,100: median 75, mean 61.
  check('families: 9 responses, availability median 75, mean 61', families?.n === 9 && families.dimensions.availability.median === 75 && families.dimensions.availability.mean === 61, JSON.stringify(families?.dimensions.availability));
  check('staff (3 responses) hidden: no n, no figure', staff?.n === null && staff.dimensions.availability.suppressed && staff.dimensions.availability.median === null, JSON.stringify(staff));
  const shown = await tab.evaluate(() => document.querySelector('samen-quality-report').shadowRoot.textContent.replace(/\s+/g, ' '));
  check('the page shows the families\' count and the hidden staff group in Dutch', shown.includes('Gezinnen: 9 antwoorden') && shown.includes('Medewerkers: minder dan 5 antwoorden'), shown.slice(0, 300));
  check('no error in any page', errors.length === 0, errors.join('; '));
} finally {
  await browser.close();
  server.close();
}
finish();
