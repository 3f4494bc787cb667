/**
 * Finds a Chromium for the browser tests, or installs Debian's when it can. No test tool
 * may download a browser of its own on these machines, so we use the system's.
 * Exports findChromium(); run directly, it makes sure one exists or explains what to do.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a Chromium on this machine, or undefined. */
export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (findChromium()) process.exit(0);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (apt && root) {
    console.log('samen: no Chromium found; installing Debian\'s chromium package for the browser tests…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    } catch {
      /* reported below */
    }
  }
  if (findChromium()) process.exit(0);
  console.error([
    'samen: the browser tests need Chromium and none was found.',
    apt ? '  Install it with:  sudo apt-get install chromium' : '  Install Chromium or Chrome with your system\'s package manager,',
    '  or point CHROME_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'));
  process.exit(1);
}
