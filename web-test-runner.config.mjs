/**
 * Browser tests of every element in three engines, all from Debian packages (no test tool
 * downloads a browser here; scripts/ensure-browsers.mjs finds or installs them first):
 *
 * - Chromium through Playwright's launcher with the system binary;
 * - Firefox ESR through Puppeteer over WebDriver BiDi (no geckodriver);
 * - WebKitGTK's MiniBrowser through WebKitWebDriver, started here, under an Xvfb display
 *   started here when there is no display.
 *
 * WTR_BROWSERS=chromium,firefox,webkit (default: all three) picks engines, WTR_FILES files.
 * Each engine runs one file at a time (focus and keyboard need the page to be the only one),
 * and the three engines run side by side.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import { findChromium, findFirefox, findMiniBrowser, findWebKitDriver, findXvfb, requestedEngines } from './scripts/ensure-browsers.mjs';

/** Processes started for WebKit, ended when the runner ends however it ends. */
const children = new Set();
const endChildren = () => {
  for (const child of children) child.kill('SIGTERM');
  children.clear();
};
process.once('exit', endChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (endChildren(), process.exit(130)));

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display number it picks itself (-displayfd) and resolves to ":N". */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(findXvfb(), ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    children.add(xvfb);
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (d) => (err += d));
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it gave a display: ${err.slice(-500)}`)));
    setTimeout(() => reject(new Error('Xvfb gave no display within 20 s')), 20000).unref();
  });
}

/** Resolves once a WebDriver server answers /status, or rejects after `ms`. */
async function waitForDriver(port, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      // Connection: close, so no idle keep-alive socket lingers in the driver.
      const res = await fetch(`http://127.0.0.1:${port}/status`, { headers: { connection: 'close' } });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms / 1000} s`);
}

/**
 * @web/test-runner-webdriver's launcher, plus what WebKitGTK needs around it: a display
 * (Xvfb, unless DISPLAY is set) and a WebKitWebDriver process on a free port.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      // A session request that hangs (MiniBrowser not starting) is retried after 30 s, not 120 s.
      connectionRetryTimeout: 30000,
      connectionRetryCount: 3,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 speaks BiDi by default; WebKitWebDriver speaks classic WebDriver.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    const display = process.env.DISPLAY || (await startXvfb());
    const port = await freePort();
    // Without compositing mode WebKitGTK renders in software, which Xvfb can show.
    const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1' };
    const driver = spawn(findWebKitDriver(), [`--port=${port}`], { env, stdio: 'ignore' });
    children.add(driver);
    await waitForDriver(port);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    endChildren();
  }
}

/** `Shift+Tab` -> ['Shift', 'Tab'] (Playwright's syntax); a lone '+' stays a key. */
const chord = (key) => (key.length > 1 && key.includes('+') ? key.split('+') : [key]);
/** Firefox sessions already warned about having no focus (one warning per test file). */
const unfocusedSessions = new Set();
/** Puppeteer's BiDi keyboard knows no 'Space' (it wants the character). */
const bidiKey = (key) => (key === 'Space' ? ' ' : key);
/** WebDriver wants its private-use code points for named keys ('Control' has two names). */
const driverKey = (key) => (key === 'Control' ? Key.Ctrl : Key[key] ?? key);

/**
 * The keyboard and media commands of @web/test-runner-commands, made to behave the same
 * in the three engines, so a test's `sendKeys({ press: 'Space' })` or `'Shift+Tab'` means
 * one thing everywhere. Returns undefined for what the built-in command already does well.
 */
