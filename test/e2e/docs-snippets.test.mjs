/**
 * Every example of docs/embedding.md, and the HTML ones of README.md, works as pasted (issue 16), in Chromium against the
 * self-host build, under the Content Security Policy the guide recommends (read from the guide):
 * - an HTML example is pasted into a page of the portal (the self-host folder at /civic-widgets/,
 *   the feed at /feeds/miyun-2024.json); a page with no script of its own gets the module
 *   script of section 2a, as the guide says. Every widget on it (in an iframe too) renders;
 * - the "another host" examples run with the files on a second origin that sends CORS headers
 *   (https://widgets.example.gov.cn is replaced with its address), under the policy printed
 *   beside them; and the module example fails there without the header, as the guide warns;
 * - a CSS example is the page's stylesheet: every rule parses and its custom properties reach
 *   the widgets; the embed-config.json example lets in its origin and no lookalike.
 * The examples of docs/npm.md are built and rendered by test/e2e/package.test.mjs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SELF_HOST } from '../../scripts/chunks.mjs';
import { startServer } from './server.mjs';
import { launch, openPage, html } from './support.mjs';
import { policy, snippets } from './snippets.mjs';

const GUIDE = 'docs/embedding.md';
const OTHER_HOST = 'https://widgets.example.gov.cn';
const CSP = policy(GUIDE, 'Content Security Policy');
const all = snippets(GUIDE);
const MODULE_SCRIPT = all.find((s) => s.lang === 'html' && s.heading.startsWith('a. Module')).code.match(/<script[^>]*><\/script>/)[0];

let browser;
let dir; // the portal's document root: civic-widgets/ → the self-host build, feeds/ → the demo feeds
let portal; // www.example.gov.cn
let widgets; // widgets.example.gov.cn, with CORS
let bare; // the same files, without CORS
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'civic-docs-'));
  symlinkSync(resolve(SELF_HOST), join(dir, 'civic-widgets'), 'dir');
  symlinkSync(resolve('public/feeds'), join(dir, 'feeds'), 'dir');
  browser = await launch();
  portal = await startServer({ root: dir });
  widgets = await startServer({ root: dir, cors: true });
  bare = await startServer({ root: dir });
});
after(async () => {
  await browser?.close();
  await Promise.all([portal, widgets, bare].map((s) => s?.close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens `body` as a page of the portal under `csp`; resolves when every widget (in frames too) has settled. */
async function paste(body, csp, name) {
  const path = `/snippet-${name}.html`;
  portal.pages[path] = { body: html(body), headers: { 'content-security-policy': csp } };
  const { page, errors } = await openPage(browser, `${portal.origin}${path}`);
  const states = [];
  for (const frame of page.frames()) {
    if (frame !== page.mainFrame()) await frame.waitForSelector('civic-feed-summary, civic-task-list, .embed-refused', { timeout: 15_000 });
    const tags = await frame.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('civic-')))]);
    for (const tag of tags) {
      await frame.waitForFunction((t) => [...document.querySelectorAll(t)].every((el) => el.state && !['idle', 'loading'].includes(el.state)), tag, { timeout: 15_000 });
      states.push(...(await frame.$$eval(tag, (els) => els.map((el) => `${el.localName}:${el.state}`))));
    }
  }
  const violations = await page.evaluate(() => window.__cspViolations);
  return { page, errors, violations, states };
}

const pageSnippets = [...all.filter((s) => s.lang === 'html').map((s) => ({ ...s, doc: GUIDE })), ...snippets('README.md').filter((s) => s.lang === 'html').map((s) => ({ ...s, doc: 'README.md' }))];
const untested = all.filter((s) => !['html', 'css', 'json', 'http'].includes(s.lang));

test('the guide\'s examples are html, css, json and the policy, except the nginx header example', () => {
  assert.ok(pageSnippets.filter((s) => s.doc === GUIDE).length >= 8, `${pageSnippets.length} html examples`);
  assert.deepEqual(untested.map((s) => s.lang), ['nginx']);
  assert.match(CSP, /^default-src 'self'; script-src 'self';/);
  assert.doesNotMatch(CSP, /unsafe/);
});

