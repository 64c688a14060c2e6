/**
 * Accessibility over every story (issue 8): visits each story of the built Storybook
 * (storybook-static/, made by `npm run build-storybook`) in both UI languages and runs axe with
 * the WCAG 2.1 A and AA rules and best practices. Fails on any violation, naming story and rule.
 * Page-level rules (a page's landmarks and h1) are left to the host page, not the widget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withBrowserAndServer } from './support.mjs';
import { settle, STORYBOOK, storyIds } from './storybook.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PAGE_LEVEL = ['region', 'page-has-heading-one', 'landmark-one-main', 'landmark-complementary-is-top-level'];

// The browser keeps Storybook's files and axe between the 188 page loads (about a third faster).
const env = withBrowserAndServer({
  root: STORYBOOK,
  cache: true,
  pages: { '/__axe.min.js': { body: axeSource, headers: { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' } } },
});

test('every story passes axe in Chinese and in English', { timeout: 900_000 }, async () => {
  const stories = storyIds();
  assert.ok(stories.length >= 5, `only ${stories.length} stories`);
  const jobs = stories.flatMap((id) => ['zh-CN', 'en'].map((lang) => ({ id, lang })));
  const failures = [];
  const worker = async () => {
    // Tall, so no long widget is partly off screen (content-visibility would skip its paint).
    const page = await env.browser.newPage({ viewport: { width: 1024, height: 2000 } });
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      await page.goto(`${env.server.origin}/iframe.html?id=${job.id}&viewMode=story&globals=lang:${job.lang}`, { waitUntil: 'load' });
      // The widgets have rendered and have their feed, and are still the same two frames later
      // (see settle). The first page of each worker compiles Storybook and the widgets: it can
      // take seconds, within settle's 15 s.
      const settled = await settle(page, job.id);
      // axe must look at rendered widgets, not at a page still starting.
      if (!settled) failures.push(`${job.id} [${job.lang}] did not render within 15 s`);
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/__axe.min.js' });
      const check = () =>
        page.evaluate(async (disabled) => {
          const rules = Object.fromEntries(disabled.map((r) => [r, { enabled: false }]));
          const r = await window.axe.run(document.querySelector('#storybook-root'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            rules,
          });
          return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
        }, PAGE_LEVEL);
      let result = await check();
      if (result.length) {
        // A story caught mid-render (a language switch, an off-screen card being laid out) can
        // show a violation that is gone a moment later; it counts when a second look agrees.
        await page.waitForTimeout(1000);
        const again = await check();
        result = result.filter((v) => again.includes(v));
      }
      for (const v of result) failures.push(`${job.id} [${job.lang}] ${v}`);
    }
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(failures, []);
});