async function crossEngineCommand({ command, payload, session }) {
  const launcher = session.browser;
  const firefox = launcher.type === 'puppeteer' && launcher.name === 'Firefox';
  const webdriver = launcher.type === 'webdriver';
  if (!firefox && !webdriver) return undefined;
  if (command === 'emulate-media') {
    // Screen is what these engines show anyway, so resetting to it is harmless; anything
    // else cannot be emulated without CDP: tests that need it skip with chromiumOnly().
    const onlyScreen = Object.entries(payload ?? {}).every(([k, v]) => v == null || (k === 'media' && v === 'screen'));
    if (onlyScreen) return true;
    throw new Error(`emulateMedia(${JSON.stringify(payload)}) works in Chromium only; skip the test elsewhere with chromiumOnly() from test/components/helpers.ts`);
  }
  if (command === 'set-viewport' && webdriver) {
    // WebDriver sizes the window, not the page: add what the window's frame takes, then
    // wait until the page has the asked size (GTK resizes asynchronously).
    const driver = launcher.driver;
    const { width, height } = payload;
    const [frameW, frameH] = await driver.execute(() => [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]);
    await driver.setWindowSize(width + frameW, height + frameH);
    let got = [];
    for (let i = 0; i < 40; i++) {
      got = await driver.execute(() => [window.innerWidth, window.innerHeight]);
      if (got[0] === width && got[1] === height) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    // MiniBrowser's window has a minimum width (about 450 px): say so, so a test can skip.
    throw new Error(`WebKit's window cannot give a ${width}×${height} viewport (it has ${got.join('×')})`);
  }
  if (command !== 'send-keys') return undefined;
  const [kind, value] = Object.entries(payload ?? {})[0] ?? [];
  if (firefox) {
    const page = launcher.getPage(session.id);
    const keyboard = page.keyboard;
    const keys = kind === 'press' ? chord(value).map(bidiKey) : [];
    // Firefox answers BiDi input before the page has run what the keys set off (an Enter's
    // click, a change event); Chromium's CDP waits. So wait in the page for the last key
    // event, then one task more (a Space's click is keyup's default action).
    const [type, count] = kind === 'type' ? ['keyup', [...value].length] : kind === 'down' ? ['keydown', 1] : ['keyup', Math.max(keys.length, 1)];
    const focused = await page.evaluate((type, count) => {
      window.__samenKeysSeen = new Promise((resolve) => {
        let seen = 0;
        const done = () => (removeEventListener(type, on, true), resolve());
        const on = () => ++seen >= count && done();
        addEventListener(type, on, true);
        setTimeout(done, 2000);
      });
      return document.hasFocus();
    }, type, count);
    // Without focus Firefox still fires the key events but does not activate a button on
    // Enter or Space, and nothing gives the focus back: say so once, it explains what fails.
    if (!focused && !unfocusedSessions.has(session.id)) {
      unfocusedSessions.add(session.id);
      console.warn(`\nFirefox: the page of ${session.testFile} has lost focus (did something open a panel or a window?); key presses will not activate buttons.`);
    }
    if (kind === 'type') await keyboard.type(value);
    else if (kind === 'down') await keyboard.down(bidiKey(value));
    else if (kind === 'up') await keyboard.up(bidiKey(value));
    else if (kind === 'press') {
      if (keys.length === 1) await keyboard.press(keys[0]);
      else {
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
      }
    } else return undefined;
    await page.evaluate(() => window.__samenKeysSeen.then(() => new Promise((resolve) => setTimeout(resolve, 0))));
    return true;
  }
  // WebDriver: the built-in presses every typed character at once (all down, then all up),
  // which repeats or drops letters; type them one after the other instead.
  const action = launcher.driver.action('key');
  if (kind === 'type') for (const char of value) action.down(char).up(char);
  else if (kind === 'down') action.down(driverKey(value));
  else if (kind === 'up') action.up(driverKey(value));
  else if (kind === 'press') {
    const keys = chord(value).map(driverKey);
    for (const key of keys) action.down(key);
    for (const key of keys.reverse()) action.up(key);
  } else return undefined;
  await action.perform(kind === 'down');
  return true;
}

/** Puts crossEngineCommand in front of the built-in command plugins (they run first and throw). */
const crossEngineCommands = {
  name: 'samen-cross-engine-commands',
  serverStart({ config }) {
    for (const plugin of config.plugins ?? []) {
      if (!['send-keys-command', 'emulate-media-command', 'set-viewport-command'].includes(plugin.name)) continue;
      const builtIn = plugin.executeCommand.bind(plugin);
      plugin.executeCommand = async (args) => (await crossEngineCommand(args)) ?? builtIn(args);
    }
  },
};

/**
 * papaparse (the quality report's CSV reader) ships as UMD only: Vite's build bundles it,
 * but the test server hands files to the browser as they are. Wrapped as a module here.
 */
const papaparseAsModule = {
  name: 'samen-papaparse-esm',
  transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;` };
  },
};

/**
 * A test that saves a file (the dilemma explorer's "Save as a file") makes Firefox open
 * its downloads panel, which takes the focus from the page for the rest of the run: every
 * later Enter or Space on a button then does nothing (two dilemma tests lost an Enter, the
 * quality check hung). So downloads go quietly to a folder of this run, removed at exit.
 */
function firefoxPrefs() {
  const dir = mkdtempSync(join(tmpdir(), 'samen-firefox-downloads-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return {
    'browser.download.alwaysOpenPanel': false,
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
  };
}

const LAUNCHERS = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: findChromium(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: firefoxPrefs() },
    }),
  webkit: () => new WebKitLauncher(),
};

export default {
  files: process.env.WTR_FILES ?? 'test/components/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  // Without tsconfig, esbuild compiles Lit's field decorators the standard way and they break.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), crossEngineCommands, papaparseAsModule],
  browsers: requestedEngines().map((engine) => LAUNCHERS[engine]()),
  // One file at a time per engine: keyboard and focus tests need their page to be focused,
  // and the WebDriver launcher drives one window (its iframe mode cannot send keys reliably).
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
};