describe('HTML examples, as pasted', () => {
  for (const s of pageSnippets) {
    const otherHost = s.code.includes(OTHER_HOST);
    test(`${s.doc}:${s.line} (${s.heading})`, async () => {
      let code = s.code;
      let csp = CSP;
      if (otherHost) {
        // The policy printed after it in its section.
        const printed = all.find((p) => p.lang === 'http' && p.heading === s.heading && p.line > s.line);
        csp = printed.code.replace(/^Content-Security-Policy:\s*/, '').trim().split(OTHER_HOST).join(widgets.origin);
        code = code.split(OTHER_HOST).join(widgets.origin);
      }
      // (A <script type="application/json"> holds data, not code.)
      if (!/<script[^>]*\bsrc=/.test(code)) code = MODULE_SCRIPT + code;
      const { page, errors, violations, states } = await paste(code, csp, `${s.doc}-${s.line}`);
      try {
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        assert.ok(states.length > 0, 'no widget on the page');
        assert.deepEqual(states.filter((x) => !x.endsWith(':ready')), [], states.join(', '));
      } finally {
        await page.close();
      }
    });
  }

  test('the module example from another host fails without Access-Control-Allow-Origin, as the guide warns', async () => {
    const s = pageSnippets.find((p) => p.code.includes(OTHER_HOST) && p.code.includes('type="module"'));
    const printed = all.find((p) => p.lang === 'http' && p.heading === s.heading && p.line > s.line);
    const csp = printed.code.replace(/^Content-Security-Policy:\s*/, '').split(OTHER_HOST).join(bare.origin);
    const path = '/snippet-no-cors.html';
    portal.pages[path] = { body: html(s.code.split(OTHER_HOST).join(bare.origin)), headers: { 'content-security-policy': csp } };
    const { page } = await openPage(browser, `${portal.origin}${path}`);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => customElements.get('civic-indicator-board')), undefined);
    await page.close();
  });
});

describe('CSS examples, as the page\'s stylesheet', () => {
  for (const s of all.filter((x) => x.lang === 'css')) {
    test(`${GUIDE}:${s.line} (${s.heading})`, async () => {
      const tags = [...new Set(s.code.match(/(?<![-\w])civic-[a-z-]+(?=[\s,:{])/g))];
      portal.pages[`/snippet-${s.line}.css`] = { body: s.code, headers: { 'content-type': 'text/css' } };
      const body = `<link rel="stylesheet" href="/snippet-${s.line}.css">${MODULE_SCRIPT}` + tags.map((t) => `<${t} src="/feeds/miyun-2024.json"${t === 'civic-progress-ring' ? ' indicator="high-standard-farmland"' : ''}></${t}>`).join('');
      const { page, errors, violations, states } = await paste(body, CSP, `css-${s.line}`);
      try {
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        assert.deepEqual(states.filter((x) => !x.endsWith(':ready')), []);
        const rules = await page.evaluate(() => document.styleSheets[0].cssRules.length);
        assert.equal(rules, s.code.split('{').length - 1, 'every rule parses');
        for (const [, name, value] of s.code.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
          for (const tag of s.code.slice(0, s.code.indexOf(name)).match(/(?<![-\w])civic-[a-z-]+(?=[\s,{])/g) ?? []) {
            assert.equal(await page.$eval(tag, (el, n) => getComputedStyle(el).getPropertyValue(n).trim(), name), value.trim(), `${tag} ${name}`);
          }
        }
      } finally {
        await page.close();
      }
    });
  }
});

test('the embed-config.json example lets in its origin and refuses a lookalike', async () => {
  const s = all.find((x) => x.lang === 'json' && x.code.includes('allowedFeedOrigins'));
  const origin = JSON.parse(s.code).allowedFeedOrigins[0];
  portal.pages['/civic-widgets/embed-config.json'] = { body: s.code, headers: { 'content-type': 'application/json' } };
  try {
    for (const [src, refused] of [
      [`${origin}/plan.json`, false],
      [`${origin}.evil.test/plan.json`, true],
    ]) {
      const { page } = await openPage(browser, `${portal.origin}/civic-widgets/embed.html?widget=civic-feed-summary&lang=en&src=${encodeURIComponent(src)}`);
      await page.waitForSelector('.embed-refused, civic-feed-summary');
      assert.equal(Boolean(await page.$('.embed-refused')), refused, src);
      await page.close();
    }
  } finally {
    delete portal.pages['/civic-widgets/embed-config.json'];
  }
});

test('the guide\'s policy is the one the other end-to-end tests use', () => {
  const server = readFileSync('test/e2e/server.mjs', 'utf8');
  assert.ok(server.includes(`"${CSP}"`), 'STRICT_CSP in test/e2e/server.mjs differs from the guide');
});
