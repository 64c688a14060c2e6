/**
 * Test helpers for this element's tests. When several test files run at once, a test page may
 * be a hidden tab, where animation frames stop and timers wake at most once a second: these
 * helpers yield through a MessageChannel there instead, so waits stay short.
 */
import { clearFeedRequests } from '../../../src/feed/load.js';
import { uiLocale } from '../../../src/internal/locale.js';

function tick(): Promise<void> {
  if (document.visibilityState === 'visible') return new Promise((r) => setTimeout(r, 10));
  return new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => r();
    channel.port2.postMessage(null);
  });
}

export async function until(predicate: () => boolean, ms = 4000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

/** Sets <html lang> and waits until the UI locale follows it. */
export async function setPageLang(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  const want = lang.startsWith('zh') ? 'zh-Hans' : 'en';
  await until(() => uiLocale() === want, 4000, `locale ${want}`);
  await tick();
}

/**
 * Forgets shared requests and this file's cached copies only (other test files run at the
 * same time on the same origin and keep theirs).
 */
export function resetOwnFeeds(marker: string): void {
  clearFeedRequests();
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith('civic-widgets:') && key.includes(marker)) localStorage.removeItem(key);
  }
}
