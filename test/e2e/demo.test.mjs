/**
 * The demo pages as built (dist/demo/), served from a sub-folder as a portal would: every link
 * and feed address resolves, and the language toggle switches the page's own text with the
 * widgets (an English voice never reads Chinese headings), the toggle marked with its language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowserAndServer, openPage } from './support.mjs';

const env = withBrowserAndServer({ root: 'dist' });

/** Each link and widget feed of the page, as absolute URLs. */
const addresses = (page) =>
  page.evaluate(() => [
    ...[...document.querySelectorAll('a[href]')].map((a) => a.href),
    ...[...document.querySelectorAll('[src]')].map((e) => new URL(e.getAttribute('src'), location.href).href),
  ]);

for (const file of ['index.html', 'tourism.html']) {
  test(`${file}: every link and feed resolves from the built files in a sub-folder`, async () => {
    const { page, errors } = await openPage(env.browser, `${env.server.origin}/demo/${file}`);
    const urls = [...new Set((await addresses(page)).map((u) => u.split('#')[0]))].filter((u) => u.startsWith(env.server.origin));
    assert.ok(urls.length >= 4, `links found: ${urls}`);
    for (const url of urls) {
      const status = await page.evaluate(async (u) => (await fetch(u)).status, url);
      assert.equal(status, 200, url);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the language toggle switches the page text, title and toggle with <html lang>', async () => {
  const { page } = await openPage(env.browser, `${env.server.origin}/demo/index.html`);
  const read = () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector('h1').textContent.trim(),
      headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent.trim()),
      nav: document.querySelector('nav').getAttribute('aria-label'),
      title: document.title,
      toggle: document.querySelector('[data-lang-toggle]').textContent,
      toggleLang: document.querySelector('[data-lang-toggle]').lang,
    }));
  const zh = await read();
  assert.equal(zh.lang, 'zh-CN');
  assert.match(zh.h1, /乡村振兴/);
  assert.deepEqual([zh.toggle, zh.toggleLang], ['English', 'en']);
  await page.click('[data-lang-toggle]');
  const en = await read();
  assert.equal(en.lang, 'en');
  assert.equal(en.h1, 'Progress of the 2024 rural revitalization work');
  for (const text of [en.h1, en.nav, en.title, ...en.headings]) assert.doesNotMatch(text, /[\u4e00-\u9fff]/, `Chinese left in English page: ${text}`);
  assert.deepEqual([en.toggle, en.toggleLang], ['中文', 'zh-CN']);
  // The widgets follow: the task list's own heading texts are English too.
  await page.waitForFunction(() => /Completed|In progress/.test(document.querySelector('civic-task-list').shadowRoot.textContent));
  await page.click('[data-lang-toggle]');
  assert.deepEqual(await read(), zh);
  await page.close();
});

/** The feed's own answer to "overdue": due before the day of the information (task.updated ?? feed.updated), not completed or unknown. */
function overdueAtLastReport(feed) {
  return feed.tasks.filter((t) => {
    const info = (t.updated ?? feed.updated ?? '').slice(0, 10);
    return t.due && info && t.due.slice(0, 10) < info && t.status !== 'completed' && t.status !== 'unknown';
  }).length;
}

test('the portal opened today (years after the sample feed) shows its age and marks overdue only what was overdue at the last report', async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.origin}/demo/index.html`);
  await page.waitForFunction(() => document.querySelector('civic-task-list')?.shadowRoot?.querySelector('[part~=data-age]'));
  const seen = await page.evaluate(() => {
    const root = document.querySelector('civic-task-list').shadowRoot;
    return {
      age: root.querySelector('[part~=data-age]').getAttribute('part'),
      overdue: root.querySelectorAll('[part~=overdue]').length,
      dueNoUpdate: root.querySelectorAll('[part~=due-no-update]').length,
    };
  });
  const feed = await page.evaluate(async () => (await fetch('feeds/miyun-2024.json')).json());
  assert.ok(Date.now() - Date.parse(feed.updated) > 91 * 86400e3, 'the sample feed is older than stale-after');
  assert.equal(seen.age, 'data-age old-data', 'the age notice is shown');
  assert.equal(seen.overdue, overdueAtLastReport(feed));
  assert.ok(seen.dueNoUpdate > 0, 'tasks due since the last report are marked as such');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the tourism page on a phone today lists upcoming events (the recurring ones)', async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.origin}/demo/tourism.html`, { width: 360, height: 800 });
  await page.waitForFunction(() => document.querySelector('civic-event-calendar')?.shadowRoot?.querySelector('[part~=agenda-item]'));
  // updateComplete waits for the recurrence expansion, loaded on demand (until then a series shows its first, past, occurrence).
  const titles = await page.evaluate(async () => {
    const el = document.querySelector('civic-event-calendar');
    await el.updateComplete;
    return [...el.shadowRoot.querySelectorAll('[part~=agenda-item]')].map((e) => e.textContent);
  });
  assert.ok(titles.length >= 2, `agenda items: ${titles.length}`);
  assert.ok(!titles.some((t) => /已结束|Ended/.test(t)), 'the first items are upcoming, not ended');
  assert.deepEqual(errors, []);
  await page.close();
});
