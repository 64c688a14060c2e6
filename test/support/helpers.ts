/** Small helpers shared by the browser tests. */
import { clearFeedRequests } from '../../src/feed/load.js';

/** How many requests the test server has seen for `path`. */
export async function requestCount(path: string): Promise<number> {
  const res = await fetch(`/test-feeds/count?path=${encodeURIComponent(path)}`);
  return Number(await res.text());
}

/**
 * Forgets shared requests and cached copies between tests. Server counters are not reset
 * (test files run in parallel): every test uses a path of its own.
 */
export async function resetFeeds(): Promise<void> {
  clearFeedRequests();
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith('civic-widgets:')) localStorage.removeItem(key);
  }
}

/**
 * Resolves when `predicate` is true, polling every 10 ms (fails after `ms`). Timers, not
 * animation frames: a test page in the background gets no frames.
 */
export async function until(predicate: () => boolean, ms = 8000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Sets <html lang> and waits for the locale to load. */
export async function setPageLang(lang: string): Promise<void> {
  const { uiLocale } = await import('../../src/internal/locale.js');
  document.documentElement.lang = lang;
  const want = lang.startsWith('zh') ? 'zh-Hans' : 'en';
  await until(() => uiLocale() === want, 4000, `locale ${want}`);
  await new Promise((r) => setTimeout(r, 0));
}

/** Runs `fn` and returns what it wrote with console.warn. */
export async function captureWarnings(fn: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Resolves when every animation inside `el`'s shadow root has finished (a fade-in, say). */
export async function animationsDone(el: Element): Promise<void> {
  const root = el.shadowRoot ?? el;
  const animations = root.getAnimations ? root.getAnimations() : el.getAnimations({ subtree: true });
  await Promise.all(animations.map((a) => a.finished.catch(() => undefined)));
}

/** The colour a system colour keyword (Canvas, CanvasText, Highlight…) resolves to on this page. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
