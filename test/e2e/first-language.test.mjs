/**
 * On a Chinese page, no widget ever shows its words in English while the Chinese texts are
 * still loading (they load on demand). The zh-Hans chunk is held back on purpose, so the feed
 * (given inline) is ready long before the texts; every frame's visible text is checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowserAndServer, html, openPage } from './support.mjs';

const feed = readFileSync('public/feeds/miyun-2024.json', 'utf8');
/** Words of the English UI that would be visible in these widgets. */
const ENGLISH = /\b(tasks|Sample data|Completed|In progress|Overall progress|Target|indicators|Table view|Previous|Today|Month view|Loading)\b/;

const env = withBrowserAndServer();

test('a Chinese page never shows English UI words while the Chinese texts load', async () => {
  const inline = `<script type="application/json">${feed}</script>`;
  env.server.pages['/first-language.html'] = {
    body: html(
      `<script type="module" src="/civic-widgets.js"></script>
       <civic-task-list>${inline}</civic-task-list>
       <civic-indicator-board>${inline}</civic-indicator-board>
       <civic-event-calendar>${inline}</civic-event-calendar>
       <civic-progress-ring value="1.6" max="1.45" label="高标准农田" unit="万亩"></civic-progress-ring>`,
    ),
  };
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Hold the Chinese texts back, well after the inline feed is ready.
  await page.route(/zh-Hans[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__frames = [];
    const visibleText = (root) => {
      const out = [];
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            const el = child.parentElement;
            if (el && !el.closest('.visually-hidden') && el.checkVisibility({ visibilityProperty: true })) out.push(child.data);
          } else if (child.nodeType === Node.ELEMENT_NODE) walk(child);
        }
      };
      walk(root);
      return out.join(' ').replace(/\s+/g, ' ').trim();
    };
    const tick = () => {
      const texts = ['civic-task-list', 'civic-indicator-board', 'civic-event-calendar', 'civic-progress-ring'].map((t) => {
        const root = document.querySelector(t)?.shadowRoot;
        return root ? `${t}: ${visibleText(root)}` : '';
      });
      window.__frames.push(texts.join(' | '));
      // Screen readers read the visually hidden texts too.
      const hidden = [...document.querySelectorAll('civic-task-list, civic-indicator-board, civic-event-calendar, civic-progress-ring')]
        .map((el) => el.shadowRoot?.textContent ?? '')
        .join(' ');
      if (/Loading…/.test(hidden)) window.__englishHidden = (window.__englishHidden ?? 0) + 1;
      if (window.__frames.length < 600) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`${env.server.origin}/first-language.html`);
  await page.waitForFunction(() => document.querySelector('civic-task-list')?.shadowRoot?.textContent.includes('项任务'), null, { timeout: 15_000 });
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => window.__frames);
  const englishHidden = await page.evaluate(() => window.__englishHidden ?? 0);
  await page.close();
  const english = frames.filter((f) => ENGLISH.test(f));
  assert.deepEqual(english.slice(0, 1), [], `${english.length} of ${frames.length} frames show English words`);
  assert.equal(englishHidden, 0, 'frames with an English "Loading…" for screen readers');
  const last = frames.at(-1);
  for (const words of ['项任务', '共 20 项指标', '上个月', '万亩']) assert.ok(last.includes(words), `the final frame shows ${words}`);
  assert.ok(frames.length > 10, 'frames were recorded while the texts were held back');
});

test('an English page shows English at once (nothing waits for a language it does not need)', async () => {
  env.server.pages['/english.html'] = {
    body: html(`<script type="module" src="/civic-widgets.js"></script><civic-task-list><script type="application/json">${feed}</script></civic-task-list>`, { lang: 'en' }),
  };
  const { page, errors } = await openPage(env.browser, `${env.server.origin}/english.html`);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.waitForFunction(() => document.querySelector('civic-task-list')?.shadowRoot?.textContent.includes('22 tasks'), null, { timeout: 15_000 });
  assert.deepEqual(requested.filter((u) => /zh-Hans/.test(u)), []);
  assert.deepEqual(errors, []);
  await page.close();
});
