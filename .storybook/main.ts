import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages (autodocs) per element: the API tables come from custom-elements.json (preview.ts).
  addons: ['@storybook/addon-docs'],
  staticDirs: [{ from: '../public/feeds', to: '/feeds' }],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    // The project's vite.config.ts sets the demo's inputs; Storybook brings its own.
    if (config.build) delete config.build.rollupOptions;
    return config;
  },
};
export default config;
