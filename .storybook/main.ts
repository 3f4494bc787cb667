import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for samen: one story per meaningful state, docs from custom-elements.json. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The project's vite config builds a library; Storybook builds an app from the same code.
  viteFinal: async (config) => ({ ...config, build: { ...config.build, lib: false } }),
};
export default config;
