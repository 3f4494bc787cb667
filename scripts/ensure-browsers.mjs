/**
 * Finds the three browser engines of the browser tests (Chromium, Firefox ESR, WebKitGTK)
 * on this machine, or installs Debian's packages when it can. No test tool may download
 * a browser of its own on these machines, so we only ever use the system's.
 *
 * Exports the finders (used by web-test-runner.config.mjs, the proof, shot and bench
 * scripts). Run directly, it makes sure every engine named on the command line (default:
 * all three, or those in WTR_BROWSERS) exists, installing the missing Debian packages when
 * run as root on Debian, and otherwise says exactly what to install, then exits 1.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The engines the browser tests know, in the order they are reported. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const first = (paths) => paths.find((p) => p && existsSync(p));

/** The path of a Chromium on this machine (CHROME_PATH first), or undefined. */
export function findChromium() {
  return first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']);
}

/** The path of a Firefox (ESR first: it is what Debian ships; FIREFOX_PATH wins), or undefined. */
export function findFirefox() {
  return first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** WebKitGTK's WebDriver (Debian package webkit2gtk-driver), or undefined. */
export function findWebKitDriver() {
  return first([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
}

/**
 * WebKitGTK's MiniBrowser, the browser WebKitWebDriver drives. Debian installs it under
 * /usr/lib/<multiarch>/webkit2gtk-4.x/, so we look in every multiarch folder.
 */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return first([process.env.MINIBROWSER_PATH]);
  const roots = ['/usr/lib', '/usr/libexec'];
  const candidates = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const dir of readdirSync(root)) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        candidates.push(`${root}/${dir}/${api}/MiniBrowser`, `${root}/${api}/MiniBrowser`);
      }
    }
  }
  return first(candidates);
}

/** The X virtual frame buffer WebKitGTK needs when there is no display, or undefined. */
export function findXvfb() {
  return first(['/usr/bin/Xvfb']);
}

/** What each engine needs: a description of the missing parts and the Debian packages that bring them. */
function missing(engine) {
  if (engine === 'chromium') return findChromium() ? [] : [{ what: 'Chromium (or CHROME_PATH)', pkg: 'chromium' }];
  if (engine === 'firefox') return findFirefox() ? [] : [{ what: 'Firefox ESR (or FIREFOX_PATH)', pkg: 'firefox-esr' }];
  const out = [];
  if (!findWebKitDriver()) out.push({ what: 'WebKitWebDriver', pkg: 'webkit2gtk-driver' });
  if (!findMiniBrowser()) out.push({ what: 'WebKitGTK MiniBrowser', pkg: 'webkit2gtk-driver' });
  if (!process.env.DISPLAY && !findXvfb()) out.push({ what: 'Xvfb (WebKitGTK needs a display)', pkg: 'xvfb' });
  return out;
}

/** The engines asked for: command-line arguments, else WTR_BROWSERS, else all three. */
export function requestedEngines(args = []) {
  const list = args.length ? args : (process.env.WTR_BROWSERS ?? ENGINES.join(',')).split(/[\s,]+/);
  const engines = list.map((e) => e.trim().toLowerCase()).filter(Boolean);
  const unknown = engines.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`samen: unknown browser engine(s) ${unknown.join(', ')}; known: ${ENGINES.join(', ')}`);
  return engines.length ? engines : ENGINES;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engines = requestedEngines(process.argv.slice(2));
  const lacking = () => engines.flatMap(missing);
  if (lacking().length === 0) process.exit(0);
  const packages = () => [...new Set(lacking().map((m) => m.pkg))];
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (apt && root) {
    console.log(`samen: installing Debian's ${packages().join(', ')} for the browser tests…`);
    try {
      // The lock timeout lets this wait for another apt run on the same machine instead of failing.
      const install = `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 ${packages().join(' ')}`;
      try {
        execSync(install, { stdio: 'inherit' });
      } catch {
        execSync(`apt-get update -qq -o DPkg::Lock::Timeout=900 && ${install}`, { stdio: 'inherit' });
      }
    } catch {
      /* reported below */
    }
  }
  if (lacking().length === 0) process.exit(0);
  console.error([
    `samen: the browser tests run in ${engines.join(', ')}, and this machine lacks:`,
    ...lacking().map((m) => `  - ${m.what}`),
    apt
      ? `  Install them with:  sudo apt-get install ${packages().join(' ')}`
      : '  Install them with your system\'s package manager (Chromium, Firefox ESR, WebKitGTK\'s WebKitWebDriver and MiniBrowser, Xvfb),',
    '  or run fewer engines, e.g.  WTR_BROWSERS=chromium npm run test:browser',
  ].join('\n'));
  process.exit(1);
}
