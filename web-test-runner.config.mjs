/**
 * Browser tests of every element, in the system Chromium (no test tool downloads a
 * browser here; scripts/ensure-chromium.mjs finds or installs one first).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium } from './scripts/ensure-chromium.mjs';

export default {
  files: process.env.WTR_FILES ?? 'test/components/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  // Without tsconfig, esbuild compiles Lit's field decorators the standard way and they break.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: findChromium(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
};
