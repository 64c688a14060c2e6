import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { testRoutes } from './test/support/routes.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found: install it (sudo apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

/**
 * A test command the stock emulateMedia lacks on puppeteer: forced colors (Windows high
 * contrast), through the Chrome DevTools Protocol.  executeServerCommand('forced-colors', 'active')
 * ('active-dark' for the dark system palette, 'none' to stop)
 */
const forcedColorsPlugin = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    // 'active-dark': the dark system palette (Chromium picks it from the colour scheme set in the same call).
    const active = payload === 'active' || payload === 'active-dark';
    const features = [{ name: 'forced-colors', value: active ? 'active' : 'none' }];
    if (payload === 'active-dark') features.push({ name: 'prefers-color-scheme', value: 'dark' });
    await cdp.send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};

export default {
  // The hostile corpus runs on its own (npm run test:hostile): it loads megabytes of feeds.
  // Node tests (*.node.test.ts, and test/node/** until it moves) run in scripts/node-tests.mjs.
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/node/**', '!test/hostile/**'],
  nodeResolve: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    reportDir: 'coverage/browser',
    reporters: ['lcovonly'],
  },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin],
  middleware: [testRoutes],
  // The widgets tell web editors about feed problems in the console; tests check them directly.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && (args[0].startsWith('[civic-widgets]') || args[0].startsWith('Lit is in dev mode'))),
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // Each test file in a context (window) of its own, so no test page is a background tab
      // (background tabs get no rendering: no IntersectionObserver, no animation frames).
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
    }),
  ],
};
