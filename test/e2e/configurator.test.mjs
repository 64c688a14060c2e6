/**
 * The embed configurator (dist/configurator.html): options change the preview and the snippet,
 * copying works from the keyboard and says so, and the copied snippet, pasted into a blank page,
 * renders the same widget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowserAndServer, html, widgetsSettled } from './support.mjs';

const env = withBrowserAndServer();

test('choose, preview, copy with the keyboard, paste into a blank page', { timeout: 120_000 }, async () => {
  env.server.pages['/feeds/miyun-2024.json'] = () => ({ body: readFileSync('public/feeds/miyun-2024.json'), headers: { 'content-type': 'application/json' } });
  const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.origin}/configurator.html`);
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  const app = page.locator('civic-embed-configurator');
  await app.getByText('The feed is readable').waitFor();

  // The calendar, agenda view: the preview and the snippet follow.
  await app.locator('#widget').selectOption('civic-event-calendar');
  await app.locator('#opt-view').selectOption('agenda');
  await page.waitForFunction(() => document.querySelector('civic-embed-configurator').shadowRoot.querySelector('.preview civic-event-calendar[view=agenda]'));
  const snippet = await app.locator('#snippet').inputValue();
  assert.match(snippet, /<civic-event-calendar src="\/feeds\/miyun-2024\.json" view="agenda">/);
  assert.match(snippet, /integrity="sha384-/);

  // The iframe form.
  await app.locator('#form-iframe').check();
  assert.match(await app.locator('#snippet').inputValue(), /embed\.html\?widget=civic-event-calendar&amp;src=%2Ffeeds%2Fmiyun-2024\.json&amp;view=agenda/);
  await app.locator('#form-module').check();

  // Copy with the keyboard: focus the button, press Enter.
  await app.getByRole('button', { name: 'Copy the code' }).focus();
  await page.keyboard.press('Enter');
  await app.getByText('Copied. Paste it into your page.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await app.locator('#snippet').inputValue());
  assert.deepEqual(errors, []);

  // Paste into a blank page on the same site: the same widget renders.
  env.server.pages['/pasted.html'] = { body: html(copied, { lang: 'en' }) };
  const pasted = await context.newPage();
  await pasted.goto(`${env.server.origin}/pasted.html`);
  await widgetsSettled(pasted, ['civic-event-calendar']);
  const view = await pasted.$eval('civic-event-calendar', (el) => el.getAttribute('view'));
  assert.equal(view, 'agenda');
  assert.ok((await pasted.$eval('civic-event-calendar', (el) => el.shadowRoot.textContent.length)) > 100);
  await context.close();
});

test('in Chinese, the configurator shows its own texts and the preview the widgets’, from two text files', { timeout: 60_000 }, async () => {
  env.server.pages['/feeds/miyun-2024.json'] = () => ({ body: readFileSync('public/feeds/miyun-2024.json'), headers: { 'content-type': 'application/json' } });
  const page = await env.browser.newPage();
  const texts = [];
  page.on('request', (r) => {
    const m = /zh-Hans-(\w+)-[\w-]+\.js$/.exec(r.url());
    if (m) texts.push(m[1]);
  });
  await page.goto(`${env.server.origin}/configurator.html`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  const app = page.locator('civic-embed-configurator');
  // The configurator's own texts (zh-Hans-pages) …
  await app.getByText('选择组件和数据，实时预览，然后把代码复制到您的网页中。').waitFor();
  await app.getByText('数据源可以读取：22 项任务').waitFor();
  // … and the previewed widget's (zh-Hans-widgets).
  await page.waitForFunction(() => document.querySelector('civic-embed-configurator').shadowRoot.querySelector('.preview civic-task-list')?.shadowRoot?.textContent.includes('项任务'));
  assert.deepEqual([...new Set(texts)].sort(), ['pages', 'widgets']);
  await page.close();
});
