/**
 * Screenshots for looking at the widgets as a person would:
 *   node scripts/shoot.mjs <url> <out.png> [width] [--lang nl] [--presentation] [--keys "Tab Tab Space"] [--scroll Y] [--element TAG] [--eval JS] [--height H]
 * Uses the system Chromium through playwright-core; downloads nothing.
 */
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';

const [url, out, width = '1024', ...rest] = process.argv.slice(2);
const opt = (name) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(opt('--height') ?? 900) } });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(url);
if (opt('--lang')) await page.evaluate((l) => { document.documentElement.lang = l; }, opt('--lang'));
if (rest.includes('--presentation')) await page.evaluate(() => document.querySelectorAll('*').forEach((e) => e.localName.startsWith('samen-') && e.setAttribute('presentation', '')));
await page.waitForTimeout(800);
for (const key of (opt('--keys') ?? '').split(' ').filter(Boolean)) await page.keyboard.press(key);
if (opt('--eval')) await page.evaluate(opt('--eval'));
await page.waitForTimeout(300);
// --scroll Y shows one screen from Y down (long pages at 320 px are unreadable whole).
// --element TAG shows just that element (scrolled into view, so the loader fetches it).
if (opt('--element')) {
  const el = page.locator(opt('--element')).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  await el.screenshot({ path: out });
} else if (opt('--scroll')) {
  await page.evaluate((y) => window.scrollTo(0, Number(y)), opt('--scroll'));
  await page.waitForTimeout(200);
  await page.screenshot({ path: out });
} else await page.screenshot({ path: out, fullPage: !opt('--height') }); // --height H: one screen of that height, as projected
console.log(logs.join('\n'));
await browser.close();
