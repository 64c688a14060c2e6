/**
 * Large text on a phone (issue 20): each widget with the Miyun feed, alone on a page of the built
 * files (dist/self-host/), at 320 and 360 px wide with the root font at 200 %, in Chinese and in
 * English. For each: the page does not scroll sideways and no element is wider than the viewport;
 * no button, link or control sticks out of the widget or is cut off; no word or number is broken
 * across lines (measured with Range.getClientRects, see layout-facts.mjs); every button, link and
 * control is at least 24 × 24 px. Screenshots go to test-results/large-text/.
 *
 * Cases that fail today carry `todo` (see TODO): the fixes are being made in src/ in parallel; the
 * expected values are what the issue asks, not today's output. Remove a mark when its fix lands.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { withBrowserAndServer, html, widgetsSettled } from './support.mjs';
import { layoutFacts } from './layout-facts.mjs';

const FEED = '/feeds/miyun-2024.json';
const CASES = {
  'task list': `<civic-task-list src="${FEED}"></civic-task-list>`,
  ring: `<civic-progress-ring src="${FEED}" indicator="high-standard-farmland"></civic-progress-ring>`,
  board: `<civic-indicator-board src="${FEED}"></civic-indicator-board>`,
  summary: `<civic-feed-summary src="${FEED}"></civic-feed-summary>`,
  // The month grid asked for: it may hand over to the agenda when its cells are too narrow.
  'calendar month': `<civic-event-calendar src="${FEED}" view="month" month="2024-09"></civic-event-calendar>`,
  'calendar agenda': `<civic-event-calendar src="${FEED}" view="agenda"></civic-event-calendar>`,
};
const WIDTHS = [320, 360];
/** The feed's own strings (titles, owners, places…): Chinese text of the feed may break anywhere. */
const FEED_TEXT = [];
JSON.parse(readFileSync(`public${FEED}`, 'utf8'), (key, value) => {
  if (typeof value === 'string' && value.trim().length >= 2 && /[\u3400-\u9fff]/.test(value)) FEED_TEXT.push(value.trim());
  return value;
});
const LANGS = ['zh-CN', 'en'];
const CHECKS = ['no sideways scrolling', 'no button cut off', 'no word broken', 'targets at least 24 px'];

/** `${case} ${width} ${lang} ${check}` → what must change in src/ (the case fails today). */
const TODO = {
};

const env = withBrowserAndServer();

for (const [label, markup] of Object.entries(CASES)) {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      describe(`${label} at ${width} px, 200 % text, ${lang}`, () => {
        let facts;
        before(async () => {
          const path = `/large-text-${label.replace(/ /g, '-')}-${lang}.html`;
          env.server.pages[path] = {
            body: html(`<script type="module" src="/civic-widgets.js"></script><main>${markup}</main>`, {
              lang,
              head: '<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/large-text.css">',
            }),
          };
          env.server.pages['/large-text.css'] = {
            body: 'html { font-size: 200% } body { margin: 8px }',
            headers: { 'content-type': 'text/css' },
          };
          const page = await env.browser.newPage({
            viewport: { width, height: 720 },
          });
          await page.goto(env.server.origin + path, { waitUntil: 'load' });
          const tag = markup.match(/^<([a-z-]+)/)[1];
          await widgetsSettled(page, [tag]);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          facts = await page.evaluate(layoutFacts, [[tag], FEED_TEXT]);
          mkdirSync('test-results/large-text', { recursive: true });
          await page.screenshot({
            path: `test-results/large-text/${label.replace(/ /g, '-')}-${width}-${lang}.png`,
            fullPage: true,
            clip: { x: 0, y: 0, width, height: 1400 },
          });
          await page.close();
        });
        const todo = (check) => TODO[`${label} ${width} ${lang} ${check}`];
        test(CHECKS[0], { todo: todo(CHECKS[0]) }, () => {
          assert.ok(facts.docWidth <= facts.viewport, `the page is ${facts.docWidth} px wide in a ${facts.viewport} px viewport`);
          assert.deepEqual(facts.wide, [], 'elements wider than the viewport');
        });
        test(CHECKS[1], { todo: todo(CHECKS[1]) }, () => assert.deepEqual(facts.clipped, []));
        test(CHECKS[2], { todo: todo(CHECKS[2]) }, () => assert.deepEqual(facts.broken, []));
        test(CHECKS[3], { todo: todo(CHECKS[3]) }, () => assert.deepEqual(facts.small, []));
      });
    }
  }
}

test('the measurements can fail: a broken word, a wide box, a clipped and a small button are found', async () => {
  env.server.pages['/large-text-bad.html'] = {
    body: html(`<div id="w"></div><script type="module">
      customElements.define('civic-bad', class extends HTMLElement { constructor() { super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<style>.n { width: 1.2em; word-break: break-all } .p { width: 2.5em; line-break: anywhere } .w { width: 500px }' +
          ' .c { overflow: hidden; width: 40px } .c button { width: 80px } a { font-size: 10px }</style>' +
          '<div class="n">已完成 2024</div><div class="p">等等，好</div><div class="w">wide</div><div class="c"><button>长长长长</button></div><a href="#x">x</a>'; } });
      document.getElementById('w').innerHTML = '<civic-bad></civic-bad>';</script>`),
  };
  const page = await env.browser.newPage({
    viewport: { width: 320, height: 600 },
  });
  await page.goto(env.server.origin + '/large-text-bad.html', {
    waitUntil: 'load',
  });
  await page.waitForFunction(() => document.querySelector('civic-bad')?.shadowRoot);
  const facts = await page.evaluate(layoutFacts, [['civic-bad'], []]);
  await page.close();
  assert.ok(facts.docWidth > facts.viewport, 'the page scrolls sideways');
  assert.ok(
    facts.wide.some((w) => w.includes('"wide"')),
    facts.wide.join(),
  );
  assert.ok(
    facts.clipped.some((c) => c.includes('button') && c.includes('cut off')),
    facts.clipped.join(),
  );
  assert.ok(facts.broken.some((b) => b.includes('"2024"')) && facts.broken.some((b) => b.includes('完成')), facts.broken.join());
  assert.ok(
    facts.broken.some((b) => b.includes('a line starts with "，"')),
    facts.broken.join(),
  );
  assert.ok(
    facts.small.some((s) => s.includes('a "x"')),
    facts.small.join(),
  );
});
