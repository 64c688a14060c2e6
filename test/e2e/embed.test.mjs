/**
 * End-to-end proof of embedding (issue 6), against the self-host build in the system Chromium:
 * strict CSP, hostile host CSS, text scaling, the iframe embed and its resize script, double
 * and lazy loading, SRI hashes, and one feed request for a page full of widgets.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startServer, STRICT_CSP } from './server.mjs';
import { SELF_HOST } from '../../scripts/chunks.mjs';
import { WIDGETS, widgetTag, launch, openPage, widgetsSettled, html } from './support.mjs';

const FEED = '/feeds/miyun-2024.json';
const moduleScript = '<script type="module" src="/civic-widgets.js"></script>';
const allWidgets = (extra = '') => WIDGETS.map((w) => widgetTag(w, FEED, extra)).join('\n');

let browser;
let a; // the portal's own origin
let b; // another origin
before(async () => {
  browser = await launch();
  a = await startServer();
  b = await startServer({ cors: true });
  a.pages['/feeds/miyun-2024.json'] = () => ({ body: readFileSync('public/feeds/miyun-2024.json'), headers: { 'content-type': 'application/json' } });
  b.pages['/feed.json'] = () => ({ body: readFileSync('public/feeds/miyun-2024.json'), headers: { 'content-type': 'application/json' } });
});
after(async () => {
  await browser?.close();
  await a?.close();
  await b?.close();
});

test('there is at least one widget to test', () => {
  assert.ok(WIDGETS.length >= 1, 'no built widget in dist/: run npm run build');
});

describe('a host page with a strict Content Security Policy', () => {
  test('renders every widget with no CSP violation and no error', async () => {
    a.pages['/csp.html'] = { body: html(moduleScript + allWidgets()), headers: { 'content-security-policy': STRICT_CSP } };
    const { page, errors } = await openPage(browser, `${a.origin}/csp.html`);
    await widgetsSettled(page, WIDGETS);
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    for (const w of WIDGETS) {
      const state = await page.$eval(w, (el) => el.state ?? (el.shadowRoot.textContent.trim() ? 'rendered' : 'blank'));
      assert.ok(['ready', 'rendered', 'empty'].includes(state), `${w}: ${state}`);
    }
    await page.close();
  });

  test('the classic script build works under the same policy', async () => {
    a.pages['/csp-classic.html'] = {
      body: html('<script src="/civic-widgets.classic.js"></script>' + allWidgets()),
      headers: { 'content-security-policy': STRICT_CSP },
    };
    const { page, errors } = await openPage(browser, `${a.origin}/csp-classic.html`);
    await widgetsSettled(page, WIDGETS);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a host page with hostile global CSS', () => {
  const hostile = `* { box-sizing: content-box; line-height: 3; font-size: 22px }
    button { display: none } svg { width: 1000px } div { float: left } [role] { all: unset }`;
  const facts = (page, w) =>
    page.$eval(w, (el) => {
      const box = el.getBoundingClientRect();
      const inner = [...el.shadowRoot.querySelectorAll('*')].filter((n) => n.getClientRects().length);
      const outside = inner.filter((n) => {
        const r = n.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
      });
      const visible = [...el.shadowRoot.querySelectorAll('button')].filter((btn) => {
        const r = btn.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(btn).visibility !== 'hidden';
      });
      return { width: box.width, outside: outside.map((n) => n.localName + '.' + n.className).slice(0, 5), buttons: visible.length };
    });

  test('every widget stays inside its box with the same controls visible as on a plain page', async () => {
    a.pages['/plain.html'] = { body: html(moduleScript + allWidgets()) };
    a.pages['/hostile.css'] = { body: hostile, headers: { 'content-type': 'text/css' } };
    a.pages['/hostile.html'] = { body: html('<link rel="stylesheet" href="/hostile.css">' + moduleScript + allWidgets()) };
    const plain = await openPage(browser, `${a.origin}/plain.html`, { width: 360 });
    await widgetsSettled(plain.page, WIDGETS);
    const { page, errors } = await openPage(browser, `${a.origin}/hostile.html`, { width: 360 });
    await widgetsSettled(page, WIDGETS);
    assert.deepEqual(errors, []);
    for (const w of WIDGETS) {
      const expected = await facts(plain.page, w);
      const got = await facts(page, w);
      assert.ok(got.width > 0, `${w} has no width`);
      assert.deepEqual(got.outside, [], `${w}: parts overflow the element`);
      assert.equal(got.buttons, expected.buttons, `${w}: ${got.buttons} buttons visible, ${expected.buttons} on a plain page`);
    }
    await page.screenshot({ path: 'test-results/hostile-css.png', fullPage: true }).catch(() => undefined);
    await plain.page.close();
    await page.close();
  });
});

describe('text scaling', () => {
  for (const [name, css] of [
    ['html { font-size: 62.5% }', 'html { font-size: 62.5% } body { font-size: 1.6rem }'],
    ['an elderly mode that doubles all text', 'html { font-size: 200% }'],
  ]) {
    test(`widgets scale with ${name} and nothing overflows`, async () => {
      const path = `/scale-${name.length}.html`;
      a.pages[path.replace('.html', '.css')] = { body: css, headers: { 'content-type': 'text/css' } };
      a.pages[path] = { body: html(`<link rel="stylesheet" href="${path.replace('.html', '.css')}">` + moduleScript + allWidgets()) };
      const { page } = await openPage(browser, `${a.origin}${path}`, { width: 390 });
      await widgetsSettled(page, WIDGETS);
      const bodyPx = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      for (const w of WIDGETS) {
        const facts = await page.$eval(w, (el) => ({
          font: parseFloat(getComputedStyle(el).fontSize),
          overflow: el.scrollWidth - el.clientWidth,
          docOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        assert.equal(facts.font, bodyPx, `${w} follows the page's text size`);
        assert.ok(facts.overflow <= 1, `${w} overflows by ${facts.overflow}px`);
        assert.ok(facts.docOverflow <= 1, `the page scrolls sideways by ${facts.docOverflow}px with ${w}`);
      }
      await page.close();
    });
  }
});

describe('the iframe embed', () => {
  const embedUrl = (params) => `/embed.html?${new URLSearchParams(params)}`;

  test('reports its height and the resize script applies it', async () => {
    const src = embedUrl({ widget: 'civic-feed-summary', src: FEED });
    a.pages['/iframe-host.html'] = {
      body: html(`<script src="/embed-resize.js" defer></script>
        <iframe id="f" src="${src}" title="plan" data-civic-embed style="width: 600px; height: 50px; border: 0"></iframe>`),
    };
    const { page } = await openPage(browser, `${a.origin}/iframe-host.html`);
    await page.waitForFunction(() => parseInt(document.getElementById('f').style.height) > 100, null, { timeout: 15_000 });
    const frame = page.frame({ url: /embed\.html/ });
    await widgetsSettled(frame, ['civic-feed-summary']);
    // Once the widget has settled, the iframe takes the content's height.
    await page.waitForFunction(
      async () => {
        const f = document.getElementById('f');
        const inner = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
        return Math.abs(inner - parseInt(f.style.height)) <= 2;
      },
      null,
      { timeout: 10_000 },
    );
    const outer = await page.$eval('#f', (f) => parseInt(f.style.height));
    assert.ok(outer > 100, `iframe ${outer}px`);
    await page.close();
  });

  test('ignores height messages that do not come from the embed frame', async () => {
    const src = embedUrl({ widget: 'civic-feed-summary', src: FEED });
    b.pages['/evil.html'] = {
      body: html(`<script src="/evil.js"></script>`),
    };
    b.pages['/evil.js'] = {
      body: `setInterval(() => parent.postMessage({ type: 'civic-widgets:height', height: 4321 }, '*'), 50);`,
      headers: { 'content-type': 'text/javascript' },
    };
    a.pages['/iframe-evil.html'] = {
      body: html(`<script src="/embed-resize.js" defer></script>
        <iframe id="f" src="${src}" title="plan" data-civic-embed style="width: 600px; height: 50px; border: 0"></iframe>
        <iframe id="evil" src="${b.origin}/evil.html" title="other" style="width: 100px; height: 60px"></iframe>`),
    };
    const { page } = await openPage(browser, `${a.origin}/iframe-evil.html`);
    await page.waitForFunction(() => parseInt(document.getElementById('f').style.height) > 100, null, { timeout: 15_000 });
    await page.waitForTimeout(500);
    const heights = await page.evaluate(() => [document.getElementById('f').style.height, document.getElementById('evil').style.height]);
    assert.notEqual(heights[0], '4321px');
    assert.equal(heights[1], '60px');
    await page.close();
  });

  test('refuses a feed from an origin that is not allowed, with a clear message', async () => {
    const { page } = await openPage(browser, `${a.origin}${embedUrl({ widget: 'civic-feed-summary', src: `${b.origin}/feed.json`, lang: 'en' })}`);
    await page.waitForSelector('.embed-refused');
    assert.match(await page.textContent('.embed-refused'), /not allowed/);
    assert.equal(b.count('/feed.json'), 0);
    await page.close();
  });

  test('loads a feed from an origin listed in embed-config.json', async () => {
    a.pages['/embed-config.json'] = { body: JSON.stringify({ allowedFeedOrigins: [b.origin] }), headers: { 'content-type': 'application/json' } };
    try {
      const { page } = await openPage(browser, `${a.origin}${embedUrl({ widget: 'civic-feed-summary', src: `${b.origin}/feed.json` })}`);
      await widgetsSettled(page, ['civic-feed-summary']);
      assert.equal(await page.$eval('civic-feed-summary', (el) => el.state), 'ready');
      assert.equal(b.count('/feed.json'), 1);
      await page.close();
    } finally {
      delete a.pages['/embed-config.json'];
    }
  });

  test('an allowed origin does not let in a lookalike host or another port', async () => {
    a.pages['/embed-config.json'] = { body: JSON.stringify({ allowedFeedOrigins: ['https://portal.example'] }), headers: { 'content-type': 'application/json' } };
    const planOf = async (src) => {
      const { page, consoleMessages } = await openPage(browser, `${a.origin}${embedUrl({ widget: 'civic-feed-summary', src, lang: 'en' })}`);
      await page.waitForSelector('.embed-refused, civic-feed-summary');
      const refused = await page.$('.embed-refused');
      const result = refused ? { refused: await refused.textContent(), log: consoleMessages.join('\n') } : { src: await page.$eval('civic-feed-summary', (el) => el.getAttribute('src')) };
      await page.close();
      return result;
    };
    try {
      for (const src of ['https://portal.example.evil.test/f.json', 'https://portal.example:8443/f.json', 'http://portal.example/f.json', 'https://evil.test/portal.example/f.json', 'https://portal.example@evil.test/f.json']) {
        const got = await planOf(src);
        assert.match(got.refused ?? `shown with src=${got.src}`, /not allowed/, src);
        assert.match(got.log, /embed refused: origin/, src);
      }
      // The allowed origin itself still passes (the widget is made; its fetch fails offline).
      assert.deepEqual(await planOf('https://portal.example/f.json'), { src: 'https://portal.example/f.json' });
    } finally {
      delete a.pages['/embed-config.json'];
    }
  });

  test('refuses unknown widgets and never sets event-handler attributes', async () => {
    const { page } = await openPage(browser, `${a.origin}${embedUrl({ widget: 'script', lang: 'en' })}`);
    await page.waitForSelector('.embed-refused');
    assert.match(await page.textContent('.embed-refused'), /does not exist/);
    await page.close();
    const second = await openPage(browser, `${a.origin}${embedUrl({ widget: 'civic-feed-summary', src: FEED, onclick: 'alert(1)', style: 'color:red' })}`);
    await widgetsSettled(second.page, ['civic-feed-summary']);
    const attrs = await second.page.$eval('civic-feed-summary', (el) => el.getAttributeNames());
    assert.ok(!attrs.includes('onclick') && !attrs.includes('style'), attrs.join(','));
    await second.page.close();
  });
});

describe('loading', () => {
  test('loading the library twice (module twice, classic and module) never throws', async () => {
    a.pages['/twice.html'] = {
      body: html(`<script src="/civic-widgets.classic.js"></script>${moduleScript}<script type="module" src="/civic-widgets.js?v=2"></script>` + allWidgets()),
    };
    const { page, errors, consoleMessages } = await openPage(browser, `${a.origin}/twice.html`);
    await widgetsSettled(page, WIDGETS);
    assert.deepEqual(errors, []);
    assert.ok(consoleMessages.some((m) => m.includes('already defined')), 'a console note says the first definition is kept');
    await page.close();
  });

  test('loading="lazy" makes no request before the widget nears the viewport', async () => {
    const feed = '/feeds/lazy.json';
    a.pages[feed] = () => ({ body: readFileSync('public/feeds/miyun-2024.json'), headers: { 'content-type': 'application/json' } });
    a.pages['/lazy.html'] = { body: html(moduleScript + `<div style="height: 4000px"></div>` + widgetTag(WIDGETS[0], feed, 'loading="lazy"')) };
    const { page } = await openPage(browser, `${a.origin}/lazy.html`);
    await page.waitForTimeout(800);
    assert.equal(a.count(feed), 0);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => !document.querySelector('[data-loading]') && document.querySelector('[loading=lazy]').shadowRoot.textContent.length > 20);
    assert.equal(a.count(feed), 1);
    await page.close();
  });

  test('a page with every widget, each twice, on one feed makes exactly one feed request', async () => {
    const feed = '/feeds/one.json';
    a.pages[feed] = () => ({ body: readFileSync('public/feeds/miyun-2024.json'), headers: { 'content-type': 'application/json' } });
    a.pages['/one.html'] = { body: html(moduleScript + WIDGETS.map((w) => widgetTag(w, feed) + widgetTag(w, feed)).join('')) };
    const { page } = await openPage(browser, `${a.origin}/one.html`);
    await widgetsSettled(page, WIDGETS);
    assert.equal(a.count(feed), 1);
    await page.close();
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(`${SELF_HOST}/manifest.json`, 'utf8'));

  test('lists the bundles with SRI hashes that match the files', () => {
    const paths = manifest.files.map((f) => f.path);
    for (const needed of ['civic-widgets.js', 'civic-widgets.classic.js', 'embed.html', 'embed-resize.js', ...WIDGETS.map((w) => `${w}.js`)]) {
      assert.ok(paths.includes(needed), `${needed} in the manifest`);
    }
    for (const f of manifest.files) {
      const bytes = readFileSync(`${SELF_HOST}/${f.path}`);
      assert.equal(f.integrity, 'sha384-' + createHash('sha384').update(bytes).digest('base64'), f.path);
      assert.equal(f.bytes, bytes.length);
    }
    assert.equal(manifest.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  test('a page loads the bundle with its integrity attribute', async () => {
    const entry = manifest.files.find((f) => f.path === 'civic-widgets.js');
    a.pages['/sri.html'] = { body: html(`<script type="module" src="/civic-widgets.js" integrity="${entry.integrity}" crossorigin="anonymous"></script>` + widgetTag(WIDGETS[0])) };
    const { page, errors } = await openPage(browser, `${a.origin}/sri.html`);
    await widgetsSettled(page, [WIDGETS[0]]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
