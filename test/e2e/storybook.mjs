/**
 * Helpers for the end-to-end tests that walk the built Storybook (storybook-static/, made by
 * `npm run build-storybook`): the list of stories, and showing one story in a given UI language
 * in an already open preview page, without reloading it (Storybook's own channel switches the
 * story, as its manager does), then waiting until its widgets have settled.
 */
import { existsSync, readFileSync } from 'node:fs';

export const STORYBOOK = 'storybook-static';

/** The ids of every story of the built Storybook, in the sidebar's order. */
export function storyIds() {
  if (!existsSync(`${STORYBOOK}/index.json`)) throw new Error('build Storybook first: npm run build-storybook');
  const index = JSON.parse(readFileSync(`${STORYBOOK}/index.json`, 'utf8'));
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => e.id);
}

/** Opens Storybook's preview (iframe.html) on `id` in `lang` and waits for its widgets. */
export async function openPreview(page, origin, id, lang) {
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=lang:${lang}`, { waitUntil: 'load' });
  return settle(page, id, 20_000);
}

/**
 * Shows story `id` with the UI language `lang` in the open preview: sets the language global
 * (a story's own `globals` still win, as in Storybook), switches the story, waits for Storybook's
 * storyRendered and then for the widgets. Returns false when the widgets did not settle.
 */
export async function showStory(page, id, lang) {
  await page.evaluate(
    ([storyId, language]) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const done = (e) => {
          if ((e?.storyId ?? e) !== storyId) return;
          channel.off('storyRendered', done);
          resolve();
        };
        channel.on('storyRendered', done);
        channel.emit('updateGlobals', { globals: { lang: language } });
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    [id, lang],
  );
  return settle(page, id);
}

/**
 * Waits until the story's widgets have rendered and have their feed (a "Loading" story stays
 * loading: its widgets need only have rendered), and are still the same two frames later
 * (Storybook may render a story twice). Used by the axe test (stories-axe.test.mjs) and the engine test.
 */
export function settle(page, id, timeout = 15_000) {
  return page
    .waitForFunction(
      async (staysLoading) => {
        const find = () => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('civic-'));
        const ready = (widgets) =>
          widgets.length > 0 && widgets.every((el) => el.shadowRoot?.childElementCount && (staysLoading || !el.hasAttribute('data-loading')));
        const widgets = find();
        if (!ready(widgets)) return false;
        if (!staysLoading) await Promise.all(widgets.map((el) => el.updateComplete));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const now = find();
        return now.length === widgets.length && now.every((el, i) => el === widgets[i]) && ready(now);
      },
      id.endsWith('--loading'),
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
}
