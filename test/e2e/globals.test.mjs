/**
 * Definition of done, "Safe": no globals beyond the custom elements, no cookies, no network
 * but the feed (and the library's own files). Each way of
 * loading the library (the all-in-one module, the classic script, the per-widget files) runs on
 * a page with every widget; afterwards the window may hold only what Lit itself records (its
 * version lists and its decorator metadata map, shared by design between copies of Lit).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowserAndServer, widgetTag, WIDGETS, widgetsSettled, html, openPage } from './support.mjs';

const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

const env = withBrowserAndServer();

const LOADERS = {
  'all-in-one module': '<script type="module" src="/civic-widgets.js"></script>',
  'classic script': '<script src="/civic-widgets.classic.js"></script>',
  'per-widget files': () => WIDGETS.map((w) => `<script type="module" src="/${w}.js"></script>`).join(''),
};

for (const [name, script] of Object.entries(LOADERS)) {
  test(`${name}: no new globals but Lit's, no cookies, no requests but the code and the feed`, async () => {
    const path = `/globals-${name.replace(/\W+/g, '-')}.html`;
    const tags = WIDGETS.map((w) => widgetTag(w)).join('\n');
    env.server.pages[path] = { body: html(`<script src="/test-before.js"></script>${typeof script === 'function' ? script() : script}${tags}`) };
    env.server.pages['/test-before.js'] = { body: 'window.__before = Object.getOwnPropertyNames(window);', headers: { 'content-type': 'text/javascript' } };
    const before = env.server.log.length;
    const { page, errors } = await openPage(env.browser, `${env.server.origin}${path}`);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    try {
      await widgetsSettled(page, WIDGETS);
      await page.waitForLoadState('networkidle');
      const others = requests.filter((u) => !u.startsWith(env.server.origin));
      assert.deepEqual(others, [], 'requests to other origins');
      const served = env.server.log.slice(before).map((p) => p.split('?')[0]);
      // /favicon.ico: the browser's own request, not the library's.
      const unexpected = served.filter((p) => p !== path && p !== '/favicon.ico' && !/^\/(chunks\/)?[\w.-]+\.js$/.test(p) && p !== '/feeds/miyun-2024.json');
      assert.deepEqual(unexpected, [], 'requests other than the page, the library and the feed');
      assert.ok(served.includes('/feeds/miyun-2024.json'));
      const added = await page.evaluate(() =>
        Object.getOwnPropertyNames(window)
          .filter((k) => !window.__before.includes(k) && k !== '__before' && k !== '__cspViolations')
          .sort(),
      );
      const elements = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), WIDGETS);
      assert.deepEqual(elements, WIDGETS, 'every widget is defined');
      assert.deepEqual(added, LIT_GLOBALS);
      assert.equal(await page.evaluate(() => document.cookie), '');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}
