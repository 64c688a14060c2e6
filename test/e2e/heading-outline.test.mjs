/**
 * Heading levels that fit the host page (issue 20): each widget, with the Miyun feed from the
 * built files (dist/self-host/), placed under an h1, an h2 and an h3 of the page with
 * `heading-level` one more. The page's heading outline (document order, into shadow roots, only
 * headings that are rendered) skips no level: the widget's first heading is exactly one below the
 * page heading it sits under, none is at or above it, and no heading is more than one level below
 * the one before it.
 *
 * Cases that fail today carry `todo` (see TODO): the fixes are being made in src/ in parallel; the
 * expected outline is what the issue asks, not today's output. Remove a mark when its fix lands.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowserAndServer, html } from './support.mjs';

const FEED = '/feeds/miyun-2024.json';
const WIDGETS = {
  'civic-task-list': '',
  'civic-progress-ring': 'indicator="high-standard-farmland"',
  'civic-indicator-board': '',
  'civic-feed-summary': '',
  'civic-event-calendar': 'month="2024-09"',
};

/** `${widget} h${level}` → what must change in src/ (the case fails today). */
const TODO = {
};

const env = withBrowserAndServer();

/** The rendered headings of the page, in document order, through shadow roots: [level, text, widget]. */
function outline() {
  const out = [];
  const walk = (root, widget) => {
    for (const el of root.children) {
      const level = /^h[1-6]$/.test(el.localName)
        ? Number(el.localName[1])
        : el.getAttribute('role') === 'heading'
          ? Number(el.getAttribute('aria-level') ?? 2)
          : 0;
      if (level && el.checkVisibility()) out.push([level, el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60), widget]);
      if (el.shadowRoot) walk(el.shadowRoot, el.localName);
      walk(el, widget);
    }
  };
  walk(document.body, '');
  return out;
}

for (const level of [1, 2, 3]) {
  describe(`widgets under an h${level}, heading-level="${level + 1}"`, () => {
    let headings;
    before(async () => {
      const above = Array.from({ length: level - 1 }, (_, i) => `<h${i + 1}>Page heading ${i + 1}</h${i + 1}>`).join('');
      const body = Object.entries(WIDGETS)
        .map(([tag, attrs]) => `<h${level}>Section for ${tag}</h${level}><${tag} src="${FEED}" ${attrs} heading-level="${level + 1}"></${tag}>`)
        .join('\n');
      const path = `/outline-h${level}.html`;
      env.server.pages[path] = {
        body: html(`<script type="module" src="/civic-widgets.js"></script><main>${above}${body}</main>`),
      };
      const page = await env.browser.newPage({
        viewport: { width: 1024, height: 900 },
      });
      await page.goto(env.server.origin + path, { waitUntil: 'load' });
      // Five widgets on one page: allow more than support.mjs's 15 s on a busy machine.
      await page.waitForFunction(
        (tags) =>
          tags.every((tag) =>
            [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && !el.hasAttribute('data-loading') && el.state !== 'idle'),
          ),
        Object.keys(WIDGETS),
        { timeout: 60_000 },
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      headings = await page.evaluate(outline);
      await page.close();
    });

    for (const tag of Object.keys(WIDGETS)) {
      test(`${tag} fits under the h${level}: its headings start at h${level + 1} and skip no level`, { todo: TODO[`${tag} h${level}`] }, () => {
        const at = headings.findIndex(([l, text, widget]) => !widget && l === level && text === `Section for ${tag}`);
        assert.ok(at >= 0, 'the section heading is in the outline');
        const own = headings.slice(at + 1).filter(([, , widget]) => widget === tag);
        const problems = [];
        let previous = level;
        for (const [l, text] of own) {
          if (l <= level) problems.push(`h${l} "${text}" is not below the page's h${level}`);
          else if (l > previous + 1) problems.push(`h${l} "${text}" skips from h${previous}`);
          previous = l;
        }
        if (own.length) assert.equal(own[0][0], level + 1, `the first heading of ${tag} is h${level + 1}: h${own[0][0]} "${own[0][1]}"`);
        assert.deepEqual(problems, []);
      });
    }

    test(`the whole page's outline skips no level (h${level})`, { todo: TODO[`page h${level}`] }, () => {
      const skips = [];
      let previous = 0;
      for (const [l, text, widget] of headings) {
        if (l > previous + 1) skips.push(`h${previous} → h${l} "${text}"${widget ? ` in ${widget}` : ''}`);
        previous = l;
      }
      assert.deepEqual(skips, []);
    });
  });
}

test('the outline check can fail: a widget heading two levels below the page heading is a skip', async () => {
  env.server.pages['/outline-bad.html'] = {
    body: html(`<h1>Page</h1><div id="w"></div><script type="module">
      customElements.define('civic-bad', class extends HTMLElement { constructor() { super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<h3>Skipped</h3>'; } });
      document.getElementById('w').innerHTML = '<civic-bad></civic-bad>';</script>`),
  };
  const page = await env.browser.newPage();
  await page.goto(env.server.origin + '/outline-bad.html', {
    waitUntil: 'load',
  });
  await page.waitForFunction(() => document.querySelector('civic-bad')?.shadowRoot);
  const headings = await page.evaluate(outline);
  await page.close();
  assert.deepEqual(headings, [
    [1, 'Page', ''],
    [3, 'Skipped', 'civic-bad'],
  ]);
});
