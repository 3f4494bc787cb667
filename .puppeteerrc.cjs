/**
 * Puppeteer drives Debian's Firefox ESR in the browser tests (web-test-runner.config.mjs).
 * No tool may download a browser of its own here, so its install step downloads nothing.
 */
module.exports = { skipDownload: true, chrome: { skipDownload: true }, firefox: { skipDownload: true }, 'chrome-headless-shell': { skipDownload: true } };
