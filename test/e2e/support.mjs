/** Shared set-up of the end-to-end tests: the built widgets, the browser, page helpers. */
import { existsSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';

const EMBEDDABLE = readFileSync('src/embed/embed-options.ts', 'utf8')
  .match(/EMBEDDABLE = \[([\s\S]*?)\]/)[1]
  .match(/'([a-z-]+)'/g)
  .map((s) => s.slice(1, -1));

/** Every widget that has been built (dist/<name>.js exists). */
export const WIDGETS = EMBEDDABLE.filter((name) => existsSync(`dist/${name}.js`));

/** Attributes that make each widget show the Miyun feed. */
export function widgetTag(name, src = '/feeds/miyun-2024.json', extra = '') {
  const attrs = name === 'civic-progress-ring' ? `src="${src}" indicator="high-standard-farmland"` : `src="${src}"`;
  return `<${name} ${attrs} ${extra}><a href="${src}">fallback</a></${name}>`;
}

export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH');
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}

/**
 * A browser and a test server for a test file: started before its tests, stopped after.
 * Read `env.browser` and `env.server` inside the tests.
 */
export function withBrowserAndServer(serverOptions = {}) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await startServer(serverOptions);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A page that records errors, CSP violations and console messages. */
export async function openPage(browser, url, { width = 1024, height = 800 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  const consoleMessages = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, consoleMessages };
}

/** Waits until every widget on the page has left the loading state. */
export async function widgetsSettled(page, names) {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && !el.hasAttribute('data-loading') && el.state !== 'idle'),
      ),
    names,
    { timeout: 15_000 },
  );
}

export function html(body, { head = '', lang = 'zh-CN' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>e2e</title>${head}</head><body>${body}</body></html>`;
}
